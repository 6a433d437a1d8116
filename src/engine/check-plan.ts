import { readTextFile } from '../load/read-text.js';
import { parsePlanYaml } from '../load/yaml.js';
import type { Locate } from '../load/locate.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { validateSchema } from '../validate/schema.js';
import { normaliseClerkForms } from '../load/clerk-forms.js';
import { runRules } from '../validate/rules/index.js';
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
  /** An I/O problem (missing, unreadable, not UTF-8): exit code 2 rather than 1. */
  ioFailure: boolean;
}

/** load → validate (schema) → model. Every stage's problems are collected; nothing throws for bad input. */
export async function checkPlan(file: string): Promise<PlanCheck> {
  const read = await readTextFile(file);
  if (!read.ok) return { file, diagnostics: [read.diagnostic], ioFailure: true };
  return checkPlanText(file, read.text);
}

/** The same pipeline over text not yet saved (the web page's editor); `file` places the diagnostics. */
export function checkPlanText(file: string, text: string): PlanCheck {
  const parsed = parsePlanYaml(file, text);
  const result: PlanCheck = { file, source: text, diagnostics: [...parsed.diagnostics], locate: parsed.locate, ioFailure: false };
  if (parsed.data === undefined) return result;

  const forms = normaliseClerkForms(parsed.data, { file, text, doc: parsed.doc, locate: parsed.locate });
  result.diagnostics.push(...forms.diagnostics);
  result.fixes = forms.silentFixes;
  // A field the clerk-forms step already reported (an unreadable date, a number with its ký hiệu) is not reported twice.
  const schemaProblems = validateSchema(file, parsed.data, parsed.locate, { text, doc: parsed.doc })
    .filter((d) => !forms.covered.has(String(d.params?.path)));
  result.diagnostics.push(...schemaProblems);
  if (forms.diagnostics.length > 0 || schemaProblems.length > 0 || parsed.diagnostics.some((d) => d.severity === 'error')) return result;

  result.model = buildModel(parsed.data as PlanSource);
  result.diagnostics.push(...runRules(file, result.model, parsed.data, parsed.locate));
  return result;
}
