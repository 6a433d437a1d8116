import { dirname, resolve } from 'node:path';
import { loadInvitees } from '../load/invitees/index.js';
import type { Locate } from '../load/locate.js';
import type { Invitee, PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';

export interface InviteeRow extends Invitee {
  /** 1-based line of the row: in the plan (inline) or in the data file (its spreadsheet row or CSV line). */
  line?: number;
  diagnostics: Diagnostic[];
}

export interface InviteeTable {
  /** Absent for the plan's own list; else the data file as the plan names it. Such rows are edited in Excel. */
  dataFile?: string;
  rows: InviteeRow[];
  /** Problems of the list that belong to no row (a file that cannot be read, a missing header). */
  diagnostics: Diagnostic[];
}

/** The invitee list as a table, each row with its own problems beside it. */
export async function inviteeTable(model: PlanModel, planFile: string, locate: Locate | undefined, planDiagnostics: readonly Diagnostic[]): Promise<InviteeTable> {
  const invitations = model.invitations;
  if (!invitations) return { rows: [], diagnostics: [] };
  if (invitations.data === undefined) {
    const rows = invitations.invitees.map((invitee, i): InviteeRow => {
      const range = locate?.(['invitations', 'invitees', i]);
      const inRow = (d: Diagnostic) => range !== undefined && d.range !== undefined && d.range.start.line >= range.start.line && d.range.start.line <= range.end.line;
      return { ...invitee, ...(range ? { line: range.start.line } : {}), diagnostics: planDiagnostics.filter(inRow) };
    });
    return { rows, diagnostics: [] };
  }
  const file = resolve(dirname(planFile), invitations.data);
  const load = await loadInvitees(file, invitations.sheet ? { sheet: invitations.sheet } : {});
  if (!load.ok) return { dataFile: invitations.data, rows: [], diagnostics: load.diagnostics };
  const rows = load.invitees.map(({ source, ...invitee }): InviteeRow => ({
    ...invitee,
    line: source.line,
    diagnostics: load.diagnostics.filter((d) => d.range?.start.line === source.line),
  }));
  const placed = new Set(rows.flatMap((r) => r.diagnostics));
  return { dataFile: invitations.data, rows, diagnostics: load.diagnostics.filter((d) => !placed.has(d)) };
}
