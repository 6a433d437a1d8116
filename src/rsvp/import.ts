import { extname } from 'node:path';
import type { GridRow } from '../load/invitees/grid.js';
import { readBytes } from '../load/read-bytes.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { record, type Entry, type ReplyBook } from './book.js';
import { rowReply, tableRows } from './file.js';
import { findInvitee } from './find.js';

export interface ImportResult {
  /** Entries whose reply changed. */
  changed: Entry[];
  unchanged: number;
  diagnostics: Diagnostic[];
}

/** Reads a table of replies (CSV or XLSX) into grid rows; `ok: false` when the file cannot be read at all. */
export async function readTable(path: string, sheet?: string): Promise<{ ok: true; rows: GridRow[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] }> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    return { ok: false, diagnostics: [{ file: path, severity: 'error', ruleId: 'io/format', messageId: 'invitees/unsupported-format', params: { extension: extension || '(none)' } }] };
  }
  const file = await readBytes(path, 20 * 1024 * 1024);
  if (!file.ok) {
        return { ok: false, diagnostics: [{ file: path, severity: 'error', ruleId: 'io/read', messageId: `rsvp/read/${file.problem}`, params: { ...('size' in file ? { size: file.size, limit: file.limit } : {}), ...('code' in file ? { code: file.code } : {}) } }] };
  }
  if (extension === '.csv') {
    const { readCsv } = await import('../load/invitees/csv.js');
    return readCsv(path, file.bytes);
  }
  const { readXlsx } = await import('../load/invitees/xlsx.js');
  const read = await readXlsx(path, Buffer.from(file.bytes), sheet);
  return read.ok ? { ...read, diagnostics: [] } : read;
}

/**
 * Merges a table of replies into the book: each row finds its invitee by the `Mã` column, else by its `Khách mời` (or
 * `Đơn vị`, `Họ và tên`) cell as `plan rsvp` finds a name. A row that finds nobody, or several, is a warning at the
 * row and records nothing; rows saying `chưa trả lời` leave the reply there as it is. A row without a time takes
 * `defaultWhen` (`--at`), else stays without one: we do not know when it came.
 */
export function importReplies(file: string, grid: readonly GridRow[], book: ReplyBook, defaultWhen?: string): ImportResult {
  const table = tableRows(file, grid);
  const diagnostics = [...table.diagnostics];
  const changed = new Set<Entry>();
  let unchanged = 0;
  const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });
  const findable = book.entries.map((e) => ({ ...e, names: [e.invitee.name ?? '', e.invitee.organization ?? ''].filter(Boolean) }));
  for (const row of table.rows) {
    const read = rowReply(file, row);
    diagnostics.push(...read.diagnostics);
    if (!read.reply || read.reply.status === 'no-reply') continue;
    const key = row.cells.key?.text ?? '';
    const who = row.cells.label?.text ?? '';
    const byKey = key ? book.entries.find((e) => e.key === key || e.rekeyedFrom === key) : undefined;
    const found = byKey ? { kind: 'one' as const, item: byKey } : who ? findInvitee(who, findable) : { kind: 'none' as const, nearest: [] };
    if (found.kind !== 'one') {
      const candidates = found.kind === 'ambiguous' ? found.candidates : found.nearest;
      diagnostics.push({
        file, range: at(row.line), severity: 'warning', ruleId: 'rsvp/import',
        messageId: found.kind === 'ambiguous' ? 'rsvp/import-ambiguous' : 'rsvp/import-unknown',
        params: { who: who || key, candidates: candidates.map((c) => c.label).join('; ') },
      });
      continue;
    }
    const entry = book.entries.find((e) => e.key === found.item.key)!;
    const reply = read.reply.when || !defaultWhen ? read.reply : { ...read.reply, when: defaultWhen };
    if (record(entry, reply).changed) changed.add(entry);
    else unchanged++;
  }
  return { changed: [...changed], unchanged, diagnostics };
}
