// Old letters go by the manifest, not by their names: a rerun after the invitee list changed removes only what the last
// run's out/<plan>/.plan-manifest.json says plan wrote; the clerk's own files in giay-moi/ stay whatever their names.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeSoffice } from './fake-soffice.js';
import { filesBelow, project, runBuilt, STACK_TRACE } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';
const OUT = 'out/hoi-nghi-giao-ban-2018';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const fresh = (): string => {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  return cwd;
};
const letters = (cwd: string) => readdirSync(join(cwd, OUT, 'giay-moi')).sort();
const manifest = (cwd: string) => JSON.parse(readFileSync(join(cwd, OUT, '.plan-manifest.json'), 'utf8')) as { format: string; version: number; files: string[] };
/** The plan without its third invitee (Sở Công Thương): every later letter changes its number. */
const withoutThird = (cwd: string) => {
  const text = readFileSync(join(cwd, PLAN), 'utf8');
  const line = text.split('\n').find((l) => l.includes('Hội đồng KH&CN Sở Công Thương'))!;
  writeFileSync(join(cwd, PLAN), text.replace(`${line}\n`, ''));
};

describe('old letters after the invitee list changed', () => {
  it('a clerk’s 003-ghi-chu.docx in giay-moi/ stays; the letters the manifest lists go; the manifest lists what is there', async () => {
    const cwd = fresh();
    const first = await runBuilt(['build', PLAN], { cwd });
    expect(first.code, first.stderr).toBe(0);
    expect(manifest(cwd).files).toEqual(filesBelow(join(cwd, OUT)).filter((f) => !f.startsWith('.')));
    // The clerk's notes, named like letters.
    writeFileSync(join(cwd, OUT, 'giay-moi', '003-ghi-chu.docx'), 'clerk');
    writeFileSync(join(cwd, OUT, 'giay-moi', '027-ban-nhap.pdf'), 'clerk');
    withoutThird(cwd);
    const second = await runBuilt(['build', PLAN, '--json'], { cwd });
    expect(second.code, second.stderr).toBe(0);
    const report = JSON.parse(second.stdout) as { files: { kind: string; path: string }[]; removed: string[] };
    const written = report.files.filter((f) => f.kind === 'invitation').map((f) => f.path.split('/').pop()!);
    expect(written).toHaveLength(25);
    expect(letters(cwd)).toEqual([...written, '003-ghi-chu.docx', '027-ban-nhap.pdf'].sort());
    expect(report.removed).toHaveLength(24);
    expect(report.removed).toContain(`${OUT}/giay-moi/003-hoi-dong-kh-cn-so-cong-thuong.docx`);
    expect(manifest(cwd)).toMatchObject({ format: 'plan-manifest', version: 1 });
    expect(manifest(cwd).files).not.toContain('giay-moi/003-ghi-chu.docx');
    expect(manifest(cwd).files).toEqual(report.files.map((f) => f.path.slice(OUT.length + 1)).sort());
    expect(filesBelow(join(cwd, OUT)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('without a manifest (output of an earlier version) nothing is removed, and the run says so', async () => {
    const cwd = fresh();
    expect((await runBuilt(['build', PLAN], { cwd })).code).toBe(0);
    rmSync(join(cwd, OUT, '.plan-manifest.json'));
    withoutThird(cwd);
    const vi = await runBuilt(['build', PLAN], { cwd });
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stderr).toContain(`Không xóa tệp nào trong ${OUT}/giay-moi/: thư mục chưa có .plan-manifest.json`);
    expect(vi.stderr).toMatch(/có 24 tệp không do lần chạy này ghi/);
    expect(letters(cwd)).toContain('026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx');
    expect(letters(cwd)).toHaveLength(25 + 24);
    // The manifest now exists and lists only this run's letters: a run with the same list removes nothing either.
    const again = await runBuilt(['build', PLAN, '--lang', 'en'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/Removed/);
    expect(letters(cwd)).toHaveLength(25 + 24);
  });

  it('the PDFs build --pdf recorded go with their letters; a PDF plan did not write stays', async () => {
    const cwd = fresh();
    const env = { PLAN_SOFFICE: fakeSoffice(cwd) };
    const first = await runBuilt(['build', PLAN, '--pdf'], { cwd, env });
    expect(first.code, first.stderr).toBe(0);
    expect(manifest(cwd).files).toContain('giay-moi/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.pdf');
    expect(manifest(cwd).files).toContain('ke-hoach.pdf');
    writeFileSync(join(cwd, OUT, 'giay-moi', '030-luu-tu-word.pdf'), 'clerk');
    withoutThird(cwd);
    const second = await runBuilt(['invite', PLAN, '--separate', '--lang', 'en'], { cwd });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`Removed a letter of an earlier run (no longer on the invitee list): ${OUT}/giay-moi/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.pdf`);
    expect(second.stderr).not.toMatch(STACK_TRACE);
    const now = letters(cwd);
    expect(now).not.toContain('026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.pdf');
    expect(now).toContain('030-luu-tu-word.pdf');
    // The PDF of a letter still on the list stays (send leaves out a PDF older than its letter).
    expect(now).toContain('001-hoi-dong-kh-cn-so-nong-nghiep-va-phat-trien-nong-thon.pdf');
    expect(manifest(cwd).files).toContain('ke-hoach.pdf');
    expect(existsSync(join(cwd, OUT, 'ke-hoach.pdf'))).toBe(true);
  });

  it('a manifest that names a path outside the letters folder removes nothing there', async () => {
    const cwd = fresh();
    expect((await runBuilt(['build', PLAN], { cwd })).code).toBe(0);
    const m = manifest(cwd);
    writeFileSync(join(cwd, 'plans', 'keep.txt'), 'keep');
    m.files.push('../../plans/keep.txt', 'giay-moi/../../../plans/keep.txt', '/etc/hostname', 'ke-hoach.docx');
    writeFileSync(join(cwd, OUT, '.plan-manifest.json'), JSON.stringify(m));
    withoutThird(cwd);
    expect((await runBuilt(['build', PLAN], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'plans', 'keep.txt'), 'utf8')).toBe('keep');
    expect(manifest(cwd).files.every((f) => !f.includes('..') && !f.startsWith('/'))).toBe(true);
  });
});
