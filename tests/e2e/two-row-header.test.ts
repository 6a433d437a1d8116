// Issue 13, defect 4: an Excel table whose header spans two rows (a merged "Liên hệ" over "Email" and "Địa chỉ", the
// other headers merged down over both rows) was read as a one-row header: its second row became an invitee and the
// contact columns were dropped. The header is now read as two rows, or refused with the rows to merge.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { all as allOf, openDocx, paragraphText } from '../helpers/docx.js';
import { ooxmlValidate } from './ooxml.js';
import { project, runBuilt, STACK_TRACE, type BuiltRun } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';
const OUT = 'out/hoi-nghi-giao-ban-2018';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PEOPLE = [
  ['1', 'Ông', 'Nguyễn Văn An', 'Giám đốc', 'Sở Y tế', 'an@soyte.gov.vn', 'Số 1 Lý Tự Trọng'],
  ['2', 'Bà', 'Trần Thị Bình', 'Phó Giám đốc', 'Sở Tài chính', 'binh@stc.gov.vn', 'Số 2 Lý Tự Trọng'],
  ['3', 'Ông', 'Lê Văn Cường', 'Chủ tịch', 'UBND huyện Yên Thế', 'cuong@yenthe.gov.vn', 'Thị trấn Cầu Gồ'],
];

/** The table as clerks make it: a merged title, a two-row header with “Liên hệ” over Email and Địa chỉ. */
async function twoRowWorkbook(options: { split?: boolean; repeatHeader?: boolean } = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khách mời');
  sheet.addRow(['DANH SÁCH KHÁCH MỜI']);
  sheet.mergeCells('A1:G1');
  if (options.split) {
    sheet.addRow(['STT', 'Danh xưng', 'Họ và tên', '', 'Đơn vị', 'Liên hệ', '']);
    sheet.addRow(['', '', 'Họ đệm', 'Tên', '', 'Email', 'Địa chỉ']);
    sheet.mergeCells('C2:D2');
  } else {
    sheet.addRow(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Liên hệ', '']);
    sheet.addRow(['', '', '', '', '', 'Email', 'Địa chỉ']);
    for (const column of ['A', 'B', 'C', 'D', 'E']) sheet.mergeCells(`${column}2:${column}3`);
  }
  sheet.mergeCells('F2:G2');
  PEOPLE.forEach((person, i) => {
    sheet.addRow(person);
    if (options.repeatHeader && i === 0) sheet.addRow(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Email', 'Địa chỉ']);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same table saved by Excel as CSV: a merged cell keeps its text in the first cell only. */
const twoRowCsv = (): string =>
  `\uFEFF${[
    ['DANH SÁCH KHÁCH MỜI', '', '', '', '', '', ''],
    ['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Liên hệ', ''],
    ['', '', '', '', '', 'Email', 'Địa chỉ'],
    ...PEOPLE,
  ]
    .map((r) => r.join(';'))
    .join('\r\n')}\r\n`;

function projectWith(dataName: string, data: string | Uint8Array): string {
  const dir = project(['plans', 'templates', 'schema'], 'plan-e2e-header-');
  made.push(dir);
  const doc = parseDocument(readFileSync(join(dir, PLAN), 'utf8'));
  doc.deleteIn(['invitations', 'invitees']);
  doc.setIn(['invitations', 'data'], `../${dataName}`);
  writeFileSync(join(dir, PLAN), doc.toString());
  writeFileSync(join(dir, dataName), data);
  return dir;
}

const say = (r: BuiltRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
const lettersIn = (dir: string): string[] =>
  readdirSync(join(dir, OUT, 'giay-moi')).filter((f) => f.endsWith('.docx')).sort().map((f) => join(dir, OUT, 'giay-moi', f));
const textOf = (file: string): string => allOf(openDocx(file).dom('word/document.xml'), 'p').map(paragraphText).join('\n');

describe.each([
  ['XLSX with merged cells', 'khach-moi.xlsx', () => twoRowWorkbook()],
  ['CSV saved from it', 'khach-moi.csv', async () => twoRowCsv()],
])('a two-row header (%s)', (_label, dataName, make) => {
  it('send --dry-run: one letter per person, none for the header, each e-mailed to the Email under “Liên hệ”', async () => {
    const cwd = projectWith(dataName, await make());
    const r = await runBuilt(['send', PLAN, '--dry-run'], { cwd, env: { PLAN_SMTP_FROM: 'vanthu@example.gov.vn' } });
    expect(r.code, say(r)).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr, say(r)).not.toMatch(/Liên hệ|invitees\/unknown-header|unnamed-column/);
    const letters = lettersIn(cwd);
    expect(letters).toHaveLength(PEOPLE.length);
    const texts = letters.map(textOf);
    for (const text of texts) expect(text).not.toMatch(/Họ và tên|Danh xưng/);
    PEOPLE.forEach((person, i) => expect(texts[i]).toContain(person[2]));
    const mails = readdirSync(join(cwd, OUT, 'thu-dien-tu')).map((f) => readFileSync(join(cwd, OUT, 'thu-dien-tu', f), 'utf8'));
    for (const person of PEOPLE) expect(mails.some((m) => m.includes(`<${person[5]}>`)), person[5]).toBe(true);
    const verdict = await ooxmlValidate(letters);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});

describe('a two-row header that cannot be read safely', () => {
  it('check: “Họ và tên” split over “Họ đệm” and “Tên” stops with the rows to merge', async () => {
    const r = await runBuilt(['check', PLAN], { cwd: projectWith('khach-moi.xlsx', await twoRowWorkbook({ split: true })) });
    expect(r.code, say(r)).toBe(1);
    expect(r.stderr, say(r)).toMatch(/khach-moi\.xlsx:2:3\b.*gộp hai dòng 2 và 3 thành một dòng tiêu đề/);
  });
});

describe('a header row repeated among the invitees', () => {
  it('build: is skipped with a warning at its row, never made into a letter', async () => {
    const cwd = projectWith('khach-moi.xlsx', await twoRowWorkbook({ repeatHeader: true }));
    const r = await runBuilt(['build', PLAN], { cwd });
    expect(r.code, say(r)).toBe(0);
    expect(r.stderr, say(r)).toMatch(/khach-moi\.xlsx:5:1\b.*lặp lại tên các cột/);
    expect(lettersIn(cwd)).toHaveLength(PEOPLE.length);
  });
});
