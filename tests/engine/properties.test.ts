import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInvitees } from '../../src/load/invitees/index.js';
import { brokenGuarantees, checkIn, filesUnder, inspectDocx, runCli, SEED, STACK_TRACE, tempDir } from '../helpers/robustness.js';

/**
 * Fixed seeds, so a failure reproduces; fast-check prints the seed and the shrunk counterexample on failure.
 * PLAN_FC_SEED overrides them to explore further.
 */
const SEED_BASE = Number(process.env.PLAN_FC_SEED || 20_200_305);
const params = (offset: number, numRuns: number): fc.Parameters<unknown> => ({ seed: SEED_BASE + offset, numRuns, endOnFailure: false });

/** A generous per-run bound: a run takes a few ms to ~100 ms; only a hang or a blow-up comes near it. */
const PER_RUN_MS = 15_000;

/** Characters clerks' files pick up: tabs, C0/C1 controls, NBSP, BOMs, zero-width, lone surrogates, YAML indicators. */
const noise = fc.constantFrom(
  '\t', '\u0000', '\u0001', '\u0007', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u00A0', '\uFEFF', '\u200B',
  '\uD800', '\uDC00', '\uFFFE', '\uFFFF', '\r', '\n', ':', '- ', '#', '&', '*', '!', '|', '>', '"', "'", '{', '}', '[', ']', '%', '@', '`', '---', '\\', 'ắ', 'Đ',
);

type Mutation = (text: string) => string;

const lineMutation = (f: (lines: string[], i: number, extra: string) => void) =>
  fc.tuple(fc.nat(), fc.string({ maxLength: 12 })).map(([at, extra]): Mutation => (text) => {
    const lines = text.split('\n');
    f(lines, at % lines.length, extra);
    return lines.join('\n');
  });

/** The mutations the issue lists; each picks its own place in the text. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // truncation
  fc.nat().map((at): Mutation => (text) => text.slice(0, at % (text.length + 1))),
  // deleted line(s)
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, n]): Mutation => (text) => {
    const lines = text.split('\n');
    lines.splice(at % lines.length, n);
    return lines.join('\n');
  }),
  // duplicated line
  lineMutation((lines, i) => lines.splice(i, 0, lines[i]!)),
  // swapped neighbouring lines (reordered keys)
  lineMutation((lines, i) => {
    const j = Math.min(i + 1, lines.length - 1);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }),
  // replaced character(s)
  fc.tuple(fc.nat(), fc.oneof(noise, fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }))).map(([at, s]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + s + text.slice(i + 1);
  }),
  // inserted tab / control character / indicator
  fc.tuple(fc.nat(), noise).map(([at, s]): Mutation => (text) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + s + text.slice(i);
  }),
  // wrong types: a value replaced by a number, a list, a mapping, null, a boolean, a date
  fc.tuple(fc.nat(), fc.constantFrom('42', '[1, 2]', '{ a: 1 }', 'null', '~', 'true', '2018-02-30', '""', "''", '-1', '.inf', '0x1F')).map(
    ([at, value]): Mutation => (text) => {
      const lines = text.split('\n');
      const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[\w]+: \S/.test(l));
      if (keyed.length === 0) return text;
      const [line, i] = keyed[at % keyed.length]!;
      lines[i] = line.replace(/^(\s*(?:- )?[\w]+: ).*$/, `$1${value}`);
      return lines.join('\n');
    },
  ),
  // re-indented line
  lineMutation((lines, i, extra) => (lines[i] = (extra.length % 2 ? ' ' : '   ') + lines[i]!)),
  // random text in place of a line
  lineMutation((lines, i, extra) => (lines[i] = extra)),
);

/** One to four mutations of the seed. */
const mutatedPlan = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((text, m) => m(text), SEED));

/** Milder: noise inside the text of values only (after "key: " or "- "), so many plans stay valid and get built. */
const valueMutatedPlan = fc
  .array(fc.tuple(fc.nat(), fc.nat(), fc.oneof(noise, fc.string({ maxLength: 6 }))), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    const lines = SEED.split('\n');
    const valued = lines.map((l, i) => [/^(\s*(?:- )?(?:[\w]+: )?)(?!["{\[])(.+)$/.exec(l), i] as const).filter(([m]) => m && !isComment(m[0]!));
    for (const [at, pos, s] of edits) {
      const [m, i] = valued[at % valued.length]!;
      const prefix = m![1]!;
      const line = lines[i]!;
      const j = prefix.length + (pos % (line.length - prefix.length + 1));
      lines[i] = line.slice(0, j) + s + line.slice(j);
    }
    return lines.join('\n');
  });
function isComment(line: string): boolean {
  return /^\s*#/.test(line);
}

/** Random bytes, possibly after a valid prefix: what a wrong file or a broken download looks like. */
const mutatedBytes = fc.tuple(fc.nat(), fc.uint8Array({ minLength: 0, maxLength: 300 }), fc.nat()).map(([keep, bytes, at]) => {
  const seed = Buffer.from(SEED);
  const prefix = seed.subarray(0, keep % (seed.length + 1));
  const i = at % (prefix.length + 1);
  return Buffer.concat([prefix.subarray(0, i), Buffer.from(bytes), prefix.subarray(i)]);
});

describe('plan check on mutated plans', () => {
  const cwd = tempDir();
  const name = 'p.yaml';

  it('always ends in positioned diagnostics that name the file, a consistent exit code, no stack trace, within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPlan, async (text) => {
        writeFileSync(join(cwd, name), text);
        const run = await checkIn(cwd, name);
        const problems = brokenGuarantees(run, name, text);
        if (run.ms > PER_RUN_MS) problems.push(`took ${Math.round(run.ms)} ms`);
        expect(problems).toEqual([]);
      }),
      params(1, 150),
    );
  });

  it('does the same for random bytes (I/O and encoding problems name the file alone, exit 2)', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes, async (bytes) => {
        writeFileSync(join(cwd, name), bytes);
        const run = await checkIn(cwd, name);
        const problems = brokenGuarantees(run, name, bytes);
        if (run.ms > PER_RUN_MS) problems.push(`took ${Math.round(run.ms)} ms`);
        expect(problems).toEqual([]);
      }),
      params(2, 150),
    );
  });
});

describe('plan build on mutated plans', () => {
  /** Fewer runs: each successful build renders the plan and the distribution list. */
  it('either exits 0 with DOCX files that open and parse, or exits non-zero having written nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedPlan, valueMutatedPlan), async (text) => {
        const cwd = tempDir();
        writeFileSync(join(cwd, 'p.yaml'), text);
        const run = await runCli(['build', 'p.yaml', '--out', 'out', '--only', 'plan,distribution', '--lang', 'en'], { cwd });
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect(run.stderr).not.toMatch(/Internal error/);
        // The manifest of what was written is not a document.
        const written = filesUnder(join(cwd, 'out')).filter((f) => f !== '.plan-manifest.json');
        if (run.code !== 0) {
          expect(written).toEqual([]);
          return;
        }
        expect(written.length).toBeGreaterThan(0);
        for (const file of written) {
          expect(file).toMatch(/\.docx$/);
          expect(inspectDocx(readFileSync(join(cwd, 'out', file))).problems).toEqual([]);
        }
      }),
      params(3, 60),
    );
  });
});

/** A valid invitee CSV, as Excel saves it. */
const CSV = [
  'STT;Họ và tên;Chức vụ;Đơn vị;Email',
  '1;Nguyễn Văn An;Giám đốc;Sở Y tế tỉnh Bắc Giang;an.nv@syt.bacgiang.gov.vn',
  '2;Trần Thị Bình;Phó Chủ tịch;UBND huyện Yên Thế;',
  '3;;;"Hội đồng KH&CN Sở Xây dựng; tỉnh Bắc Giang";vanthu@sxd.gov.vn',
  '4;Lê Văn Cường;Trưởng phòng;Phòng Quản lý KH&CN cơ sở;cuong@skhcn.gov.vn',
].join('\r\n') + '\r\n';

describe('invitee CSV files, mutated', () => {
  it('load into diagnostics with the file and a position inside it, never a throw, within the bound', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'khach-moi.csv');
    const csvMutation = fc.oneof(mutation, fc.tuple(fc.nat(), fc.constantFrom(';', ',', '"', '""', '\r', '\r\n', 'sep=,\n')).map(([at, s]): Mutation => (text) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + s + text.slice(i);
    }));
    await fc.assert(
      fc.asyncProperty(fc.array(csvMutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (ms, raw) => {
        let bytes: Uint8Array = Buffer.from(ms.reduce((t, m) => m(t), CSV));
        if (raw) bytes = Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xc3, 0x28, 0xa0, 0xe9]), bytes.subarray(bytes.length >> 1)]);
        writeFileSync(file, bytes);
        const started = performance.now();
        const loaded = await loadInvitees(file);
        expect(performance.now() - started).toBeLessThan(PER_RUN_MS);
        const lineCount = Buffer.from(bytes).toString('latin1').split(/\r\n|\r|\n/).length;
        for (const d of loaded.diagnostics) {
          expect(d.file).toBe(file);
          if (d.range) {
            expect(d.range.start.line).toBeGreaterThanOrEqual(1);
            expect(d.range.start.line).toBeLessThanOrEqual(lineCount);
            expect(d.range.start.column).toBeGreaterThanOrEqual(1);
          } else {
            // Without a position only whole-file problems: unreadable, or nothing usable in it.
            expect(d.ruleId === 'io/encoding' || d.ruleId.startsWith('io/') || d.messageId === 'invitees/empty-file').toBe(true);
          }
        }
        if (loaded.ok) {
          for (const invitee of loaded.invitees) {
            for (const value of Object.values(invitee)) if (typeof value === 'string') expect(value).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
          }
        }
      }),
      params(4, 200),
    );
  });
});
