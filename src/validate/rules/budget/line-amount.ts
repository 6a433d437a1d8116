import { formatAmount } from '../../../model/money-words.js';
import type { Finding, Rule } from '../types.js';

/** A line whose amount is not quantity × unit price: one of the three figures is mistyped. */
export const budgetLineAmount: Rule = {
  id: 'budget/line-amount',
  defaultSeverity: 'warning',
  check({ data }) {
    const items = (data as { funding?: { budget?: { items?: unknown } } }).funding?.budget?.items;
    if (!Array.isArray(items)) return [];
    const out: Finding[] = [];
    items.forEach((item: { quantity?: unknown; unitPrice?: unknown; amount?: unknown; name?: unknown }, i) => {
      const { quantity, unitPrice, amount } = item;
      if (typeof quantity !== 'number' || typeof unitPrice !== 'number' || typeof amount !== 'number') return;
      const product = Math.round(quantity * unitPrice);
      if (product === amount) return;
      out.push({
        path: ['funding', 'budget', 'items', i, 'amount'],
        messageId: 'budget/line-amount',
        params: {
          name: String(item.name ?? ''),
          quantity: String(quantity),
          unitPrice: formatAmount(unitPrice),
          product: formatAmount(product),
          amount: formatAmount(amount),
        },
      });
    });
    return out;
  },
};
