import type { Diagnostic, Range, Severity } from '../../core/diagnostic.js';
import type { Invitee } from '../../model/source.js';
import type { Cell, CellPosition, GridRow } from './grid.js';
import { matchHeader, type InviteeField } from './headers.js';
import { readHeaderRows, repeatsHeader } from './header-rows.js';
import { codePointLabel, XML_FORBIDDEN } from '../../text/control-characters.js';
import { isEmail } from '../../text/email.js';

export interface InviteeRecord extends Invitee {
  /** Where the row starts in the data file (spreadsheet row / CSV line, and column), and each filled field's cell. */
  source: { file: string; line: number; column: number; cells: Partial<Record<InviteeField, Range>> };
}

/** How far down the header row may be (a title such as "DANH SÁCH KHÁCH MỜI" often sits above it). */
const HEADER_SEARCH_ROWS = 20;

/** A question mark between letters: never Vietnamese, always a letter lost to a legacy encoding. */
const LOST_ACCENT = /\p{L}\?+\p{L}/u;

export const normalise = (text: string): string => text.normalize('NFC').trim();


const rangeOf = (p: CellPosition) => ({
  start: { line: p.line, column: p.column },
  end: { line: p.endLine, column: p.endColumn },
});

/**
 * Turns a grid of cells into invitees: finds the header row, maps headers to fields, checks every row.
 * Rows with an error are left out of `invitees` (the diagnostics say why).
 */
export function rowsToInvitees(file: string, rows: readonly GridRow[]): { invitees: InviteeRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (
    severity: Severity,
    ruleId: string,
    messageId: string,
    at: CellPosition | undefined,
    params?: Record<string, string | number>,
  ): void => {
    const d: Diagnostic = { file, severity, ruleId, messageId };
    if (at) d.range = rangeOf(at);
    if (params) d.params = params;
    diagnostics.push(d);
  };
  const rowPosition = (row: GridRow): CellPosition => ({
    line: row.line,
    column: row.column,
    endLine: row.line,
    endColumn: row.column,
  });
  // A file once saved as Windows-1252 (Excel's plain "CSV") has "?" where each Vietnamese letter was: "Nguy?n V?n An".
  // The letters are gone from this file, so saving it again cannot bring them back: one message, at the first such cell.
  const lostAccents = rows.flatMap((row) => row.cells).filter((cell): cell is Cell => cell !== undefined && LOST_ACCENT.test(cell.value));
  if (lostAccents.length > 0) {
    report('error', 'invitees/lost-accents', 'invitees/lost-accents', lostAccents[0], { text: lostAccents[0]!.value, count: lostAccents.length });
  }
  // Control characters pasted from PDFs would make Word refuse the letters: removed here, with a warning at the cell.
  rows = rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) => {
      if (cell === undefined) return cell;
      const found = cell.value.match(XML_FORBIDDEN) ?? cell.mailto?.match(XML_FORBIDDEN);
      if (!found) return cell;
      report('warning', 'text/control-character', 'text/control-character', cell, { code: codePointLabel(found[0]) });
      const clean: Cell = { ...cell, value: cell.value.replace(XML_FORBIDDEN, '') };
      if (cell.mailto !== undefined) clean.mailto = cell.mailto.replace(XML_FORBIDDEN, '');
      return clean;
    }),
  }));
  const text = (cell: Cell | undefined): string => (cell ? normalise(cell.value) : '');
  const isBlank = (row: GridRow): boolean => row.cells.every((c) => text(c) === '' && !c?.mailto);

  const filled = rows.filter((row) => !isBlank(row));
  const first = filled[0];
  if (first === undefined) {
    report('error', 'data/header', 'invitees/empty-file', undefined);
    return { invitees: [], diagnostics };
  }

  const identifies = (row: GridRow): boolean =>
    row.cells.some((cell) => {
      const m = matchHeader(text(cell));
      return m.kind === 'field' && (m.field === 'name' || m.field === 'organization');
    });
  const header = filled.slice(0, HEADER_SEARCH_ROWS).find(identifies) ?? first;

  const after = filled[filled.indexOf(header) + 1];
  const layout = readHeaderRows(header, after && rows.indexOf(after) === rows.indexOf(header) + 1 ? after : undefined);
  if (!layout.ok) {
    report('error', 'data/header', 'invitees/header-split', layout.cell, {
      header: layout.header,
      first: header.line,
      second: layout.second.line,
    });
    return { invitees: [], diagnostics };
  }
  const { columns } = layout;

  // Map columns to fields.
  const fields: (InviteeField | undefined)[] = [];
  const headerText: string[] = [];
  const mapped = new Map<InviteeField, string>();
  const unknown: { cell: Cell; params: Record<string, string> }[] = [];
  const duplicates: { cell: Cell; params: Record<string, string> }[] = [];
  const ignored = new Set<number>();
  columns.forEach((column, index) => {
    if (column === undefined) return;
    const { name, match: m, cell } = column;
    headerText[index] = name;
    if (m.kind === 'field') {
      const earlier = mapped.get(m.field);
      if (earlier !== undefined) {
        duplicates.push({ cell, params: { header: name, first: earlier } });
        ignored.add(index);
      } else {
        mapped.set(m.field, name);
        fields[index] = m.field;
      }
    } else if (m.kind === 'ignored') {
      ignored.add(index);
    } else if (m.kind === 'unknown') {
      ignored.add(index);
      unknown.push({ cell, params: m.suggestion === undefined ? { header: name } : { header: name, suggestion: m.suggestion } });
    }
  });

  if (!mapped.has('name') && !mapped.has('organization')) {
    const headers = headerText.filter((h) => h !== '').map((h) => `“${h}”`).join(', ');
    report('error', 'data/header', 'invitees/no-name-column', rowPosition(header), { headers });
    return { invitees: [], diagnostics };
  }
  for (const { cell, params } of unknown) {
    report('warning', 'data/header', params.suggestion === undefined ? 'invitees/unknown-header' : 'invitees/unknown-header-suggest', cell, params);
  }
  for (const { cell, params } of duplicates) report('warning', 'data/header', 'invitees/duplicate-header', cell, params);

  const invitees: InviteeRecord[] = [];
  const unnamedReported = new Set<number>();

  for (const row of rows) {
    if (row.line <= layout.lastLine || isBlank(row)) continue;
    if (repeatsHeader(row, columns)) {
      report('warning', 'data/header', 'invitees/header-row-skipped', rowPosition(row));
      continue;
    }
    const invitee: Invitee = {};
    const cells: Partial<Record<InviteeField, Range>> = {};
    let failed = false;
    row.cells.forEach((cell, index) => {
      if (cell === undefined) return;
      const field = fields[index];
      const value = text(cell);
      const headerName = headerText[index] ?? '';
      if (cell.issue?.kind === 'formula-no-result') {
        report('warning', 'data/cell', 'invitees/formula-no-result', cell, { header: headerName });
      } else if (cell.issue?.kind === 'error-value') {
        report('warning', 'data/cell', 'invitees/cell-error', cell, { header: headerName, value: cell.issue.error });
      }
      if (field === undefined) {
        if (value !== '' && !ignored.has(index) && !unnamedReported.has(index)) {
          unnamedReported.add(index);
          report('warning', 'data/header', 'invitees/unnamed-column', cell, { column: index + 1, value });
        }
        return;
      }
      if (field === 'email') {
        let email = value.replace(/^mailto:/i, '');
        const linked = cell.mailto === undefined ? undefined : normalise(cell.mailto);
        if (!email.includes('@') && linked !== undefined && linked !== '') email = linked;
        if (email === '') return;
        if (!isEmail(email)) {
          report('error', 'data/email', 'invitees/email-invalid', cell, { header: headerName, value: email });
          failed = true;
          return;
        }
        invitee.email = email;
        cells.email = rangeOf(cell);
        return;
      }
      if (value === '') return;
      invitee[field] = value;
      cells[field] = rangeOf(cell);
    });
    if (invitee.name === undefined && invitee.organization === undefined) {
      const columns = [mapped.get('name'), mapped.get('organization')].filter((h) => h !== undefined).map((h) => `“${h}”`);
      report('error', 'data/row', 'invitees/row-no-name', rowPosition(row), { columns: columns.join(', ') });
      continue;
    }
    if (failed) continue;
    // A repeated invitee is the rule coherence/duplicate-invitee's to report, for the plan's list and this file alike.
    invitees.push({ ...invitee, source: { file, line: row.line, column: row.column, cells } });
  }
  return { invitees, diagnostics };
}
