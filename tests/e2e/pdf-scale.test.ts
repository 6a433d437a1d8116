// `plan build --pdf` with many letters, through the built program: LibreOffice in chunks, one process per core, each
// with its own profile; a chunk retried once; the document that fails twice named; a progress bar on a terminal.
// The stand-in soffice scripts make it fast; one test converts 30 letters with the real LibreOffice.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { availableParallelism } from 'node:os';
import { CHUNK, chunksOf, findSoffice } from '../../src/write/pdf.js';
import { CONVERT_F, fakeSoffice } from '../helpers/fake-soffice.js';
import { describeRendering } from '../helpers/libreoffice.js';
import { filesBelow, PLAN_JS, project, runBuilt, STACK_TRACE } from './run-built.js';

const run = promisify(execFile);
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam'];

/** Invitee i's full name: distinct for every i below 72 × 26. */
const nameOf = (i: number): string => `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]} ${String.fromCharCode(65 + Math.floor(i / 72))}`;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project whose plan takes `count` invitees from a CSV; its own TMPDIR, to see that no profile is left there. */
function letters(count: number) {
  const dir = project(['plans', 'templates', 'schema'], 'plan-pdf-scale-');
  made.push(dir);
  const planFile = join(dir, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
  const plan = parseDocument(readFileSync(planFile, 'utf8'));
  plan.deleteIn(['invitations', 'invitees']);
  plan.setIn(['invitations', 'data'], '../khach-moi.csv');
  writeFileSync(planFile, plan.toString());
  const rows = Array.from({ length: count }, (_, i) => `Ông,${nameOf(i)},Giám đốc,Sở ${i + 1}`);
  writeFileSync(join(dir, 'khach-moi.csv'), ['Danh xưng,Họ và tên,Chức vụ,Đơn vị', ...rows, ''].join('\n'));
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  const log = join(dir, 'soffice.log');
  return { dir, plan: 'plans/hoi-nghi-giao-ban-2018.yaml', out: join(dir, 'out'), tmp, log, env: (soffice: string) => ({ PLAN_SOFFICE: soffice, TMPDIR: tmp }) };
}

/** Each line of a stand-in's log: the profile it was given and how many files. */
const runsIn = (log: string) =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [profile, files] = line.split(' ');
      return { profile: profile!, files: Number(files) };
    });

/** Shell: true when "$f" is the letter to `name` alone (the merged letters name everyone, the first invitee too). */
const letterTo = (name: string) => `unzip -p "$f" word/document.xml | grep -q '${name}' && ! unzip -p "$f" word/document.xml | grep -q '${nameOf(0)}'`;

/** Logs "profile count", then converts the files one by one; `beforeEach` runs before each (with "$f" set). */
const logAndConvert = (log: string, beforeEach = ':') => `echo "$profile $#" >> '${log}'\nfor f in "$@"; do\n${beforeEach}\n${CONVERT_F}\ndone`;

const pdfsBelow = (out: string) => filesBelow(out).filter((p) => p.endsWith('.pdf'));

describe('plan build --pdf at scale, with a stand-in LibreOffice', () => {
  it('converts in chunks of at most 100, each run with its own profile; a run that dies is retried for its missing files', async () => {
    const p = letters(250);
    // One run (the first to get that far; mkdir decides) dies at its 21st file, as LibreOffice stopped after 242.
    const died = join(p.dir, 'died');
    const dies = fakeSoffice(
      p.dir,
      'dies',
      `n=0\n${logAndConvert(p.log, `n=$((n + 1))\nif [ $n -eq 21 ] && mkdir '${died}' 2>/dev/null; then echo "Fatal exception: Signal 6" >&2; exit 134; fi`)}`,
    );
    const build = await runBuilt(['build', p.plan, '--pdf', '--json', '--out', p.out], { cwd: p.dir, env: p.env(dies) });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toMatch(STACK_TRACE);
    const runs = runsIn(p.log);
    const docx = filesBelow(p.out).filter((f) => f.endsWith('.docx'));
    expect(docx).toHaveLength(253); // the plan, 250 letters, the merged letters, the distribution list
    for (const r of runs) expect(r.files).toBeLessThanOrEqual(100);
    // Every chunk once, and one more run, with a fresh profile, for what the dead one left: its files from the 21st on.
    // A process per core, each keeping its profile from chunk to chunk.
    const chunks = chunksOf(253, availableParallelism(), CHUNK).length;
    expect(runs).toHaveLength(chunks + 1);
    expect(new Set(runs.map((r) => r.profile)).size).toBe(Math.min(availableParallelism(), chunks) + 1);
    const sizes = runs.map((r) => r.files);
    const retried = sizes.reduce((sum, n) => sum + n, 0) - 253;
    expect(retried).toBeGreaterThan(0);
    expect(sizes).toContain(retried);
    expect(sizes).toContain(retried + 20);
    // Every PDF is in place, and is its own DOCX's (the stand-in copies the letter's text into it).
    expect(pdfsBelow(p.out)).toEqual(docx.map((f) => f.replace(/\.docx$/, '.pdf')).sort());
    const manifest = JSON.parse(build.stdout) as { files: { kind: string; path: string; invitee?: string }[] };
    const letterPdfs = manifest.files.filter((f) => f.kind === 'pdf' && f.invitee);
    expect(letterPdfs).toHaveLength(250);
    for (const pdf of letterPdfs) expect(readFileSync(join(p.dir, pdf.path), 'utf8'), pdf.path).toContain(pdf.invitee!);
    // No working folder in the output, no profile in TMPDIR.
    expect(readdirSync(p.out).filter((n) => n.startsWith('.') && n !== '.plan-manifest.json')).toEqual([]); // no temporary files left
    expect(readdirSync(p.tmp)).toEqual([]);
    // Piped, so no bar.
    expect(build.stderr).not.toMatch(/\r|\[#+/);
  });

  it('names, in Vietnamese, the letter LibreOffice fails on twice, with its words; no PDF is put in place', async () => {
    const p = letters(120);
    const victim = nameOf(77);
    const cannotLoad = fakeSoffice(
      p.dir,
      'cannot-load',
      logAndConvert(p.log, `if ${letterTo(victim)}; then echo "Error: source file could not be loaded" >&2; exit 1; fi`),
    );
    const build = await runBuilt(['build', p.plan, '--pdf', '--out', p.out], { cwd: p.dir, env: p.env(cannotLoad) });
    expect(build.code).toBe(2);
    expect(build.stderr).not.toMatch(STACK_TRACE);
    const letter = filesBelow(p.out).find((f) => f.startsWith('giay-moi/078-'))!;
    expect(letter).toMatch(/^giay-moi\/078-\S+\.docx$/);
    expect(build.stderr).toContain(`LibreOffice không chuyển được out/${letter} sang PDF, kể cả khi thử lại: Error: source file could not be loaded.`);
    expect(build.stderr).toContain('chưa có tệp PDF nào');
    expect(pdfsBelow(p.out)).toEqual([]);
    expect(readdirSync(p.out).filter((n) => n.startsWith('.') && n !== '.plan-manifest.json')).toEqual([]); // no temporary files left
    expect(readdirSync(p.tmp)).toEqual([]);

    const english = await runBuilt(['build', p.plan, '--pdf', '--out', p.out, '--lang', 'en'], { cwd: p.dir, env: p.env(cannotLoad) });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(`LibreOffice could not convert out/${letter} to PDF, even on a second try: Error: source file could not be loaded.`);
  });

  it('a LibreOffice that finishes without a letter, twice, is named with that reason', async () => {
    const p = letters(40);
    const victim = nameOf(3);
    const skips = fakeSoffice(p.dir, 'skips', logAndConvert(p.log, `if ${letterTo(victim)}; then continue; fi`));
    const build = await runBuilt(['build', p.plan, '--pdf', '--out', p.out], { cwd: p.dir, env: p.env(skips) });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/LibreOffice không chuyển được out\/giay-moi\/004-\S+\.docx sang PDF, kể cả khi thử lại: LibreOffice kết thúc mà không tạo tệp PDF của nó\./);
    // Its chunk ran twice, the second time for that letter alone.
    expect(runsIn(p.log).filter((r) => r.files === 1)).toHaveLength(1);
  });

  it.runIf(existsSync('/usr/bin/script'))('shows a progress bar on a terminal', async () => {
    const p = letters(150);
    const converts = fakeSoffice(p.dir, 'converts', logAndConvert(p.log));
    // `script` gives the program a terminal; its output (the terminal's) lands in the file.
    const typescript = join(p.dir, 'typescript');
    const command = `'${process.execPath}' '${PLAN_JS}' build ${p.plan} --pdf --out out`;
    await run('script', ['-qec', command, typescript], { cwd: p.dir, env: { PATH: process.env.PATH, HOME: p.dir, LANG: 'C.UTF-8', ...p.env(converts) } });
    const screen = readFileSync(typescript, 'utf8');
    expect(screen).toMatch(/\rTạo PDF \[#{30}\] 153\/153/);
    expect(screen).toMatch(/\rTạo PDF \[#*\s+\] \d+\/153/);
    expect(pdfsBelow(p.out)).toHaveLength(153);
  });
});

describeRendering('plan build --pdf at scale, with LibreOffice', () => {
  it('30 letters: every PDF exists and names its own invitee', async () => {
    const p = letters(30);
    const soffice = findSoffice(process.env)!;
    const build = await runBuilt(['build', p.plan, '--pdf', '--json', '--out', p.out], { cwd: p.dir, env: p.env(soffice), timeoutMs: 300_000 });
    expect(build.code, build.stderr).toBe(0);
    const manifest = JSON.parse(build.stdout) as { files: { kind: string; path: string; invitee?: string }[] };
    const letterPdfs = manifest.files.filter((f) => f.kind === 'pdf' && f.invitee);
    expect(letterPdfs).toHaveLength(30);
    for (const pdf of letterPdfs) {
      const text = (await run('pdftotext', [join(p.dir, pdf.path), '-'])).stdout.replace(/\s+/g, ' ');
      expect(text, pdf.path).toContain(pdf.invitee!);
    }
    expect(pdfsBelow(p.out)).toHaveLength(33);
    expect(readdirSync(p.tmp)).toEqual([]);
  }, 300_000);
});
