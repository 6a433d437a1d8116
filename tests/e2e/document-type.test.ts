// A plan that is a Thông báo (Chương trình, Phương án), not a Kế hoạch: document.type names the tên loại and its
// ký hiệu everywhere the plan is printed or cited (143/TB-SGDĐT of Sở GD&ĐT Bình Dương, corpus source
// contest-so-gddt-binh-duong-2012, was printed "KẾ HOẠCH" / "Số: 143/KH-SGDĐT"). And the e-mails cite the plan's and the
// letter's numbers as the documents print them, in the Party's form too. Through the built program, read back.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { makeProject } from '../send/helpers.js';
import { ooxmlValidate } from './ooxml.js';
import { runBuilt } from './run-built.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const OUT = 'out/hoi-nghi';
const paragraphs = (file: string): string[] => all(openDocx(file).dom('word/document.xml'), 'p').map(paragraphText);
const subjects = async (dir: string): Promise<Map<string, string>> => {
  const folder = join(dir, OUT, 'thu-dien-tu');
  const names = readdirSync(folder).filter((n) => n.endsWith('.eml')).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, (await simpleParser(readFileSync(join(folder, n)))).subject ?? ''] as const)));
};

describe('document.type', () => {
  it('Thông báo: THÔNG BÁO and 05/TB-KHCN in the document, the distribution list and the e-mail', async () => {
    const { dir } = makeProject((data) => {
      data.document = { type: 'Thông báo', ...data.document };
    });
    made.push(dir);
    const build = await runBuilt(['build'], { cwd: dir });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const plan = paragraphs(join(dir, OUT, 'ke-hoach.docx'));
    expect(plan).toContain('THÔNG BÁO');
    expect(plan).not.toContain('KẾ HOẠCH');
    expect(plan).toContain('Số: 05/TB-KHCN');
    const list = paragraphs(join(dir, OUT, 'danh-sach-phat-hanh.docx')).join('\n');
    expect(list).toContain('(Kèm theo Thông báo số 05/TB-KHCN ngày');
    const verdict = await ooxmlValidate([join(dir, OUT, 'ke-hoach.docx'), join(dir, OUT, 'danh-sach-phat-hanh.docx')]);
    expect(verdict.ok, verdict.output).toBe(true);

    const send = await runBuilt(['send', '--dry-run'], { cwd: dir });
    expect(send.code, send.stdout + send.stderr).toBe(0);
    const mails = await subjects(dir);
    const planMail = [...mails].find(([name]) => name.startsWith('ke-hoach'));
    expect(planMail?.[1]).toMatch(/^Thông báo số 05\/TB-KHCN: /u);
    const letter = [...mails].find(([name]) => name.startsWith('giay-moi'));
    expect(letter?.[1]).toMatch(/^Giấy mời số \d+\/GM-KHCN: /u);
  });

  it('a Party body’s plan: the e-mails cite 05-KH/BDVTW as the document prints it, not 05/KH-BDVTW', async () => {
    const { dir } = makeProject((data) => {
      data.issuer = { ...data.issuer, parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG', name: 'BAN DÂN VẬN', abbreviation: 'BDVTW', style: 'dang', place: 'Hà Nội' };
    });
    made.push(dir);
    const build = await runBuilt(['build'], { cwd: dir });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(paragraphs(join(dir, OUT, 'ke-hoach.docx'))).toContain('Số 05-KH/BDVTW');
    const send = await runBuilt(['send', '--dry-run'], { cwd: dir });
    expect(send.code, send.stdout + send.stderr).toBe(0);
    const planMail = [...(await subjects(dir))].find(([name]) => name.startsWith('ke-hoach'));
    expect(planMail?.[1]).toMatch(/^Kế hoạch số 05-KH\/BDVTW: /u);
  });

  it('an unknown type is refused at its line with the types that exist', async () => {
    const { dir } = makeProject((data) => {
      data.document = { type: 'Báo cáo', ...data.document };
    });
    made.push(dir);
    const r = await runBuilt(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/hoi-nghi\.yaml:\d+:\d+/u);
    expect(r.stdout + r.stderr).toContain('Thông báo');
  });
});
