import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableParallelism, tmpdir } from 'node:os';
import { findSoffice } from '../../src/write/pdf.js';
import { letterChunks } from '../../src/write/letter-pdfs.js';
import { CONVERT_F, fakeSoffice as writeFakeSoffice } from '../helpers/fake-soffice.js';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { describeRendering, pdfFonts, toPdf } from '../helpers/libreoffice.js';
import { SEED_PLAN } from '../helpers/seed.js';

const run = promisify(execFile);
const EXAMPLE = SEED_PLAN;
const TITLE = 'Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018';

interface Entry {
  kind: string;
  path: string;
  invitee?: string;
  source?: string;
}

const pages = async (pdf: string): Promise<number> => Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
const text = async (pdf: string): Promise<string> => (await run('pdftotext', ['-layout', pdf, '-'])).stdout.replace(/\s+/g, ' ');
/** Everything in a folder tree, relative, sorted. */
const tree = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]).map((p) => p.split('\\').join('/')).sort() : [];

describeRendering('plan build --pdf', () => {
  let dir: string;
  let files: Entry[];
  let runs: string[];
  let stderr: string;
  let seconds: number;
  let timesNewRoman: boolean;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    // A soffice that logs how it is called and hands over to the real one.
    const log = join(dir, 'soffice.log');
    const wrapper = join(dir, 'soffice-wrapper.sh');
    writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${findSoffice(process.env)}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const started = performance.now();
    const build = await runCli(['build', EXAMPLE, '--pdf', '--json', '--out', join(dir, 'out')], { cwd: dir, env: { PLAN_SOFFICE: wrapper } });
    seconds = (performance.now() - started) / 1000;
    expect(build.code, build.stderr).toBe(0);
    files = (JSON.parse(build.stdout) as { files: Entry[] }).files;
    stderr = build.stderr;
    runs = readFileSync(log, 'utf8').trim().split('\n');
    timesNewRoman = (await run('fc-list', [':family=Times New Roman'])).stdout.trim() !== '';
    console.info(`[plan build --pdf] example: ${files.filter((f) => f.kind === 'pdf').length} PDFs in ${seconds.toFixed(1)} s (whole build)`);
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs LibreOffice on the plan, the list and the letters merged in chunks, each run with a private profile', () => {
    const letters = files.filter((f) => f.kind === 'invitation').length;
    const chunks = letterChunks(letters, availableParallelism());
    expect(runs).toHaveLength(chunks.length);
    for (const run of runs) {
      expect(run).toMatch(/-env:UserInstallation=file:\/\/\/\S+/);
      expect(run).toMatch(/--headless .*--convert-to pdf:writer_pdf_Export:\{"ExportBookmarksToPDFDestination":\{"type":"boolean","value":"true"\}\} --outdir /);
    }
    const profiles = runs.map((run) => /-env:UserInstallation=(\S+)/.exec(run)![1]);
    expect(new Set(profiles).size).toBe(runs.length);
    // Two documents and the chunks, each once; no letter alone, not the merged letters.
    const given = runs.flatMap((run) => run.match(/\S+\.docx/g) ?? []).map((f) => f.replace(/^.*\//, ''));
    expect(given.filter((f) => /^letters-\d+\.docx$/.test(f))).toHaveLength(chunks.length);
    expect(given).toHaveLength(chunks.length + 2);
  });

  it('lists a PDF beside every DOCX in the manifest, naming its source and invitee', () => {
    const docx = files.filter((f) => f.kind !== 'pdf');
    const pdfs = files.filter((f) => f.kind === 'pdf');
    expect(docx).toHaveLength(29); // plan, 26 letters, merged, distribution list
    expect(pdfs.map((p) => p.source)).toEqual(docx.map((d) => d.path));
    expect(pdfs.map((p) => p.path)).toEqual(docx.map((d) => d.path.replace(/\.docx$/, '.pdf')));
    expect(pdfs.map((p) => p.invitee)).toEqual(docx.map((d) => d.invitee));
    for (const p of pdfs) expect(existsSync(join(dir, p.path)), p.path).toBe(true);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('leaves no temporary folder or file behind', () => {
    expect(tree(join(dir, 'out')).filter((p) => /(^|\/)\.(?!plan-manifest\.json$)|\.tmp$/.test(p))).toEqual([]);
  });

  it('ke-hoach.pdf has as many pages as LibreOffice makes of the DOCX, with the title and the national motto', async () => {
    const out = join(dir, 'out');
    const reference = await toPdf(join(out, 'ke-hoach.docx'), mkdtempSync(join(dir, 'ref-')));
    expect(await pages(join(out, 'ke-hoach.pdf'))).toBe(await pages(reference));
    expect(await pages(join(out, 'ke-hoach.pdf'))).toBeGreaterThanOrEqual(2);
    const words = await text(join(out, 'ke-hoach.pdf'));
    expect(words).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(words).toContain(TITLE);
    expect(words).toContain('Nguyễn Phúc Thương');
  });

  it('every letter PDF is one page for its own invitee; the merged PDF has one page per letter', async () => {
    const letters = files.filter((f) => f.kind === 'pdf' && f.invitee);
    expect(letters).toHaveLength(26);
    for (const letter of [letters[0]!, letters[12]!, letters[25]!]) {
      const pdf = join(dir, letter.path);
      expect(await pages(pdf)).toBe(1);
      expect(await text(pdf)).toContain(letter.invitee!);
    }
    expect(await pages(join(dir, 'out', 'giay-moi-tat-ca.pdf'))).toBe(26);
  });

  it('uses Times New Roman or its metric twin Liberation Serif only: no fallback font for Vietnamese letters', async () => {
    const family = timesNewRoman ? /^(TimesNewRoman|LiberationSerif)/ : /^LiberationSerif/;
    for (const name of ['ke-hoach.pdf', 'giay-moi-tat-ca.pdf', 'danh-sach-phat-hanh.pdf', files.find((f) => f.invitee)!.path.replace(/^.*?giay-moi\//, 'giay-moi/').replace(/\.docx$/, '.pdf')]) {
      const fonts = await pdfFonts(join(dir, 'out', name));
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, `${name}: ${font.name}`).toMatch(family);
        expect(font.embedded, `${name}: ${font.name} not embedded`).toBe(true);
      }
    }
  });
});

describe('plan build --pdf without a working LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-nopdf-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const fakeSoffice = (name: string, body: string): string => writeFakeSoffice(dir, name, body);

  it('says LibreOffice is missing, exits 2 and writes nothing', async () => {
    const out = join(dir, 'out-missing');
    for (const lang of ['vi', 'en'] as const) {
      const build = await runCli(['build', EXAMPLE, '--pdf', '--out', out, '--lang', lang], { cwd: dir, env: { PATH: join(dir, 'no-such-dir') } });
      expect(build.code).toBe(2);
      expect(build.stderr).toMatch(lang === 'vi' ? /Không tìm thấy LibreOffice \(lệnh soffice\)/ : /LibreOffice \(the soffice command\) was not found/);
      expect(build.stderr).not.toMatch(STACK_TRACE);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a PLAN_SOFFICE that does not exist is reported, not silently replaced by another soffice', async () => {
    const build = await runCli(['build', EXAMPLE, '--pdf', '--out', join(dir, 'o2')], { cwd: dir, env: { PLAN_SOFFICE: join(dir, 'nothing'), PATH: process.env.PATH } });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain(`PLAN_SOFFICE chỉ tới ${join(dir, 'nothing')}`);
  });

  it('when LibreOffice fails: exit 2 with its words, the DOCX files written, no PDF and no temporary folder', async () => {
    const broken = fakeSoffice('broken', 'echo "Error: source file could not be loaded" >&2\nexit 1');
    const out = join(dir, 'out-broken');
    mkdirSync(out);
    writeFileSync(join(out, 'ke-hoach.pdf'), 'old');
    const build = await runCli(['build', EXAMPLE, '--pdf', '--out', out], { cwd: dir, env: { PLAN_SOFFICE: broken } });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/LibreOffice không chuyển được out-broken\/\S+\.docx sang PDF, kể cả khi thử lại: Error: source file could not be loaded/);
    const written = tree(out);
    expect(written).toContain('ke-hoach.docx');
    expect(written.filter((p) => p.endsWith('.pdf'))).toEqual(['ke-hoach.pdf']);
    expect(readFileSync(join(out, 'ke-hoach.pdf'), 'utf8')).toBe('old'); // the old PDF is untouched
    expect(written.filter((p) => /(^|\/)\.(?!plan-manifest\.json$)/.test(p))).toEqual([]);
  });

  it('when LibreOffice leaves a document out twice: it is named, and nothing is moved into place', async () => {
    // Converts all but the last file it is given, as LibreOffice does when that document is damaged.
    const partial = fakeSoffice('partial', `while [ $# -gt 1 ]; do f="$1"; shift\n${CONVERT_F}\ndone`);
    const out = join(dir, 'out-partial');
    const build = await runCli(['build', EXAMPLE, '--pdf', '--only', 'plan,distribution', '--out', out], { cwd: dir, env: { PLAN_SOFFICE: partial } });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/không chuyển được out-partial\/danh-sach-phat-hanh\.docx sang PDF, kể cả khi thử lại: LibreOffice kết thúc mà không tạo tệp PDF của nó/);
    expect(tree(out)).toEqual(['.plan-manifest.json', 'danh-sach-phat-hanh.docx', 'ke-hoach.docx']);
  });

  it('when a PDF cannot be put in place: no PDF is replaced, the old ones are kept', async () => {
    // Converts every file it is given, as LibreOffice does.
    const all = fakeSoffice('all', `for f in "$@"; do\n${CONVERT_F}\ndone`);
    const out = join(dir, 'out-blocked');
    mkdirSync(out);
    writeFileSync(join(out, 'ke-hoach.pdf'), 'old plan');
    writeFileSync(join(out, 'giay-moi-tat-ca.pdf'), 'old letters');
    // A folder where the distribution list's PDF goes.
    mkdirSync(join(out, 'danh-sach-phat-hanh.pdf'));
    writeFileSync(join(out, 'danh-sach-phat-hanh.pdf', 'x'), '');
    const build = await runCli(['build', EXAMPLE, '--pdf', '--out', out], { cwd: dir, env: { PLAN_SOFFICE: all } });
    expect(build.code).toBe(2);
    expect(build.stderr).not.toMatch(STACK_TRACE);
    // Named at the file that could not be written, with the file system's reason, not as LibreOffice's failure.
    expect(build.stderr).toMatch(/danh-sach-phat-hanh\.pdf .*EISDIR/);
    expect(build.stderr).not.toMatch(/LibreOffice/);
    expect(readFileSync(join(out, 'ke-hoach.pdf'), 'utf8')).toBe('old plan');
    expect(readFileSync(join(out, 'giay-moi-tat-ca.pdf'), 'utf8')).toBe('old letters');
    const written = tree(out);
    expect(written.filter((p) => p.endsWith('.pdf') && !p.startsWith('danh-sach'))).toEqual(['giay-moi-tat-ca.pdf', 'ke-hoach.pdf']);
    expect(written.filter((p) => /(^|\/)\.(?!plan-manifest\.json$)/.test(p))).toEqual([]);
  });
});
