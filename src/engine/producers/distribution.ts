import type { BuildContext, Produced, Producer } from '../documents.js';
import type { Invitee } from '../../model/plan.js';
import { singleLetterRecipients } from '../../model/letter-forms.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { renderDistribution } from '../../render/distribution/render-distribution.js';

export const DISTRIBUTION_FILE = 'danh-sach-phat-hanh.docx';

/**
 * The invitees, chosen exactly as for the letters (`resolveInvitees`: the data file named in `invitations.data`, a CSV
 * or XLSX relative to the plan file's folder, else the plan's own list), so the list names whoever gets a letter.
 * The data file's diagnostics are passed on. A plan without invitees lists only its recipients (the invitations
 * producer reports the missing invitees).
 */
export async function planInvitees(context: Pick<BuildContext, 'model' | 'planFile' | 'invitees'>): Promise<
  { ok: true; invitees: Invitee[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] }
> {
  const invitations = context.model.invitations;
  if (!invitations) return { ok: true, invitees: [], diagnostics: [] };
  // A single letter (Thành phần mời, Kính gửi list) goes to each group or addressee it names: each is a row too.
  const named: Invitee[] = singleLetterRecipients(invitations, context.model.attendees).map((organization) => ({ organization }));
  const found = await context.invitees();
  if (!found.ok && found.diagnostics.every((d) => d.messageId === 'invite/no-invitees' || d.severity !== 'error')) {
    return { ok: true, invitees: named, diagnostics: found.diagnostics.filter((d) => d.messageId !== 'invite/no-invitees') };
  }
  return found.ok ? { ...found, invitees: [...named, ...found.invitees] } : found;
}

/** `plan build` → `danh-sach-phat-hanh.docx` (kind `distribution`). */
export const distributionProducer: Producer = async (context): Promise<Produced> => {
  const invitees = await planInvitees(context);
  if (!invitees.ok) return invitees;
  const result = await renderDistribution(context.model, invitees.invitees, context.templatesDir);
  if (!result.ok) return { ok: false, diagnostics: [...invitees.diagnostics, ...result.diagnostics] };
  return {
    ok: true,
    outputs: [{ kind: 'distribution', name: DISTRIBUTION_FILE, bytes: result.bytes }],
    diagnostics: invitees.diagnostics,
  };
};
