import { formatAmount } from '../../../model/money-words.js';
import type { Rule } from '../types.js';

/** A stated total that is not the sum of the lines: one of them is wrong, and the document would show both. */
export const budgetTotal: Rule = {
  id: 'budget/total',
  defaultSeverity: 'error',
  check({ model }) {
    const budget = model.funding?.budget;
    if (!budget || budget.statedTotal === undefined || budget.statedTotal === budget.computedTotal) return [];
    return [
      {
        path: ['funding', 'budget', 'total'],
        messageId: 'budget/total',
        params: { stated: formatAmount(budget.statedTotal), computed: formatAmount(budget.computedTotal) },
      },
    ];
  },
};
