import { resolveInvitees } from '../load/invitees/resolve.js';
import { readBytes } from '../load/read-bytes.js';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { reconcile, type ReplyBook } from './book.js';
import { replyRows, repliesPath } from './file.js';

export type BookLoad =
  | { ok: true; book: ReplyBook; path: string; exists: boolean; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A replies file is one row per invitee: a few hundred kilobytes at most. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * The plan's invitees (as the letters list them) paired with the replies file beside the plan; a missing file is a
 * book of `chưa trả lời` rows. An unreadable file gives `io` diagnostics (exit 2); rows with errors make the load not ok (nothing may
 * be written over a file we could not read whole). Rows whose invitee is gone are reported as warnings.
 */
export async function loadBook(model: PlanModel, planFile: string): Promise<BookLoad> {
  const invitees = await resolveInvitees(model, planFile);
  if (!invitees.ok) return invitees;
  const path = repliesPath(planFile);
  const file = await readBytes(path, MAX_BYTES);
  if (!file.ok && file.problem === 'not-found') {
    return { ok: true, book: reconcile(invitees.invitees, []), path, exists: false, diagnostics: invitees.diagnostics };
  }
  if (!file.ok) {
        return { ok: false, diagnostics: [{ file: path, severity: 'error', kind: 'io', ruleId: 'io/read', messageId: `rsvp/read/${file.problem}`, params: { ...('size' in file ? { size: file.size, limit: file.limit } : {}), ...('code' in file ? { code: file.code } : {}) } }] };
  }
  const { readCsv } = await import('../load/invitees/csv.js');
  const grid = readCsv(path, file.bytes);
  if (!grid.ok) return { ok: false, diagnostics: grid.diagnostics.map((d) => ({ ...d, kind: d.kind ?? 'io' })) };
  const read = replyRows(path, grid.rows);
  const diagnostics = [...invitees.diagnostics, ...grid.diagnostics, ...read.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const book = reconcile(invitees.invitees, read.rows);
  for (const orphan of book.orphans) diagnostics.push(orphanDiagnostic(path, orphan));
  return { ok: true, book, path, exists: true, diagnostics };
}

export const orphanDiagnostic = (path: string, row: { key: string; label: string; line?: number }): Diagnostic => ({
  file: path,
  ...(row.line ? { range: { start: { line: row.line, column: 1 }, end: { line: row.line, column: 1 } } } : {}),
  severity: 'warning',
  ruleId: 'rsvp/orphan',
  messageId: 'rsvp/orphan',
  params: { key: row.key, who: row.label || row.key },
});
