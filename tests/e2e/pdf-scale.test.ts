// `plan build --pdf` with many letters, through the built program: the letters go to LibreOffice merged, in chunks
// whose PDFs are cut into the letters' PDFs at the named destinations of a bookmark at each letter's start; one
// process per core, each with its own profile; a run retried once; a letter whose pages are not known converted
// alone; the document that fails twice named; a progress bar on a terminal. The stand-in soffice scripts make it
// fast; one test converts 30 letters, one of two pages, with the real LibreOffice and compares them with the letters
// converted alone.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { availableParallelism } from 'node:os';
import { PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';
import { findSoffice } from '../../src/write/pdf.js';
import { letterChunks } from '../../src/write/letter-pdfs.js';
import { CONVERT_F, fakeSoffice } from '../helpers/fake-soffice.js';
import { describeRendering, toPdfs } from '../helpers/libreoffice.js';
import { filesBelow, PLAN_JS, project, runBuilt, STACK_TRACE } from './run-built.js';

const run = promisify(execFile);
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam'];

/** Invitee i's full name: distinct for every i below 72 × 26. */
const nameOf = (i: number): string => `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]} ${String.fromCharCode(65 + Math.floor(i / 72))}`;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A project whose plan takes `count` invitees from a CSV; its own TMPDIR, to see that no profile is left there.
 * `longUnit` gives invitee `index` an organisation long enough to take the letter to a second page.
 */
function letters(count: number, longUnit?: { index: number; text: string }) {
  const dir = project(['plans', 'templates', 'schema'], 'plan-pdf-scale-');
  made.push(dir);
  const planFile = join(dir, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
  const plan = parseDocument(readFileSync(planFile, 'utf8'));
  plan.deleteIn(['invitations', 'invitees']);
  plan.setIn(['invitations', 'data'], '../khach-moi.csv');
  writeFileSync(planFile, plan.toString());
  const rows = Array.from({ length: count }, (_, i) => `Ông,${nameOf(i)},Giám đốc,"${i === longUnit?.index ? longUnit.text : `Sở ${i + 1}`}"`);
  writeFileSync(join(dir, 'khach-moi.csv'), ['Danh xưng,Họ và tên,Chức vụ,Đơn vị', ...rows, ''].join('\n'));
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  const log = join(dir, 'soffice.log');
  return { dir, plan: 'plans/hoi-nghi-giao-ban-2018.yaml', out: join(dir, 'out'), tmp, log, env: (soffice: string) => ({ PLAN_SOFFICE: soffice, TMPDIR: tmp }) };
}

/** Each line of a stand-in's log: the profile it was given and the files' names. */
const runsIn = (log: string) =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [profile, ...files] = line.split(' ');
      return { profile: profile!, files: files.map((f) => f.replace(/^.*\//, '')) };
    });

/** Shell: true when "$f" holds the letter to `name` (a merged chunk, or the letter alone; not the list, which names everyone). */
const holds = (name: string) => `unzip -p "$f" word/document.xml | grep -q 'GIẤY MỜI' && unzip -p "$f" word/document.xml | grep -q '${name}'`;

/** Logs "profile file…", then converts the files one by one; `beforeEach` runs before each (with "$f" set). */
const logAndConvert = (log: string, beforeEach = ':') => `echo "$profile $*" >> '${log}'\nfor f in "$@"; do\n${beforeEach}\n${CONVERT_F}\ndone`;

const pdfsBelow = (out: string) => filesBelow(out).filter((p) => p.endsWith('.pdf'));

/** The text of each page of a stand-in's PDF (the comment in its content stream; see fake-pdf.cjs). */
async function fakePages(path: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path));
  return doc.getPages().map((page: PDFPage) => {
    const contents = page.node.lookup(PDFName.of('Contents'));
    return contents instanceof PDFRawStream ? Buffer.from(contents.contents).toString('utf8') : '';
  });
}

interface Manifest {
  files: { kind: string; path: string; invitee?: string; source?: string }[];
}

/** Every letter's PDF is one page holding its own invitee's letter; the merged PDF is all of them in order. */
async function expectLettersInOrder(p: ReturnType<typeof letters>, manifest: Manifest, count: number) {
  const letterPdfs = manifest.files.filter((f) => f.kind === 'pdf' && f.invitee);
  expect(letterPdfs).toHaveLength(count);
  for (const [i, pdf] of letterPdfs.entries()) {
    const pages = await fakePages(join(p.dir, pdf.path));
    expect(pages, pdf.path).toHaveLength(1);
    expect(pages[0], pdf.path).toContain(nameOf(i));
    expect(pdf.invitee).toContain(nameOf(i));
  }
  const merged = await fakePages(join(p.out, 'giay-moi-tat-ca.pdf'));
  expect(merged).toHaveLength(count);
  merged.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(nameOf(i)));
}

describe('plan build --pdf at scale, with a stand-in LibreOffice', () => {
  it('converts the letters merged in chunks, never one by one; each run with its own profile; a run that dies is retried', async () => {
    const p = letters(250);
    // The first run given the letter to invitee 200 dies (mkdir decides, once), as LibreOffice sometimes does.
    const died = join(p.dir, 'died');
    const dies = fakeSoffice(
      p.dir,
      'dies',
      logAndConvert(p.log, `if ${holds(nameOf(200))} && mkdir '${died}' 2>/dev/null; then echo "Fatal exception: Signal 6" >&2; exit 134; fi`),
    );
    const build = await runBuilt(['build', p.plan, '--pdf', '--json', '--out', p.out], { cwd: p.dir, env: p.env(dies) });
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toMatch(STACK_TRACE);
    const runs = runsIn(p.log);
    const docx = filesBelow(p.out).filter((f) => f.endsWith('.docx'));
    expect(docx).toHaveLength(253); // the plan, 250 letters, the merged letters, the distribution list
    // LibreOffice is given the plan, the list and the letters merged in chunks: no letter alone, no merged file.
    const chunks = letterChunks(250, availableParallelism());
    const dying = `letters-${chunks.findIndex((c) => c.start <= 200 && 200 < c.end) + 1}.docx`;
    const given = runs.flatMap((r) => r.files);
    expect(given.filter((f) => /^letters-\d+\.docx$/.test(f)).sort()).toEqual([...chunks.map((_, k) => `letters-${k + 1}.docx`), dying].sort());
    expect(given.filter((f) => !/^letters-\d+\.docx$/.test(f))).toHaveLength(2);
    // The chunk that died ran once more, alone, with a fresh profile; one profile per process otherwise.
    expect(runs).toHaveLength(chunks.length + 1);
    expect(runs.filter((r) => r.files.includes(dying)).at(-1)!.files).toEqual([dying]);
    expect(new Set(runs.map((r) => r.profile)).size).toBe(Math.min(availableParallelism(), chunks.length) + 1);
    // Every PDF is in place, and is its own DOCX's; the merged PDF is every letter's page in order.
    expect(pdfsBelow(p.out)).toEqual(docx.map((f) => f.replace(/\.docx$/, '.pdf')).sort());
    await expectLettersInOrder(p, JSON.parse(build.stdout) as Manifest, 250);
    // No working folder in the output, no profile in TMPDIR.
    expect(readdirSync(p.out).filter((n) => n.startsWith('.') && n !== '.plan-manifest.json')).toEqual([]);
    expect(readdirSync(p.tmp)).toEqual([]);
    // Piped, so no bar.
    expect(build.stderr).not.toMatch(/\r|\[#+/);
  });

  it('a letter whose destination is missing is converted alone, and so is the one before it (its end is unknown)', async () => {
    const p = letters(40);
    // The chunks leave out the destination of letter 8; a letter converted alone has none to leave out.
    const skips = fakeSoffice(p.dir, 'skips', `skip=PlanLetter8\n${logAndConvert(p.log)}`);
    const build = await runBuilt(['build', p.plan, '--pdf', '--json', '--out', p.out], { cwd: p.dir, env: p.env(skips) });
    expect(build.code, build.stderr).toBe(0);
    const alone = runsIn(p.log).at(-1)!;
    expect(alone.files).toHaveLength(2);
    const manifest = JSON.parse(build.stdout) as Manifest;
    await expectLettersInOrder(p, manifest, 40);
    expect(readdirSync(p.out).filter((n) => n.startsWith('.') && n !== '.plan-manifest.json')).toEqual([]);
  });

  it('names, in Vietnamese, the letter LibreOffice fails on twice, with its words; no PDF is put in place', async () => {
    const p = letters(120);
    const victim = nameOf(77);
    const cannotLoad = fakeSoffice(
      p.dir,
      'cannot-load',
      logAndConvert(p.log, `if ${holds(victim)}; then echo "Error: source file could not be loaded" >&2; exit 1; fi`),
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
    const skips = fakeSoffice(p.dir, 'skips', logAndConvert(p.log, `if ${holds(victim)}; then continue; fi`));
    const build = await runBuilt(['build', p.plan, '--pdf', '--out', p.out], { cwd: p.dir, env: p.env(skips) });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/LibreOffice không chuyển được out\/giay-moi\/004-\S+\.docx sang PDF, kể cả khi thử lại: LibreOffice kết thúc mà không tạo tệp PDF của nó\./);
    // Its chunk ran twice, then its letters alone, then that letter once more.
    const runs = runsIn(p.log);
    expect(runs.filter((r) => r.files.length === 1 && /^f\d+\.docx$/.test(r.files[0]!))).toHaveLength(1);
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
  const pdfPages = async (pdf: string): Promise<number> => Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
  const pageSize = async (pdf: string): Promise<string> => /^Page size:\s+(.+)$/m.exec((await run('pdfinfo', [pdf])).stdout)?.[1] ?? '';
  const pdfText = async (pdf: string, page?: number): Promise<string> =>
    (await run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'])).stdout;

  it('30 letters, one of two pages: each letter as LibreOffice makes it alone, page numbers restarting per letter', async () => {
    const long = 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng, công nghiệp, giao thông và nông nghiệp tỉnh '.repeat(14).trim();
    const p = letters(30, { index: 11, text: long });
    const soffice = findSoffice(process.env)!;
    const build = await runBuilt(['build', p.plan, '--pdf', '--json', '--out', p.out], { cwd: p.dir, env: p.env(soffice), timeoutMs: 300_000 });
    expect(build.code, build.stderr).toBe(0);
    const manifest = JSON.parse(build.stdout) as Manifest;
    const letterPdfs = manifest.files.filter((f) => f.kind === 'pdf' && f.invitee);
    expect(letterPdfs).toHaveLength(30);
    for (const [i, pdf] of letterPdfs.entries()) {
      const path = join(p.dir, pdf.path);
      expect(await pdfPages(path), pdf.path).toBe(i === 11 ? 2 : 1);
      const text = (await pdfText(path)).replace(/\s+/g, ' ');
      expect(text, pdf.path).toContain(nameOf(i));
      for (const other of [i - 1, i + 1].filter((k) => k >= 0 && k < 30)) expect(text, pdf.path).not.toContain(nameOf(other));
    }
    // The long letter's second page is numbered 2; the next letter's first page has no number.
    const second = join(p.dir, letterPdfs[11]!.path);
    expect((await pdfText(second, 2)).trim().split('\n')[0]!.trim()).toBe('2');
    expect((await pdfText(join(p.dir, letterPdfs[12]!.path))).trim().split('\n')[0]!.trim()).not.toMatch(/^\d+$/);
    // The merged PDF: every letter's pages in order.
    const merged = join(p.out, 'giay-moi-tat-ca.pdf');
    expect(await pdfPages(merged)).toBe(31);
    expect((await pdfText(merged, 14)).replace(/\s+/g, ' ')).toContain(nameOf(12));
    // The first letter, the long one, a middle one and the last, against the same letters converted alone.
    const picked = [0, 11, 15, 29].map((i) => letterPdfs[i]!);
    const alone = await toPdfs(picked.map((pdf) => join(p.dir, pdf.source!)), mkdtempSync(join(p.dir, 'alone-')));
    for (const [k, pdf] of picked.entries()) {
      const cut = join(p.dir, pdf.path);
      expect(await pdfPages(cut), pdf.path).toBe(await pdfPages(alone[k]!));
      expect(await pageSize(cut), pdf.path).toBe(await pageSize(alone[k]!));
      expect(await pdfText(cut), pdf.path).toBe(await pdfText(alone[k]!));
    }
    expect(pdfsBelow(p.out)).toHaveLength(33);
    expect(readdirSync(p.tmp)).toEqual([]);
  }, 300_000);
});
