import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { loadPlanTemplates, planBlocks } from '../render/plan/plan-blocks.js';
import { TemplateError } from '../render/templates.js';

/**
 * Compiles the wording templates and renders them against the plan without building a document, so a misspelt
 * field or a broken template is reported by `plan check` at its template file and line.
 */
export async function checkTemplates(model: PlanModel, templatesDir: string): Promise<Diagnostic[]> {
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
