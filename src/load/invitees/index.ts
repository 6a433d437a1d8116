import { extname } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { readBytes } from '../read-bytes.js';
import { rowsToInvitees, type InviteeRecord } from './rows.js';

export type { InviteeRecord } from './rows.js';

/**
 * `ok: false` means the file could not be read at all (missing, a directory, not UTF-8, not a workbook,
 * no such sheet): the CLI exits 2. Otherwise the rows were read and `diagnostics` says what is wrong with
 * them (errors: exit 1); rows with an error are not in `invitees`.
 */
export type InviteeLoad =
  | { ok: true; invitees: InviteeRecord[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface InviteeLoadOptions {
  /** XLSX only: the worksheet to read (default: the first). */
  sheet?: string;
}

/** An invitee list is a few thousand rows at most; a larger file is the wrong file. */
export const MAX_DATA_BYTES = 20 * 1024 * 1024;

/** Reads invitees from a `--data` file: `.csv` (UTF-8, `,` `;` or tab) or `.xlsx`. */
export async function loadInvitees(path: string, options: InviteeLoadOptions = {}): Promise<InviteeLoad> {
  const fail = (ruleId: string, messageId: string, params?: Record<string, string | number>): InviteeLoad => {
    const d: Diagnostic = { file: path, severity: 'error', ruleId, messageId };
    if (params) d.params = params;
    return { ok: false, diagnostics: [d] };
  };

  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    return fail('io/format', 'invitees/unsupported-format', { extension: extension || '(none)' });
  }

  const file = await readBytes(path, MAX_DATA_BYTES);
  if (!file.ok) {
    if (file.problem === 'too-large') return fail('io/read', 'invitees/too-large', { size: file.size, limit: file.limit });
    if (file.problem === 'read-failed') return fail('io/read', 'invitees/read-failed', { code: file.code });
    return fail('io/read', { 'not-found': 'invitees/not-found', 'is-directory': 'invitees/is-directory', permission: 'invitees/permission' }[file.problem]);
  }
  const bytes = file.bytes;
  const key = `${options.sheet ?? ''}\0${path}`;
  if (last?.key === key && last.bytes.equals(bytes)) return copyOf(last.load);
  const load = await readRows(path, extension, bytes, options);
  last = { key, bytes, load };
  return copyOf(load);
}

/**
 * The last file read, and what it gave: `plan invite` and `plan build` read the list once for the plan's rules
 * (engine/check-plan.ts) and again for the letters, and for a thousand rows the second reading cost as much as all
 * the letters' filling. Same path, sheet and bytes give the same rows, so the bytes are read again (a file changed
 * meanwhile, as under `--watch`, is read anew) but parsed once.
 */
let last: { key: string; bytes: Buffer; load: InviteeLoad } | undefined;

/** New arrays each time: callers may add to them; the records and diagnostics themselves are not changed by anyone. */
const copyOf = (load: InviteeLoad): InviteeLoad =>
  load.ok ? { ok: true, invitees: [...load.invitees], diagnostics: [...load.diagnostics] } : { ok: false, diagnostics: [...load.diagnostics] };

async function readRows(path: string, extension: string, bytes: Buffer, options: InviteeLoadOptions): Promise<InviteeLoad> {
  // Each reader loads with its parser only when a plan names such a file: most plans list their invitees inline.
  if (extension === '.csv') {
    const { readCsv } = await import('./csv.js');
    const read = readCsv(path, bytes);
    if (!read.ok) return read;
    const { invitees, diagnostics } = read.diagnostics.some((d) => d.severity === 'error')
      ? { invitees: [], diagnostics: [] }
      : rowsToInvitees(path, read.rows);
    return { ok: true, invitees, diagnostics: [...read.diagnostics, ...diagnostics] };
  }

  const { readXlsx } = await import('./xlsx.js');
  const read = await readXlsx(path, bytes, options.sheet);
  if (!read.ok) return read;
  return { ok: true, ...rowsToInvitees(path, read.rows) };
}
