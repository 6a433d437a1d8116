import { dirname, resolve } from 'node:path';
import type { Invitee, PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { loadInvitees } from './index.js';

export interface InviteeSource {
  /** A CSV/XLSX file (absolute, or relative to the plan file); default `invitations.data`, else the plan's own list. */
  data?: string;
  sheet?: string;
}

export type InviteesResult =
  | { ok: true; invitees: Invitee[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A data file that could not be read at all: its problems are I/O problems, whatever the loader called them. */
export const asIo = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.map((d) => ({ ...d, kind: d.kind ?? 'io' }));

const problem = (file: string, messageId: string): Diagnostic => ({ file, severity: 'error', ruleId: 'invite', messageId, params: {} });

/**
 * The invitees: from `--data`, else from the file named in the plan (`invitations.data`, relative to the plan file's
 * folder), else from the plan's own list. A data file that cannot be read gives `io` diagnostics (exit 2); rows with errors
 * make the result not ok, with the rows' positioned diagnostics.
 */
export async function resolveInvitees(model: PlanModel, planFile: string, source: InviteeSource = {}): Promise<InviteesResult> {
  const invitations = model.invitations;
  if (!invitations) return { ok: false, diagnostics: [problem(planFile, 'invite/no-invitations')] };
  const data = source.data ?? invitations.data;
  let invitees: Invitee[] = invitations.invitees;
  let diagnostics: Diagnostic[] = [];
  let from = planFile;
  if (data !== undefined) {
    from = resolve(dirname(planFile), data);
    const sheet = source.sheet ?? invitations.sheet;
    const load = await loadInvitees(from, sheet ? { sheet } : {});
    if (!load.ok) return { ok: false, diagnostics: asIo(load.diagnostics) };
    if (load.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: load.diagnostics };
    invitees = load.invitees.map(({ source: _where, ...invitee }) => invitee);
    diagnostics = load.diagnostics;
  }
  if (invitees.length === 0) return { ok: false, diagnostics: [...diagnostics, problem(from, 'invite/no-invitees')] };
  return { ok: true, invitees, diagnostics };
}
