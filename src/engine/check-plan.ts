import { dirname, resolve } from 'node:path';
import { normaliseClerkForms } from '../load/clerk-forms.js';
import type { InviteeSource } from '../load/invitees/resolve.js';
import { readTextFile } from '../load/read-text.js';
import { parsePlanYaml, type ParsedYaml } from '../load/yaml.js';
import type { Locate } from '../load/locate.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { validateSchema } from '../validate/schema.js';
import { runReplyRules, runRules, type DataInvitees } from '../validate/rules/index.js';
import { buildModel, type PlanModel, type PlanSource } from '../model/plan.js';

export interface PlanCheck {
  file: string;
  /** The text as read, for source excerpts in reports. */
  source?: string;
  diagnostics: Diagnostic[];
  /** Present when the file was readable, parsable and schema-valid. */
  model?: PlanModel;
  locate?: Locate;
  /** Accepted forms (31/7/2018, number: 5, curly quotes in codes) that `--fix` rewrites; not reported by check. */
  fixes?: Diagnostic[];
}

/**
 * load → validate (schema) → model → rules. Every stage's problems are collected; nothing throws for bad input.
 * `source` overrides the plan's `invitations.data` / `sheet` (as `plan invite --data` does). With `replies` (plan check),
 * the replies file beside the plan is read too and the reply rules judge it.
 */
export async function checkPlan(file: string, source: InviteeSource = {}, options: { replies?: boolean } = {}): Promise<PlanCheck> {
  const read = await readTextFile(file);
  if (!read.ok) return { file, diagnostics: [read.diagnostic] };
  const result = await checkPlanText(file, read.text, source);
  if (!options.replies || !result.model || !result.locate) return result;
  // The replies file (plan rsvp) is read for plan check only: its problems are reported under its own file.
  const { loadReplyFacts } = await import('../rsvp/facts.js');
  const replies = await loadReplyFacts(file, result.model);
  result.diagnostics.push(...replies.diagnostics);
  if (replies.facts) result.diagnostics.push(...runReplyRules(file, result.model, result.locate, replies.facts));
  return result;
}

/** The same pipeline over text not yet saved (the web page's editor), the invitee data file's rows included. */
export async function checkPlanText(file: string, text: string, source: InviteeSource = {}): Promise<PlanCheck> {
  const prepared = preparePlan(file, text);
  if (!prepared.model) return prepared.result;
  const dataInvitees = await readDataInvitees(prepared.model, file, source);
  return finishPlan(prepared, dataInvitees);
}

/**
 * The pipeline on the plan's text alone, synchronously: the rules see only the invitees written in the plan. For
 * `--fix`, which re-checks the text after every round and repairs only the plan itself.
 */
export function checkPlanTextOnly(file: string, text: string): PlanCheck {
  const prepared = preparePlan(file, text);
  return prepared.model ? finishPlan(prepared, undefined) : prepared.result;
}

interface Prepared {
  result: PlanCheck;
  parsed: ParsedYaml;
  model?: PlanModel;
}

/** load → clerk forms → schema → model. */
function preparePlan(file: string, text: string): Prepared {
  const parsed = parsePlanYaml(file, text);
  const result: PlanCheck = { file, source: text, diagnostics: [...parsed.diagnostics], locate: parsed.locate };
  if (parsed.data === undefined) return { result, parsed };

  const forms = normaliseClerkForms(parsed.data, { file, text, doc: parsed.doc, locate: parsed.locate });
  result.diagnostics.push(...forms.diagnostics);
  result.fixes = forms.silentFixes;
  // A field the clerk-forms step already reported (an unreadable date, a number with its ký hiệu) is not reported twice.
  const schemaProblems = validateSchema(file, parsed.data, parsed.locate, { text, doc: parsed.doc })
    .filter((d) => !forms.covered.has(String(d.params?.path)));
  result.diagnostics.push(...schemaProblems);
  if (forms.diagnostics.length > 0 || schemaProblems.length > 0 || parsed.diagnostics.some((d) => d.severity === 'error')) return { result, parsed };
  return { result, parsed, model: buildModel(parsed.data as PlanSource) };
}

function finishPlan({ result, parsed, model }: Prepared, dataInvitees: DataInvitees | 'unreadable' | undefined): PlanCheck {
  result.model = model;
  result.diagnostics.push(...runRules(result.file, model!, parsed.data, parsed.locate, dataInvitees));
  return result;
}

/**
 * The rows of the invitee data file, for the rules about invitees (groups, duplicates). Only the rows: what is wrong
 * with the file itself is reported where the letters are made (resolveInvitees), once.
 */
async function readDataInvitees(model: PlanModel, planFile: string, source: InviteeSource): Promise<DataInvitees | 'unreadable' | undefined> {
  const data = source.data ?? model.invitations?.data;
  if (!model.invitations || data === undefined) return undefined;
  const file = resolve(dirname(planFile), data);
  const sheet = source.sheet ?? model.invitations.sheet;
  // Loaded only for a plan that names a data file: most list their invitees inline.
  const { loadInvitees } = await import('../load/invitees/index.js');
  const load = await loadInvitees(file, sheet ? { sheet } : {});
  if (!load.ok) return 'unreadable';
  return { file, invitees: load.invitees };
}
