import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadInvitees } from '../../../src/load/invitees/index.js';
import { MAX_XLSX_ROWS } from '../../../src/load/invitees/xlsx.js';
import { readZipDirectory } from '../../../src/load/zip-directory.js';
import { brief, tempFolder } from './helpers.js';

const tmp = tempFolder();
const SHEET = 'xl/worksheets/sheet1.xml';

async function parts(): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khách mời');
  sheet.addRow(['Họ và tên', 'Đơn vị']);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('the zip directory of a workbook', () => {
  it('gives every part with its inflated size, before anything is inflated', async () => {
    const p = await parts();
    const directory = readZipDirectory(zipSync(p));
    if (!directory.ok) throw new Error(directory.problem);
    expect(directory.entries.map((e) => e.name).sort()).toEqual(Object.keys(p).sort());
    expect(directory.uncompressedTotal).toBe(Object.values(p).reduce((sum, d) => sum + d.length, 0));
  });

  it('says when bytes are no zip at all', () => {
    expect(readZipDirectory(strToU8('Họ và tên;Đơn vị\n'))).toEqual({ ok: false, problem: 'not-zip' });
  });
});

describe('a sheet with more rows than an invitee list has', () => {
  it('is refused, naming the sheet, its rows and the limit', async () => {
    const p = await parts();
    const row = (n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>Khách ${n}</t></is></c></row>`;
    const rows = Array.from({ length: MAX_XLSX_ROWS }, (_, i) => row(i + 2)).join('');
    p[SHEET] = strToU8(strFromU8(p[SHEET]!).replace('</sheetData>', `${rows}</sheetData>`));
    const file = await tmp.write('many-rows.xlsx', zipSync(p, { level: 1 }));
    const result = await loadInvitees(file);
    expect(result.ok).toBe(false);
    expect(brief(result.diagnostics)).toMatchObject([
      { severity: 'error', messageId: 'invitees/xlsx-too-many-rows', params: { sheet: 'Khách mời', rows: MAX_XLSX_ROWS + 1, limit: MAX_XLSX_ROWS } },
    ]);
  });
});
