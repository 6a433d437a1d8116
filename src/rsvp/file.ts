import { basename, dirname, extname, join } from 'node:path';
import type { Cell, CellPosition, GridRow } from '../load/invitees/grid.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { parseDelegate, parseReplyTime, type Reply } from './reply.js';
import { parseStatus, parseVia, statusWord, statusWords, viaWord, viaWords, wordKey } from './vocabulary.js';

/** The replies of `plans/x.yaml` live beside it, in `plans/x-tra-loi.csv`. */
export const repliesPath = (planFile: string): string =>
  join(dirname(planFile), `${basename(planFile, extname(planFile))}-tra-loi.csv`);

/** One row of the replies file. */
export interface ReplyRow extends Reply {
  key: string;
  /** The invitee as printed when the row was last written: for the clerk's eye, and for re-matching a changed key. */
  label: string;
  /** Earlier replies, oldest first, one summary each, separated by ` | `. */
  history: string;
  /** Where the row is in the file (absent for rows made in this run). */
  line?: number;
}

export type Column = 'key' | 'label' | 'status' | 'delegate' | 'delegateTitle' | 'via' | 'when' | 'note' | 'history';

/** The headers we write, in order. */
export const HEADERS: Record<Column, string> = {
  key: 'Mã',
  label: 'Khách mời',
  status: 'Trả lời',
  delegate: 'Người dự thay',
  delegateTitle: 'Chức vụ người dự thay',
  via: 'Hình thức',
  when: 'Thời gian',
  note: 'Ghi chú',
  history: 'Lịch sử',
};

/** Headers read, beyond ours: what a clerk's own table of replies (for --import) tends to call its columns. */
const ALIASES: Record<Column, readonly string[]> = {
  key: ['Mã', 'Mã khách mời', 'Key'],
  label: ['Khách mời', 'Đơn vị', 'Cơ quan', 'Cơ quan, đơn vị', 'Họ và tên', 'Tên', 'Đại biểu', 'Invitee', 'Name', 'Organization'],
  status: ['Trả lời', 'Xác nhận', 'Tình trạng', 'Tham dự', 'Status', 'Reply'],
  delegate: ['Người dự thay', 'Người dự', 'Người được cử', 'Delegate'],
  delegateTitle: ['Chức vụ người dự thay', 'Chức vụ người dự', 'Chức vụ', 'Delegate title'],
  via: ['Hình thức', 'Hình thức trả lời', 'Qua', 'Via'],
  when: ['Thời gian', 'Ngày', 'Ngày trả lời', 'When', 'Date'],
  note: ['Ghi chú', 'Note'],
  history: ['Lịch sử', 'History'],
};
const COLUMN_BY_HEADER = new Map<string, Column>();
for (const [column, names] of Object.entries(ALIASES) as [Column, readonly string[]][]) {
  for (const name of names) if (!COLUMN_BY_HEADER.has(wordKey(name))) COLUMN_BY_HEADER.set(wordKey(name), column);
}

const range = (p: CellPosition) => ({ start: { line: p.line, column: p.column }, end: { line: p.endLine, column: p.endColumn } });

export interface TableRow {
  line: number;
  column: number;
  cells: Partial<Record<Column, { text: string; at: Cell }>>;
}

/**
 * The rows of a table of replies: the header row is the first of the first 20 with a status column (`Trả lời`,
 * `Tình trạng`, …); each later non-blank row maps its cells by header. No status column: an error at the first row.
 */
export function tableRows(file: string, grid: readonly GridRow[]): { rows: TableRow[]; columns: Set<Column>; diagnostics: Diagnostic[] } {
  const text = (cell: Cell | undefined): string => (cell?.value ?? '').normalize('NFC').trim();
  const filled = grid.filter((r) => r.cells.some((c) => text(c) !== ''));
  const header = filled.slice(0, 20).find((r) => r.cells.some((c) => COLUMN_BY_HEADER.get(wordKey(text(c))) === 'status'));
  if (!header) {
    const at = filled[0];
    return {
      rows: [], columns: new Set(),
      diagnostics: [{
        file, severity: 'error', ruleId: 'rsvp/file', messageId: 'rsvp/no-status-column',
        ...(at ? { range: { start: { line: at.line, column: 1 }, end: { line: at.line, column: 1 } } } : {}),
        params: { headers: Object.values(HEADERS).join(', ') },
      }],
    };
  }
  const columns: (Column | undefined)[] = header.cells.map((c) => COLUMN_BY_HEADER.get(wordKey(text(c))));
  // The sign-up sheet's own "Chức vụ" next to "Người dự thay" is the delegate's; without a delegate column it is not.
  const used = new Set<Column>();
  columns.forEach((c, i) => {
    if (c === undefined) return;
    if (used.has(c)) columns[i] = undefined;
    else used.add(c);
  });
  if (!used.has('delegate')) columns.forEach((c, i) => { if (c === 'delegateTitle') columns[i] = undefined; });
  const rows: TableRow[] = [];
  for (const row of grid) {
    if (row.line <= header.line || !row.cells.some((c) => text(c) !== '')) continue;
    const cells: TableRow['cells'] = {};
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      if (column && cell) cells[column] = { text: text(cell), at: cell };
    });
    rows.push({ line: row.line, column: row.column, cells });
  }
  return { rows, columns: new Set(columns.filter((c) => c !== undefined)), diagnostics: [] };
}

/**
 * A table row as a reply: the status word, the delegate, how and when. Words we do not know are errors at their cell
 * (a status) or warnings (a way of replying, a time we cannot read, which is then kept as written).
 */
export function rowReply(file: string, row: TableRow): { reply?: Reply; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const c = row.cells;
  const statusText = c.status?.text ?? '';
  const status = parseStatus(statusText);
  if (status === undefined) {
    diagnostics.push({ file, range: range(c.status!.at), severity: 'error', ruleId: 'rsvp/file', messageId: 'rsvp/bad-status', params: { value: statusText, allowed: statusWords() } });
    return { diagnostics };
  }
  const reply: Reply = { status };
  const delegateName = c.delegate?.text ?? '';
  if (delegateName) {
    const parsed = c.delegateTitle?.text ? { name: delegateName, title: c.delegateTitle.text } : parseDelegate(delegateName);
    reply.delegate = parsed;
  }
  if (status === 'delegate' && !reply.delegate) {
    diagnostics.push({ file, range: range(c.status!.at), severity: 'warning', ruleId: 'rsvp/file', messageId: 'rsvp/delegate-unnamed', params: {} });
  }
  const viaText = c.via?.text ?? '';
  if (viaText) {
    const via = parseVia(viaText);
    if (via) reply.via = via;
    else diagnostics.push({ file, range: range(c.via!.at), severity: 'warning', ruleId: 'rsvp/file', messageId: 'rsvp/bad-via', params: { value: viaText, allowed: viaWords() } });
  }
  const when = c.when?.text ?? '';
  if (when) {
    reply.when = when;
    if (!parseReplyTime(when)) diagnostics.push({ file, range: range(c.when!.at), severity: 'warning', ruleId: 'rsvp/file', messageId: 'rsvp/bad-time', params: { value: when } });
  }
  if (c.note?.text) reply.note = c.note.text;
  return { reply, diagnostics };
}

/** Reads our own replies file (already parsed to a grid): every row, with its key. A row without a key is an error. */
export function replyRows(file: string, grid: readonly GridRow[]): { rows: ReplyRow[]; diagnostics: Diagnostic[] } {
  const table = tableRows(file, grid);
  const diagnostics = [...table.diagnostics];
  if (table.diagnostics.length === 0 && !table.columns.has('key')) {
    diagnostics.push({ file, severity: 'error', ruleId: 'rsvp/file', messageId: 'rsvp/no-key-column', params: { header: HEADERS.key } });
    return { rows: [], diagnostics };
  }
  const rows: ReplyRow[] = [];
  for (const row of table.rows) {
    const key = row.cells.key?.text ?? '';
    if (key === '') {
      diagnostics.push({ file, range: { start: { line: row.line, column: 1 }, end: { line: row.line, column: 1 } }, severity: 'error', ruleId: 'rsvp/file', messageId: 'rsvp/row-no-key', params: { header: HEADERS.key } });
      continue;
    }
    const read = row.cells.status ? rowReply(file, row) : { reply: { status: 'no-reply' as const }, diagnostics: [] };
    diagnostics.push(...read.diagnostics);
    if (!read.reply) continue;
    rows.push({ ...read.reply, key, label: row.cells.label?.text ?? '', history: row.cells.history?.text ?? '', line: row.line });
  }
  return { rows, diagnostics };
}

/** A CSV field: quoted when it holds a separator, a quote, a line break or edge spaces (RFC 4180, as Excel writes). */
const field = (text: string): string => (/[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The replies file's bytes: UTF-8 with a BOM (so Excel reads the diacritics), comma separated, CRLF. */
export function serialiseReplies(rows: readonly ReplyRow[]): string {
  const lines = [Object.values(HEADERS).map(field).join(',')];
  for (const r of rows) {
    const cells: Record<Column, string> = {
      key: r.key,
      label: r.label,
      status: statusWord(r.status),
      delegate: r.delegate?.name ?? '',
      delegateTitle: r.delegate?.title ?? '',
      via: r.via ? viaWord(r.via) : '',
      when: r.when ?? '',
      note: r.note ?? '',
      history: r.history,
    };
    lines.push((Object.keys(HEADERS) as Column[]).map((c) => field(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
