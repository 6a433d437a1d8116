// Input files the end-to-end rows write into their project folder: invitee lists as clerks' tools save them, and the
// example plan pointed at one of them. Each is made here, by the test, never kept as a binary fixture.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';
import { ROOT } from './run-built.js';

export const EXAMPLE = 'plans/hoi-nghi-giao-ban-2018.yaml';
/** The seed plan as first written, slips and all: the rows about findings check it (copy SEED_FOLDER in). */
export { SEED_RELATIVE as SEED } from '../helpers/seed.js';
export const SEED_FOLDER = 'tests/fixtures/seed';
/** The plan the data rows build: the example, its invitees taken from a list file. */
export const DATA_PLAN = 'plans/hoi-nghi.yaml';

export const HEADER = ['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Email', 'Địa chỉ', 'Nhóm'];
/** Three invitees in groups the example invites; the second has no e-mail address. */
export const ROWS = [
  ['1', 'Ông', 'Nguyễn Văn An', 'Chủ tịch Hội đồng', 'Hội đồng KH&CN Sở Y tế', 'an@example.vn', 'Số 1 Hoàng Văn Thụ', 'hoi-dong-so'],
  ['2', 'Bà', 'Trần Thị Bình', 'Thư ký', 'Hội đồng KH&CN huyện Yên Thế', '', 'Thị trấn Cầu Gồ', 'hoi-dong-huyen'],
  ['3', 'Ông', 'Lê Văn Cường', 'Hiệu trưởng', 'Trường Cao đẳng Ngô Gia Tự', 'cuong@example.vn', '', 'truong'],
];

/** plans/hoi-nghi.yaml: the example, changed by `edit`. */
export function writePlan(dir: string, edit: (plan: Record<string, any>) => void): void {
  const plan = parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as Record<string, any>;
  edit(plan);
  writeFileSync(join(dir, DATA_PLAN), `# yaml-language-server: $schema=../schema/plan.schema.json\n${stringify(plan, { lineWidth: 0 })}`);
}

/** The example with `invitations.data` naming `data` (relative to plans/) instead of its own list. */
export function writeDataPlan(dir: string, data: string, sheet?: string): void {
  writePlan(dir, (plan) => {
    delete plan.invitations.invitees;
    plan.invitations.data = data;
    if (sheet !== undefined) plan.invitations.sheet = sheet;
  });
}

/** A CSV as Excel's "CSV UTF-8" writes it on a Vietnamese Windows: a byte-order mark, semicolons, CRLF. */
export function excelCsv(rows: string[][] = ROWS, header: string[] = HEADER): Buffer {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/**
 * The same list saved as plain "CSV" by Excel on a Vietnamese Windows: Windows-1258. Only the letters below occur in
 * it; each becomes its Windows-1258 byte (a tone mark is a separate combining byte there).
 */
export function windows1258Csv(): Buffer {
  const BYTES: Record<string, number[]> = { Ô: [0xd4], ư: [0xfd], ơ: [0xf5], ê: [0xea], ă: [0xe3], à: [0xe0], 'ễ': [0xea, 0xde], 'ờ': [0xf5, 0xcc] };
  const text = 'STT;Danh xưng;Họ và tên;Đơn vị;Nhóm\r\n1;Ông;Nguyễn Văn An;Hội đồng Y tế;hoi-dong-so\r\n'.normalize('NFC');
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(BYTES[ch] ?? [0xbf])); // anything else: a byte that is not UTF-8 on its own either
  }
  return Buffer.from(out);
}

export interface WorkbookShape {
  /** Sheets before the list, as a clerk's workbook often has (a cover, instructions). */
  before?: string[];
  /** The list's sheet name. */
  sheet?: string;
  /** A title merged across the columns above the header row, as "DANH SÁCH KHÁCH MỜI" usually is. */
  title?: string;
}

/** An .xlsx of the invitee list, written by exceljs. */
export async function workbook(shape: WorkbookShape = {}, rows: string[][] = ROWS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of shape.before ?? []) wb.addWorksheet(name).addRow(['Hướng dẫn: danh sách ở trang tính sau.']);
  const ws = wb.addWorksheet(shape.sheet ?? 'Sheet1');
  if (shape.title !== undefined) {
    ws.addRow([shape.title]);
    ws.mergeCells(1, 1, 1, HEADER.length);
  }
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r.map((cell, i) => (i === 0 ? Number(cell) : cell)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
