import { nearest } from '../../nearest.js';
import type { PlanModel } from '../../../model/plan.js';
import type { Finding, Rule } from '../types.js';

export const BUILT_IN = ['purpose', 'content', 'responsibilities'] as const;

/** Section ids `order:` may name: the built-in sections and the plan's own. */
export const knownIds = (model: PlanModel): string[] => [...BUILT_IN, ...model.sections.map((s) => s.id)];

export const writtenOrder = (data: unknown): unknown[] | undefined => {
  const order = (data as { order?: unknown }).order;
  return Array.isArray(order) ? order : undefined;
};

/** An id in `order:` that names no section would be silently dropped from the document. */
export const orderUnknownSection: Rule = {
  id: 'order/unknown-section',
  defaultSeverity: 'error',
  check({ model, data }) {
    const order = writtenOrder(data);
    if (!order) return [];
    const known = knownIds(model);
    const out: Finding[] = [];
    order.forEach((id, i) => {
      if (typeof id !== 'string' || known.includes(id)) return;
      const suggestion = nearest(id, known);
      out.push({
        path: ['order', i],
        messageId: suggestion ? 'order/unknown-section/suggest' : 'order/unknown-section/unknown',
        params: { id, ...(suggestion ? { suggestion } : { known: known.join(', ') }) },
      });
    });
    return out;
  },
};
