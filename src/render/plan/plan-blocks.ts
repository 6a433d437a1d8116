import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Block } from '../blocks.js';
import { loadTemplate, type CompiledTemplate } from '../templates.js';
import { planView, sectionView } from './view.js';

// Kept apart from the DOCX rendering so `plan check` can run the templates without loading docx.

const TEMPLATE_FILES = {
  opening: 'ke-hoach/mo-dau.hbs',
  purpose: 'ke-hoach/purpose.hbs',
  content: 'ke-hoach/content.hbs',
  responsibilities: 'ke-hoach/responsibilities.hbs',
  section: 'ke-hoach/section.hbs',
} as const;

export type PlanTemplates = Record<keyof typeof TEMPLATE_FILES, CompiledTemplate>;

export async function loadPlanTemplates(dir: string): Promise<{ templates?: PlanTemplates; diagnostics: Diagnostic[] }> {
  const entries = await Promise.all(
    Object.entries(TEMPLATE_FILES).map(async ([key, file]) => [key, await loadTemplate(dir, file)] as const),
  );
  const diagnostics = entries.flatMap(([, load]) => (load.ok ? [] : load.diagnostics));
  if (diagnostics.length > 0) return { diagnostics };
  return { templates: Object.fromEntries(entries.map(([key, load]) => [key, load.ok && load.template])) as PlanTemplates, diagnostics };
}

/** The body's blocks in document order: the opening, then each section of `order`. */
export function planBlocks(model: PlanModel, templates: PlanTemplates): Block[] {
  const view = planView(model);
  const blocks = [...templates.opening(view)];
  for (const id of model.order) {
    if (id === 'purpose' || id === 'content' || id === 'responsibilities') {
      if (id === 'responsibilities' && model.responsibilities.length === 0) continue;
      if (id === 'content' && !model.content) continue;
      if (id === 'purpose' && model.purpose.length === 0 && model.requirements.length === 0) continue;
      blocks.push(...templates[id](view));
    } else {
      const extra = sectionView(view, model, id);
      if (extra) blocks.push(...templates.section(extra));
    }
  }
  return blocks;
}

