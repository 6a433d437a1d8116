// A rerun after the invitee list changed: the letters an earlier run wrote for invitees no longer on the list (or
// under another running number) are removed once the new ones are in place; nothing else in the folder is touched.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../helpers/cli.js';
import { run, SEED } from '../helpers/invite.js';

let cwd = '';
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'plan-stale-'));
  await writeFile(join(cwd, 'plan.yaml'), await readFile(SEED, 'utf8'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const letters = async () => (await readdir(join(cwd, 'out', 'giay-moi'))).sort();
/** The seed without its third invitee (Sở Công Thương): every later letter changes its number. */
const withoutThird = async () => {
  const text = await readFile(join(cwd, 'plan.yaml'), 'utf8');
  const line = text.split('\n').find((l) => l.includes('Hội đồng KH&CN Sở Công Thương'))!;
  await writeFile(join(cwd, 'plan.yaml'), text.replace(`${line}\n`, ''));
};
const manifestLetters = (stdout: string): string[] =>
  (JSON.parse(stdout) as { files: { kind: string; path: string }[] }).files.filter((f) => f.kind === 'invitation').map((f) => f.path.split('/').pop()!).sort();

describe('plan build after an invitee was removed', () => {
  it('leaves exactly the new letters, says which old ones went, and touches no other file', async () => {
    expect((await run(['build', 'plan.yaml', '--out', 'out'], cwd)).code).toBe(0);
    expect(await letters()).toHaveLength(26);
    // The clerk's own files in the folder: not named as letters, or not letters at all.
    await writeFile(join(cwd, 'out', 'giay-moi', 'ghi-chu.docx'), 'clerk');
    await writeFile(join(cwd, 'out', 'giay-moi', '003-ban-nhap.txt'), 'clerk');
    await writeFile(join(cwd, 'out', 'giay-moi', 'Thu moi 027.docx'), 'clerk');
    await withoutThird();
    const second = await run(['build', 'plan.yaml', '--out', 'out', '--json'], cwd);
    expect(second.code, second.stderr).toBe(0);
    const written = manifestLetters(second.stdout);
    expect(written).toHaveLength(25);
    expect(await letters()).toEqual([...written, '003-ban-nhap.txt', 'Thu moi 027.docx', 'ghi-chu.docx'].sort());
    // Old 003 to 026 each had another number or invitee: 24 removed, listed in the manifest.
    const removed = (JSON.parse(second.stdout) as { removed: string[] }).removed;
    expect(removed).toHaveLength(24);
    expect(removed).toContain('out/giay-moi/003-hoi-dong-kh-cn-so-cong-thuong.docx');
    expect(removed).toContain('out/giay-moi/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx');
  });

  it('says so in words without --json, and says nothing on a rerun with the same list', async () => {
    await run(['build', 'plan.yaml', '--out', 'out'], cwd);
    await withoutThird();
    const vi = await run(['build', 'plan.yaml', '--out', 'out'], cwd);
    expect(vi.stderr).toMatch(/− Đã xóa Giấy mời của lần chạy trước \(không còn trong danh sách khách mời\): out\/giay-moi\/003-hoi-dong-kh-cn-so-cong-thuong\.docx/);
    await run(['build', 'plan.yaml', '--out', 'out'], cwd); // nothing stale any more
    const again = await run(['build', 'plan.yaml', '--out', 'out', '--lang', 'en'], cwd);
    expect(again.stderr).not.toMatch(/Removed/);
  });
});

describe('plan invite after the list changed', () => {
  it('removes the old letters and the PDFs the manifest lists; keeps PDFs of current letters and PDFs plan did not write', async () => {
    expect((await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd)).code).toBe(0);
    const [first, , , , , , , , , , , , , , , , , , , , , , , , old25, old26] = await letters();
    // PDFs as `build --pdf` records them (in the manifest), and one the clerk saved from Word (not in it).
    const manifest = JSON.parse(await readFile(join(cwd, 'out', '.plan-manifest.json'), 'utf8')) as { files: string[] };
    for (const letter of [first!, old25!]) {
      await writeFile(join(cwd, 'out', 'giay-moi', letter.replace('.docx', '.pdf')), 'by plan');
      manifest.files.push(`giay-moi/${letter.replace('.docx', '.pdf')}`);
    }
    await writeFile(join(cwd, 'out', '.plan-manifest.json'), JSON.stringify(manifest));
    await writeFile(join(cwd, 'out', 'giay-moi', old26!.replace('.docx', '.pdf')), 'the clerk’s');
    await withoutThird();
    const second = await run(['invite', 'plan.yaml', '--out', 'out', '--separate', '--lang', 'en'], cwd);
    expect(second.code).toBe(0);
    const now = await letters();
    expect(now.filter((n) => n.endsWith('.docx'))).toHaveLength(25);
    expect(now).not.toContain(old26);
    expect(now.filter((n) => n.endsWith('.pdf')).sort()).toEqual([first!.replace('.docx', '.pdf'), old26!.replace('.docx', '.pdf')].sort());
    expect(second.stderr).toContain(`Removed a letter of an earlier run (no longer on the invitee list): out/giay-moi/${old25!.replace('.docx', '.pdf')}`);
  });

  it('keeps an old letter Word has open, and says so', async () => {
    await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd);
    // Word's owner file for 026-….docx.
    await writeFile(join(cwd, 'out', 'giay-moi', '~$6-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx'), '');
    await withoutThird();
    const second = await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd);
    expect(second.code).toBe(0);
    expect(await letters()).toContain('026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx');
    expect(second.stderr).toMatch(/⚠ Không xóa được Giấy mời cũ out\/giay-moi\/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang\.docx \(đang mở trong Word\)/);
    expect(second.stderr).not.toMatch(STACK_TRACE);
  });

  it('removes nothing when the run fails', async () => {
    await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd);
    await withoutThird();
    const before = await letters();
    // A folder where a new letter goes: the batch fails, every old letter stays.
    await mkdir(join(cwd, 'out', 'giay-moi', '003-hoi-dong-kh-cn-so-tai-nguyen-va-moi-truong.docx'), { recursive: true });
    await writeFile(join(cwd, 'out', 'giay-moi', '003-hoi-dong-kh-cn-so-tai-nguyen-va-moi-truong.docx', 'x'), '');
    const second = await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd);
    expect(second.code).toBe(2);
    expect((await letters()).filter((n) => n !== '003-hoi-dong-kh-cn-so-tai-nguyen-va-moi-truong.docx')).toEqual(before.filter((n) => n !== '003-hoi-dong-kh-cn-so-tai-nguyen-va-moi-truong.docx'));
    expect(await letters()).toContain('026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx');
  });

  it('leaves the letters alone when only the merged file is made', async () => {
    await run(['invite', 'plan.yaml', '--out', 'out', '--separate'], cwd);
    await withoutThird();
    expect((await run(['invite', 'plan.yaml', '--out', 'out', '--merged'], cwd)).code).toBe(0);
    expect((await letters()).filter((n) => n.endsWith('.docx'))).toHaveLength(26);
  });
});
