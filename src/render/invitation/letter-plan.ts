import { utcDate } from '../../model/civil-date.js';
import type { Invitations, PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Block } from '../blocks.js';
import { loadTemplate, TemplateError } from '../templates.js';
import { SENTINEL, SENTINEL_PREFIX, type Slot } from '../../package/sentinels.js';
import { invitationView } from './view.js';
import { formOf, perInvitee } from '../../model/letter-forms.js';

// Kept apart from the DOCX rendering (letter.ts) so `plan check` can run the letter template without loading docx.

/** The wording of a letter form: `templates/<form folder>/noi-dung.hbs`. */
export const templateFile = (invitations: Invitations): string => `${formOf(invitations).dir}/noi-dung.hbs`;

/** The wording of one letter with the invitee-specific text still as sentinels: rendered once per batch. */
export interface LetterPlan {
  model: PlanModel;
  invitations: Invitations;
  blocks: Block[];
}

export type LetterPlanResult = { ok: true; plan: LetterPlan } | { ok: false; diagnostics: Diagnostic[] };

const problem = (file: string, messageId: string, params: Record<string, string | number> = {}): Diagnostic =>
  ({ file, severity: 'error', ruleId: 'invite', messageId, params });

/** Loads the letter template and renders it once with sentinels in place of the invitee. */
export async function planLetter(model: PlanModel, templatesDir: string, planFile: string): Promise<LetterPlanResult> {
  const invitations = model.invitations;
  if (!invitations) return { ok: false, diagnostics: [problem(planFile, 'invite/no-invitations')] };
  if (invitations.numbering === 'per-invitee' && invitations.document.number === undefined) {
    return { ok: false, diagnostics: [problem(planFile, 'invite/per-invitee-no-number')] };
  }
  const file = templateFile(invitations);
  const load = await loadTemplate(templatesDir, file);
  if (!load.ok) return load;
  const view = invitationView(model, invitations);
  if (JSON.stringify(view).split(SENTINEL_PREFIX).length - 1 !== 1) {
    return { ok: false, diagnostics: [problem(planFile, 'invite/reserved-character')] };
  }
  let blocks: Block[];
  try {
    blocks = load.template(view);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
  const uses = blocks.filter((b) => 'text' in b && b.text.includes(SENTINEL.recipient)).length;
  if (uses === 0 && perInvitee(invitations)) return { ok: false, diagnostics: [problem(`${templatesDir}/${file}`, 'invite/no-recipient')] };
  return { ok: true, plan: { model, invitations, blocks } };
}

/** What goes into the invitee-specific places: the sentinels (for the letter template) or an invitee's values. */
export type SlotValues = Record<Slot, string>;
export const SENTINEL_VALUES: SlotValues = { ...SENTINEL };

/** The letter's own date, which also stamps the file (never the clock). */
export function letterDate(plan: LetterPlan): Date {
  const d = plan.invitations.document.date ?? plan.model.document.date ?? plan.model.time.from;
  return utcDate(d);
}
