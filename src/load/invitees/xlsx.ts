import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Cell, GridRow } from './grid.js';
import { entriesKeepTheirSizes, readZipDirectory } from '../zip-directory.js';

/**
 * What a workbook of invitees may expand to. The CSV limit (20 MB) in XML is about this much; exceljs holds the
 * workbook in memory at roughly ten times its XML, so this also bounds the memory a crafted file can take.
 */
export const MAX_XLSX_UNZIPPED_BYTES = 64 * 1024 * 1024;
/** Rows of a sheet: an invitee list is a few thousand rows; far more is the wrong sheet or the wrong file. */
export const MAX_XLSX_ROWS = 20_000;

const MB = 1024 * 1024;

export type XlsxRead = { ok: true; rows: GridRow[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads the first worksheet, or the one named `sheet`, of an .xlsx workbook. exceljs is loaded here and only
 * here, so commands that never open a spreadsheet do not pay for it at start-up.
 */
export async function readXlsx(file: string, bytes: Buffer, sheet?: string): Promise<XlsxRead> {
  const fail = (ruleId: string, messageId: string, params?: Record<string, string | number>): XlsxRead => {
    const d: Diagnostic = { file, severity: 'error', ruleId, messageId };
    if (params) d.params = params;
    return { ok: false, diagnostics: [d] };
  };
  // Old binary .xls and password-protected .xlsx are both OLE compound files, not zip archives.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fail('io/read', 'invitees/xlsx-legacy');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return fail('io/read', 'invitees/xlsx-corrupt');

  // The zip's own directory says how large the parts are once inflated: checked before any parser sees them, and each
  // part is held to its claim, so a small file that inflates to gigabytes is refused in milliseconds.
  const directory = readZipDirectory(bytes);
  if (!directory.ok && directory.problem === 'not-zip') return fail('io/read', 'invitees/xlsx-corrupt');
  const total = directory.ok ? directory.uncompressedTotal : Number.POSITIVE_INFINITY;
  if (total > MAX_XLSX_UNZIPPED_BYTES) {
    return fail('io/read', 'invitees/xlsx-too-large', {
      size: Number.isFinite(total) ? Math.ceil(total / MB) : '> 4096',
      limit: MAX_XLSX_UNZIPPED_BYTES / MB,
    });
  }
  if (directory.ok && !entriesKeepTheirSizes(bytes, directory.entries)) return fail('io/read', 'invitees/xlsx-corrupt');

  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Buffer<ArrayBufferLike>; the runtime takes any Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    return fail('io/read', 'invitees/xlsx-corrupt');
  }

  const sheets = workbook.worksheets;
  let worksheet: Worksheet | undefined;
  if (sheet === undefined) {
    worksheet = sheets[0];
    if (worksheet === undefined) return fail('io/read', 'invitees/xlsx-no-sheets');
  } else {
    const wanted = sheet.normalize('NFC').trim();
    worksheet =
      sheets.find((ws) => ws.name.normalize('NFC') === wanted) ??
      // Excel itself treats sheet names case-insensitively.
      sheets.find((ws) => ws.name.normalize('NFC').toLocaleLowerCase('vi') === wanted.toLocaleLowerCase('vi'));
    if (worksheet === undefined) {
      return fail('io/sheet', 'invitees/sheet-not-found', {
        sheet,
        sheets: sheets.map((ws) => `“${ws.name}”`).join(', '),
      });
    }
  }

  if (worksheet.actualRowCount > MAX_XLSX_ROWS) {
    return fail('io/read', 'invitees/xlsx-too-many-rows', { sheet: worksheet.name, rows: worksheet.actualRowCount, limit: MAX_XLSX_ROWS });
  }

  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const converted = convert(cell.value);
      const out: Cell = { value: converted.text, line: rowNumber, column: columnNumber, endLine: rowNumber, endColumn: columnNumber };
      if (converted.mailto !== undefined) out.mailto = converted.mailto;
      if (converted.issue !== undefined) out.issue = converted.issue;
      cells[columnNumber - 1] = out;
    });
    rows.push({ line: rowNumber, column: 1, cells });
  });
  return { ok: true, rows };
}

interface Converted {
  text: string;
  mailto?: string;
  issue?: Cell['issue'];
}

/** Any Excel cell value as the plain string the clerk sees. */
function convert(value: CellValue): Converted {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  // Excel keeps 17 significant digits but shows 15; 0.1+0.2 should read as 0.3.
  if (typeof value === 'number') return { text: String(Number(value.toPrecision(15))) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: formatDate(value) };
  if ('error' in value) return { text: '', issue: { kind: 'error-value', error: value.error } };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) {
    // The display text may itself be rich text.
    const text = convert(value.text as CellValue).text;
    const link = typeof value.hyperlink === 'string' ? value.hyperlink : '';
    const mailto = /^mailto:/i.test(link) ? decodeURIComponentSafe(link.slice(7).split('?')[0] ?? '') : undefined;
    return mailto === undefined ? { text } : { text, mailto };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', issue: { kind: 'formula-no-result' } };
    return convert(result);
  }
  return { text: String(value) };
}

/** Dates as Vietnamese write them. exceljs reads Excel serial dates as UTC midnight. */
function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${pad(h)}:${pad(m)} ${day}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
