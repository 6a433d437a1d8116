import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Cell, GridRow } from './grid.js';
import { decodeUtf8 } from '../../text/decode-utf8.js';

export type CsvRead = { ok: true; rows: GridRow[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

type Delimiter = ',' | ';' | '\t';

/**
 * Reads a CSV as Excel saves it: UTF-8 with or without BOM, CRLF or LF, comma, semicolon (Vietnamese
 * regional settings) or tab separated, optionally with Excel's `sep=;` first line. Anything that is not
 * UTF-8 text is refused (`ok: false`) with a hint to save as "CSV UTF-8"; quoting mistakes are data errors.
 */
export function readCsv(file: string, bytes: Uint8Array): CsvRead {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  // One line break everywhere; line numbers are unchanged and cells with CRLF inside read as "\n".
  let text = decoded.text.replace(/\r\n?/g, '\n');

  let delimiter: Delimiter | undefined;
  const sep = /^sep=([,;\t|])[ \t]*(?=\n|$)/i.exec(text);
  if (sep) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length); // keeps the line break: an empty first line, skipped like any empty row
  }
  delimiter ??= detectDelimiter(text);

  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      raw: true,
      info: true,
    }) as unknown as { record: string[]; raw: string }[]; // csv-parse's typings ignore `raw`/`info`
  } catch (error) {
    return { ok: true, rows: [], diagnostics: [syntaxDiagnostic(file, text, delimiter, error)] };
  }

  const lines = lineStarts(text);
  const rows: GridRow[] = [];
  let offset = 0;
  for (const { record, raw } of records) {
    const aligned = text.startsWith(raw, offset);
    const starts = aligned ? cellSpans(raw, delimiter) : [];
    const rowStart = toPosition(lines, offset);
    const cells: Cell[] = record.map((value, index) => {
      const span = starts.length === record.length ? starts[index] : undefined;
      const start = span ? toPosition(lines, offset + span.start) : rowStart;
      const end = span ? toPosition(lines, offset + span.end) : rowStart;
      return { value, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
    rows.push({ line: rowStart.line, column: rowStart.column, cells });
    offset += raw.length;
  }
  return { ok: true, rows, diagnostics: [] };
}

type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function decode(file: string, bytes: Uint8Array): Decoded {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  const diagnostic: Diagnostic = { file, severity: 'error', ruleId: 'io/encoding', messageId: '', params: {} };
  if (decoded.problem === 'utf16') return { ok: false, diagnostic: { ...diagnostic, messageId: 'invitees/encoding-utf16', params: { encoding: decoded.encoding } } };
  const { line } = decoded;
  return {
    ok: false,
    diagnostic: {
      ...diagnostic,
      messageId: decoded.problem === 'binary' ? 'invitees/encoding-binary' : 'invitees/encoding-not-utf8',
      params: { line },
      range: { start: { line, column: 1 }, end: { line, column: 1 } },
    },
  };
}

/** The delimiter Excel used, judged from the header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const header = text.replace(/^\n+/, '');
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Start and end (exclusive) offsets of each cell in one raw record, following the quoting rules csv-parse applies. */
function cellSpans(raw: string, delimiter: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
  let i = 0;
  for (;;) {
    const start = i;
    if (body[i] === '"') {
      i++;
      while (i < body.length) {
        if (body[i] === '"' && body[i + 1] === '"') i += 2;
        else if (body[i] === '"') {
          i++;
          break;
        } else i++;
      }
    }
    while (i < body.length && body[i] !== delimiter) i++;
    spans.push({ start, end: i });
    if (i >= body.length) return spans;
    i++; // the delimiter
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function syntaxDiagnostic(file: string, text: string, delimiter: string, error: unknown): Diagnostic {
  const e = error as { code?: string; lines?: number };
  const quoteNotClosed = e.code === 'CSV_QUOTE_NOT_CLOSED';
  let position = { line: typeof e.lines === 'number' ? e.lines : 1, column: 1 };
  if (quoteNotClosed) {
    const open = unclosedQuote(text, delimiter);
    if (open !== undefined) position = toPosition(lineStarts(text), open);
  }
  return {
    file,
    severity: 'error',
    ruleId: 'data/csv',
    messageId: quoteNotClosed ? 'invitees/csv-quote-not-closed' : 'invitees/csv-syntax',
    params: quoteNotClosed ? {} : { code: e.code ?? 'unknown' },
    range: { start: position, end: position },
  };
}

/** Offset of the quote that opens a cell and is never closed, if any. */
function unclosedQuote(text: string, delimiter: string): number | undefined {
  let atCellStart = true;
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open !== undefined) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') open = undefined;
      continue;
    }
    if (atCellStart && ch === '"') {
      open = i;
      atCellStart = false;
      continue;
    }
    atCellStart = ch === delimiter || ch === '\n';
  }
  return open;
}
