import type { Invitee } from '../../../model/source.js';
import type { Range } from '../../../core/diagnostic.js';
import type { Finding, RuleContext } from '../types.js';

/** One invitee as the rules see it, wherever it was written: the plan's list or a row of the data file. */
export interface PlacedInvitee {
  invitee: Invitee;
  /** Where to point a finding: the field's cell (or the row) in the data file, or the field in the plan. */
  place(field?: keyof Invitee): Pick<Finding, 'path' | 'at'>;
  /** For `{line}` in messages about a data-file row (the plan's own lines come from `related`). */
  row?: number;
}

/**
 * The invitees the letters will go to, from the data file when the plan names one, else from the plan. `undefined`
 * when the data file could not be read: that is reported on its own, and a rule would only add noise.
 */
export function placedInvitees(context: RuleContext): PlacedInvitee[] | undefined {
  const { dataInvitees } = context;
  if (dataInvitees === 'unreadable') return undefined;
  if (dataInvitees === undefined) {
    return (context.model.invitations?.invitees ?? []).map((invitee, i) => ({
      invitee,
      place: (field) => ({ path: field ? ['invitations', 'invitees', i, field] : ['invitations', 'invitees', i] }),
    }));
  }
  return dataInvitees.invitees.map(({ source, ...invitee }) => {
    const row: Range = { start: { line: source.line, column: source.column }, end: { line: source.line, column: source.column } };
    return {
      invitee,
      row: source.line,
      place: (field) => ({ path: [], at: { file: dataInvitees.file, range: (field && source.cells[field]) || row } }),
    };
  });
}
