import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkIn, expectGuarantees, SEED, tempDir } from '../helpers/robustness.js';

/** Only a hang or a blow-up comes near this: the cases take milliseconds, but CI and helpers share 2 cores (timings live in npm run bench). */
const QUICK_MS = 20_000;

const letters = 'abcdefghij';
/** Billion laughs: 10 levels of 10 aliases each, 10^10 nodes once expanded. */
function billionLaughs(shape: 'flow-seq' | 'block-seq' | 'map'): string {
  const lines: string[] = [];
  const items = (prev: string) => Array.from({ length: 10 }, () => `*${prev}`);
  if (shape === 'flow-seq') {
    lines.push('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]');
    for (let i = 1; i < 10; i++) lines.push(`${letters[i]}: &${letters[i]} [${items(letters[i - 1]!).join(', ')}]`);
  } else if (shape === 'block-seq') {
    lines.push('purpose:', '  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]');
    for (let i = 1; i < 10; i++) {
      lines.push(`  - &${letters[i]}`);
      for (const item of items(letters[i - 1]!)) lines.push(`    - ${item}`);
    }
  } else {
    lines.push('issuer:', '  a: &a {k0: lol, k1: lol, k2: lol, k3: lol, k4: lol, k5: lol, k6: lol, k7: lol, k8: lol, k9: lol}');
    for (let i = 1; i < 10; i++) {
      lines.push(`  ${letters[i]}: &${letters[i]}`);
      items(letters[i - 1]!).forEach((item, k) => lines.push(`    k${k}: ${item}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('alias bombs', () => {
  it.each(['flow-seq', 'block-seq', 'map'] as const)('stops a billion-laughs file (%s) quickly, with a positioned message', async (shape) => {
    const text = billionLaughs(shape);
    const run = await checkBytes('bomb.yaml', text);
    expectGuarantees(run, 'bomb.yaml', text);
    expect(run.code).toBe(1);
    expect(run.diagnostics.map((d) => d.messageId)).toContain('yaml/alias-limit');
    expect(run.ms).toBeLessThan(QUICK_MS);
  });

  it('refuses an alias that refers to the node containing it (a cycle), at the alias', async () => {
    const text = 'issuer:\n  name: &x [a, *x]\n';
    const run = await checkBytes('cycle.yaml', text);
    expectGuarantees(run, 'cycle.yaml', text);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ messageId: 'yaml/bad-alias', line: 2, column: 16 }));
  });

  it('names an alias whose anchor does not exist, at the alias (not as an alias bomb)', async () => {
    const text = 'issuer:\n  name: *nowhere\n';
    const run = await checkBytes('unresolved.yaml', text);
    expectGuarantees(run, 'unresolved.yaml', text);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ messageId: 'yaml/bad-alias', line: 2, column: 9 }));
    expect(run.diagnostics.map((d) => d.messageId)).not.toContain('yaml/alias-limit');
  });

  it('does not slow to a crawl on a file with thousands of anchors each used once', async () => {
    // yaml resolves each alias by scanning every anchor before it: 20,000 pairs took minutes before the cap.
    const lines = ['purpose:'];
    for (let i = 0; i < 20_000; i++) lines.push(`  - &a${i} x`, `  - *a${i}`);
    const text = `${lines.join('\n')}\n`;
    const run = await checkBytes('many.yaml', text);
    expectGuarantees(run, 'many.yaml', text);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ messageId: 'yaml/alias-limit', line: 203 }));
    expect(run.ms).toBeLessThan(QUICK_MS);
  });

  it('still accepts a few ordinary aliases', async () => {
    const text = SEED.replace('  place: Bắc Giang', '  place: &noi Bắc Giang').replace('  address: Lô 10, đường Lý Tự Trọng, thành phố Bắc Giang', '  address: *noi');
    const run = await checkBytes('ok.yaml', text);
    expectGuarantees(run, 'ok.yaml', text);
    expect(run.code).toBe(0);
  });
});

describe('deep nesting', () => {
  it.each([
    ['flow sequences', (n: number) => `issuer: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['unclosed flow sequences', (n: number) => `issuer: ${'['.repeat(n)}\n`],
    ['flow mappings', (n: number) => `issuer: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`],
    ['block sequences on one line', (n: number) => `purpose:\n  ${'- '.repeat(n)}x\n`],
    // 10,000 indented levels would pass the 5 MB limit; 2,000 is as deep as fits.
    ['indented block sequences', (n: number) => {
      const depth = Math.min(n, 2000);
      return `purpose:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i + 2)}-`).join('\n')}\n${' '.repeat(2 * depth + 2)}x\n`;
    }],
  ])('answers 10,000 levels of %s with a positioned message, not a crash', async (_name, make) => {
    const text = make(10_000);
    const run = await checkBytes('deep.yaml', text);
    expectGuarantees(run, 'deep.yaml', text);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(QUICK_MS);
  });

  it.each([100, 400, 600])('handles %i levels that the parser accepts: every later stage copes too', async (n) => {
    const text = `issuer: ${'['.repeat(n)}${']'.repeat(n)}\npurpose: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
    const run = await checkBytes('deep.yaml', text);
    expectGuarantees(run, 'deep.yaml', text);
    expect(run.code).toBe(1);
  });
});

describe('size', () => {
  it('refuses a file over 5 MB before parsing, naming the file and the limit (exit 2)', async () => {
    const text = `issuer:\n  name: "${'x'.repeat(5 * 1024 * 1024)}"\n`;
    const run = await checkBytes('big.yaml', text);
    expectGuarantees(run, 'big.yaml', text);
    expect(run.code).toBe(2);
    expect(run.diagnostics).toEqual([expect.objectContaining({ file: 'big.yaml', messageId: 'io/too-large', line: null })]);
    expect(run.diagnostics[0]!.message).toContain(String(5 * 1024 * 1024));
    expect(run.ms).toBeLessThan(QUICK_MS);
  });

  it('reads a 4 MB single scalar quickly and reports on it with a position', async () => {
    const text = SEED.replace('  place: Bắc Giang', `  place: ${'Bắc Giang '.repeat(400_000)}`);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4_000_000);
    expect(Buffer.byteLength(text)).toBeLessThan(5 * 1024 * 1024);
    const run = await checkBytes('long.yaml', text);
    expectGuarantees(run, 'long.yaml', text);
    expect(run.ms).toBeLessThan(QUICK_MS);
  });
});

describe('binary files', () => {
  it('names a PNG as binary (exit 2)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const run = await checkBytes('image.yaml', png);
    expectGuarantees(run, 'image.yaml', png);
    expect(run.code).toBe(2);
    expect(run.diagnostics[0]!.messageId).toBe('io/encoding-binary');
  });

  it('names a file with NUL bytes as binary (exit 2)', async () => {
    const bytes = Buffer.from('issuer:\n  name: S\u0000\u0000\n', 'utf8');
    const run = await checkBytes('nul.yaml', bytes);
    expectGuarantees(run, 'nul.yaml', bytes);
    expect(run.code).toBe(2);
  });

  it('names a file of random high bytes as not UTF-8 (exit 2)', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    const run = await checkBytes('noise.yaml', bytes);
    expectGuarantees(run, 'noise.yaml', bytes);
    expect(run.code).toBe(2);
  });
});

describe('prototype keys', () => {
  const keys = ['__proto__', 'constructor', 'prototype'];
  /** The seed with a hostile key added to the root, to every nested mapping, and to every mapping in a list. */
  function poisoned(key: string): string {
    const lines = SEED.split('\n');
    const out: string[] = [`${key}: { polluted: true, toString: 1, valueOf: 1, hasOwnProperty: 1 }`];
    lines.forEach((line, i) => {
      out.push(line);
      const next = lines[i + 1] ?? '';
      const opens = /^(\s*)[\w]+:\s*$/.exec(line); // "issuer:" followed by its keys
      const indent = /^(\s*)[\w]+:/.exec(next)?.[1];
      if (opens && indent !== undefined && indent.length > opens[1]!.length) out.push(`${indent}${key}: { polluted: true }`);
      const item = /^(\s*)- [\w]+: /.exec(line); // "  - id: x", a mapping in a list
      if (item) out.push(`${item[1]}  ${key}: { polluted: true }`);
    });
    return out.join('\n');
  }

  it.each(keys)('a %s key at every level changes no prototype', async (key) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = poisoned(key);
    const run = await checkBytes('proto.yaml', text);
    expectGuarantees(run, 'proto.yaml', text);
    expect(run.code).toBe(1); // unknown keys
    // Each is an ordinary unknown key, reported at its place: none was swallowed into a prototype.
    expect(run.diagnostics.filter((d) => d.ruleId === 'schema/additionalProperties' && d.params?.key === key).length).toBeGreaterThan(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.create(null).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(typeof ({}).toString).toBe('function');
  });

  it('a __proto__ key inside flow mappings and list items does too', async () => {
    const text = SEED.replace('    - { organization: Hội đồng KH&CN Sở Y tế, group: hoi-dong-so }', '    - { organization: Hội đồng KH&CN Sở Y tế, group: hoi-dong-so, __proto__: { polluted: 1 } }');
    const run = await checkBytes('proto.yaml', text);
    expectGuarantees(run, 'proto.yaml', text);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'schema/additionalProperties', params: expect.objectContaining({ key: '__proto__' }) }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('YAML features a plan never uses', () => {
  it.each([
    ['a !!js/function tag', 'issuer: !!js/function "function () { return 1 }"\n', 'yaml/tag-resolve-failed', 1],
    ['a !foo tag', 'issuer:\n  name: !foo x\n', 'yaml/tag-resolve-failed', 2],
    ['a %TAG directive', '%TAG ! tag:evil.example,2000:\n---\nissuer: !x y\n', 'yaml/tag-resolve-failed', 3],
    ['two documents', 'issuer: x\n---\nissuer: y\n', 'yaml/multiple-docs', 2],
  ])('reports %s at its place', async (_name, text, messageId, line) => {
    const run = await checkBytes('f.yaml', text);
    expectGuarantees(run, 'f.yaml', text);
    expect(run.code).toBe(1);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ messageId, line }));
  });

  it('treats a merge key << as an ordinary (unknown) key: nothing is merged', async () => {
    const text = `${SEED}\nextra: &base { name: SỞ Y TẾ }\n`.replace('issuer:\n', 'issuer:\n  <<: *base\n');
    // The alias comes before its anchor here, so it must be reported rather than merged.
    const run = await checkBytes('merge.yaml', text);
    expectGuarantees(run, 'merge.yaml', text);
    expect(run.code).toBe(1);

    const ordered = `base: &base { name: SỞ Y TẾ }\n${SEED.replace('issuer:\n', 'issuer:\n  <<: *base\n')}`;
    const run2 = await checkBytes('merge.yaml', ordered);
    expectGuarantees(run2, 'merge.yaml', ordered);
    expect(run2.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'schema/additionalProperties', line: 8, params: expect.objectContaining({ key: '<<' }) }));
  });

  it.each([
    ['an empty file', ''],
    ['only a comment', '# kế hoạch sẽ viết sau\n'],
    ['only blank lines', '\n\n   \n'],
    ['a top-level scalar', 'Kế hoạch hội nghị\n'],
    ['a top-level sequence', '- issuer\n- document\n'],
    ['a top-level number', '42\n'],
    ['a document marker only', '---\n...\n'],
  ])('answers %s with a positioned error (exit 1)', async (_name, text) => {
    const run = await checkBytes('p.yaml', text);
    expectGuarantees(run, 'p.yaml', text);
    expect(run.code).toBe(1);
    expect(run.diagnostics.length).toBeGreaterThan(0);
    for (const d of run.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
  });
});

describe('several hostile files at once', () => {
  it('checks each, keeps the guarantees per file, exits 2 when any is unreadable', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a.yaml'), billionLaughs('map'));
    writeFileSync(join(cwd, 'b.yaml'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const run = await checkIn(cwd, 'a.yaml');
    expect(run.code).toBe(1);
    const both = await (await import('../helpers/cli.js')).runCli(['check', 'a.yaml', 'b.yaml', '--format', 'json'], { cwd });
    expect(both.code).toBe(2);
  });
});

describe('positions after a syntax error', () => {
  it('stay on the right line when a stray word follows comment lines (yaml skips line breaks there)', async () => {
    // yaml's own LineCounter misses the line break after "y": every later position was one line early.
    const text = 'x\n# a\n# b\ny\nissuer:\n  parent: UBND\n';
    const run = await checkBytes('stray.yaml', text);
    expectGuarantees(run, 'stray.yaml', text);
    expect(run.code).toBe(1);
    const lines = text.split('\n');
    for (const d of run.diagnostics) {
      const detail = String(d.params?.detail ?? '');
      const token = /"([^"]+)"$/.exec(detail)?.[1];
      if (token && /^\w+$/.test(token)) expect(lines[d.line! - 1]!.slice(d.column! - 1)).toMatch(new RegExp(`^${token}`));
    }
    expect(run.diagnostics.some((d) => d.line === 6)).toBe(true);
  });
});
