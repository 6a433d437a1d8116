import { BUILT_IN, writtenOrder } from './unknown-section.js';
import type { Finding, Rule } from '../types.js';

/** A section written in the plan but left out of `order:` would not appear in the document. */
export const orderMissingSection: Rule = {
  id: 'order/missing-section',
  defaultSeverity: 'warning',
  check({ model, data }): Finding[] {
    const order = writtenOrder(data);
    if (!order) return [];
    // Only what the plan wrote: purpose and content are optional since a plan's own sections may replace them.
    const written = {
      purpose: model.purpose.length > 0 || model.requirements.length > 0,
      content: model.content !== undefined,
      responsibilities: model.responsibilities.length > 0,
    };
    const present = [
      ...BUILT_IN.filter((id) => written[id as keyof typeof written] ?? true),
      ...model.sections.map((s) => s.id),
    ];
    return present
      .filter((id) => !order.includes(id))
      .map((id) => {
        const section = model.sections.findIndex((s) => s.id === id);
        // An extra section is pointed at where it is written; a built-in one at the order key.
        return section >= 0
          ? { path: ['sections', section, 'id'], messageId: 'order/missing-section', params: { id } }
          : { path: ['order'], target: 'key' as const, messageId: 'order/missing-section', params: { id } };
      });
  },
};
