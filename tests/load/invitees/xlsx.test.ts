import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInvitees, type InviteeLoad } from '../../../src/load/invitees/index.js';
import { ROOT } from '../../helpers/seed.js';
import { brief, tempFolder } from './helpers.js';

const tmp = tempFolder();
let workbookFile = '';

function loaded(result: InviteeLoad) {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.diagnostics)}`);
  return result;
}

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();

  // First sheet: a title row above the header, as clerks lay lists out, and every kind of cell value.
  const first = workbook.addWorksheet('Khách mời');
  first.addRow(['DANH SÁCH KHÁCH MỜI']);
  first.addRow(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Email', 'Nhóm']);
  first.addRow([1, 'Ông', 'Nguyễn Văn An', 'Giám đốc', 'Sở Y tế', { text: 'an@soyte.gov.vn', hyperlink: 'mailto:an@soyte.gov.vn' }, 12]);
  first.addRow([
    2,
    'Bà',
    { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị Bình' }] },
    { formula: 'UPPER("phó giám đốc")', result: 'PHÓ GIÁM ĐỐC' },
    ' Sở Tài chính '.normalize('NFD'),
    { text: 'Gửi thư', hyperlink: 'mailto:binh@stc.gov.vn?subject=Gi%E1%BA%A5y%20m%E1%BB%9Di' },
    0.1 + 0.2,
  ]);
  first.addRow([]);
  first.addRow([3, 'Ông', 'Lê Văn Cường', { formula: 'A1' }, 'Sở Nội vụ', 'cuong-at-snv.gov.vn', '']);
  first.getCell('G6').value = { error: '#N/A' };

  const second = workbook.addWorksheet('Đợt 2');
  second.addRow(['Name', 'Organization']);
  second.addRow(['Phạm Thị Dung', 'UBND tỉnh']);

  workbookFile = await tmp.write('list.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
});

describe('XLSX invitee lists', () => {
  it('reads the first sheet: numbers, rich text, formulas with results and hyperlink emails become plain NFC strings', async () => {
    const result = loaded(await loadInvitees(workbookFile));
    expect(result.invitees.slice(0, 2)).toEqual([
      {
        salutation: 'Ông',
        name: 'Nguyễn Văn An',
        title: 'Giám đốc',
        organization: 'Sở Y tế',
        email: 'an@soyte.gov.vn',
        group: '12',
        source: expect.objectContaining({ file: workbookFile, line: 3, column: 1 }),
      },
      {
        salutation: 'Bà',
        name: 'Trần Thị Bình',
        title: 'PHÓ GIÁM ĐỐC',
        organization: 'Sở Tài chính'.normalize('NFC'),
        email: 'binh@stc.gov.vn', // the display text is not an address: the mailto: link is used
        group: '0.3',
        source: expect.objectContaining({ file: workbookFile, line: 4, column: 1 }),
      },
    ]);
  });

  it('reports cell problems at spreadsheet row and 1-based column', async () => {
    const result = loaded(await loadInvitees(workbookFile));
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'warning',
        ruleId: 'data/cell',
        messageId: 'invitees/formula-no-result',
        line: 6,
        column: 4,
        params: { header: 'Chức vụ' },
      },
      {
        severity: 'error',
        ruleId: 'data/email',
        messageId: 'invitees/email-invalid',
        line: 6,
        column: 6,
        params: { header: 'Email', value: 'cuong-at-snv.gov.vn' },
      },
      {
        severity: 'warning',
        ruleId: 'data/cell',
        messageId: 'invitees/cell-error',
        line: 6,
        column: 7,
        params: { header: 'Nhóm', value: '#N/A' },
      },
    ]);
    expect(result.invitees).toHaveLength(2); // the row with the bad email is left out
  });

  it('reads a sheet by name, also ignoring case', async () => {
    for (const sheet of ['Đợt 2', 'ĐỢT 2', 'Đợt 2'.normalize('NFD')]) {
      const result = loaded(await loadInvitees(workbookFile, { sheet }));
      expect(result.diagnostics).toEqual([]);
      expect(result.invitees).toEqual([
        { name: 'Phạm Thị Dung', organization: 'UBND tỉnh', source: expect.objectContaining({ file: workbookFile, line: 2, column: 1 }) },
      ]);
    }
  });

  it('refuses a missing sheet name, listing the sheets there are', async () => {
    const result = await loadInvitees(workbookFile, { sheet: 'Đợt 3' });
    expect(result.ok).toBe(false);
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'error',
        ruleId: 'io/sheet',
        messageId: 'invitees/sheet-not-found',
        line: undefined,
        column: undefined,
        params: { sheet: 'Đợt 3', sheets: '“Khách mời”, “Đợt 2”' },
      },
    ]);
  });

  it('refuses corrupt workbooks, CSV text named .xlsx and old .xls files as unreadable', async () => {
    const original = await readFile(workbookFile);
    const cases: [string, Uint8Array, string][] = [
      ['truncated.xlsx', original.subarray(0, original.length >> 1), 'invitees/xlsx-corrupt'],
      ['text.xlsx', Buffer.from('Họ và tên,Đơn vị\nAn,Sở Y tế\n'), 'invitees/xlsx-corrupt'],
      ['empty.xlsx', new Uint8Array(), 'invitees/xlsx-corrupt'],
      ['old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'invitees/xlsx-legacy'],
    ];
    for (const [name, bytes, messageId] of cases) {
      const result = await loadInvitees(await tmp.write(name, bytes));
      expect(result, name).toMatchObject({ ok: false, diagnostics: [{ severity: 'error', ruleId: 'io/read', messageId }] });
    }
  });

  it('applies the same header rules as CSV: no name or organisation column is an error', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['Chức vụ', 'Địa chỉ'],
      ['Giám đốc', 'Hà Nội'],
    ]);
    const file = await tmp.write('no-name.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = loaded(await loadInvitees(file));
    expect(brief(result.diagnostics)).toMatchObject([
      { severity: 'error', messageId: 'invitees/no-name-column', line: 1, column: 1, params: { headers: '“Chức vụ”, “Địa chỉ”' } },
    ]);
  });
});

describe('start-up cost', () => {
  it('imports exceljs only inside the XLSX reader, dynamically', async () => {
    const folder = join(ROOT, 'src', 'load', 'invitees');
    for (const name of ['index.ts', 'csv.ts', 'rows.ts', 'headers.ts', 'fold.ts', 'grid.ts']) {
      const source = await readFile(join(folder, name), 'utf8');
      expect(source, name).not.toMatch(/from\s+['"]exceljs['"]/);
      expect(source, name).not.toMatch(/^import\s+(?!type\b)[^;]*['"]\.\/xlsx\.js['"]/m);
    }
    const xlsx = await readFile(join(folder, 'xlsx.ts'), 'utf8');
    expect(xlsx).not.toMatch(/^import\s+(?!type\b)[^;]*['"]exceljs['"]/m);
    expect(xlsx).toMatch(/await import\('exceljs'\)/);
  });
});
