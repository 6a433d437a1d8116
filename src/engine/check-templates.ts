import { resolveInvitees } from '../load/invitees/resolve.js';
import type { DataPath, Locate } from '../load/locate.js';
import type { Invitee, PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { distributionRows } from '../render/distribution/rows.js';
import { distributionText } from '../render/distribution/view.js';
import { planLetter, type LetterPlan } from '../render/invitation/letter-plan.js';
import { estimatedLetterMm } from '../render/invitation/length.js';
import { formOf, perInvitee } from '../model/letter-forms.js';
import { loadPlanTemplates, planBlocks } from '../render/plan/plan-blocks.js';
import { TemplateError } from '../render/templates.js';

export interface DocumentsCheck {
  /** An invitee data file that could not be read at all gives `io` diagnostics: exit code 2, as `plan build` would. */
  diagnostics: Diagnostic[];
}

/**
 * What `plan build` would fail on after the plan itself: the wording templates of every document (Kế hoạch, Giấy mời,
 * the distribution list), compiled and rendered against the plan without building a document, and the invitee data
 * file named in `invitations.data`. A misspelt field or a broken template is reported at its template file and line,
 * a bad row of the data file at its row. Nothing here loads docx.
 */
export async function checkTemplates(model: PlanModel, templatesDir: string, planFile: string, locate?: Locate): Promise<DocumentsCheck> {
  const diagnostics: Diagnostic[] = [...(await checkPlanTemplates(model, templatesDir))];
  let invitees: Invitee[] = model.invitations?.invitees ?? [];
  if (model.invitations) {
    const letter = await planLetter(model, templatesDir, planFile);
    if (!letter.ok) diagnostics.push(...letter.diagnostics.map((d) => placed(d, planFile, locate)));
    else diagnostics.push(...onePage(letter.plan, planFile, locate));
  }
  if (model.invitations) {
    // The plan's own list needs no reading, but an empty one fails `plan build` all the same.
    const found = await resolveInvitees(model, planFile);
    // A letter to everyone at once (a "Thành phần mời", a Kính gửi list) needs no invitee list.
    const needed = perInvitee(model.invitations) ? found.diagnostics : found.diagnostics.filter((d) => d.messageId !== 'invite/no-invitees');
    diagnostics.push(...needed.map((d) => placed(d, planFile, locate)));
    if (found.ok) invitees = found.invitees;
  }
  const list = await distributionText(model, distributionRows(model, invitees).length, templatesDir);
  if (!list.ok) diagnostics.push(...list.diagnostics);
  return { diagnostics };
}

/** A letter is one page (a programme that would push it over belongs on a page of its own: `programme: attached`). */
function onePage(plan: LetterPlan, planFile: string, locate: Locate | undefined): Diagnostic[] {
  if (!formOf(plan.invitations).onePage) return [];
  const { used, available } = estimatedLetterMm(plan);
  if (used <= available) return [];
  const range = locate?.(['invitations'], 'key');
  return [{
    file: planFile, ...(range ? { range } : {}), severity: 'warning', ruleId: 'invite', messageId: 'invite/over-one-page',
    params: { used: Math.round(used), available: Math.round(available) },
  }];
}

/** Where in the plan a letter problem of the plan itself lies (the letter code reports it on the file alone). */
const PLACE: Record<string, DataPath> = {
  'invite/per-invitee-no-number': ['invitations', 'numbering'],
  'invite/no-invitees': ['invitations'],
};

function placed(d: Diagnostic, planFile: string, locate: Locate | undefined): Diagnostic {
  if (d.file !== planFile || d.range || !locate) return d;
  const range = locate(PLACE[d.messageId] ?? ['invitations'], 'key');
  return range ? { ...d, range } : d;
}

async function checkPlanTemplates(model: PlanModel, templatesDir: string): Promise<Diagnostic[]> {
  const { templates, diagnostics } = await loadPlanTemplates(templatesDir);
  if (!templates) return diagnostics;
  try {
    planBlocks(model, templates);
  } catch (error) {
    if (error instanceof TemplateError) return [error.diagnostic];
    throw error;
  }
  return [];
}
