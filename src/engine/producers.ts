import { renderPlan } from '../render/plan/render-plan.js';
import type { Producer } from './documents.js';

export const PRODUCERS = {
  plan: (async (context) => {
    const result = await renderPlan(context.model, context.templatesDir);
    if (!result.ok) return result;
    return { ok: true, outputs: [{ kind: 'plan', name: 'ke-hoach.docx', bytes: result.bytes }], diagnostics: [] };
  }) satisfies Producer,
} as const;

export type ProducerName = keyof typeof PRODUCERS;
export const PRODUCER_NAMES = Object.keys(PRODUCERS) as ProducerName[];
