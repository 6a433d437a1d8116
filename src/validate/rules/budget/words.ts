import { amountInWords, formatAmount } from '../../../model/money-words.js';
import type { Rule } from '../types.js';

/**
 * Compares amounts in words leniently: case, punctuation, "chẵn", the closing "đồng", and the usual regional variants
 * (ngàn/nghìn, lẻ/linh, mươi bốn/mươi tư) do not count as differences.
 */
export const wordsKey = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .replace(/chẵn/g, ' ')
    .replace(/ngàn/g, 'nghìn')
    .replace(/(^|\s)lẻ(?=\s)/g, '$1linh')
    .replace(/mươi bốn/g, 'mươi tư')
    .replace(/\s+/g, ' ')
    .replace(/\s*đồng\s*$/, '')
    .trim();

/** The total in words must say the same amount as the figure (the figure is what the accountant pays). */
export const budgetWords: Rule = {
  id: 'budget/words',
  defaultSeverity: 'error',
  check({ model }) {
    const budget = model.funding?.budget;
    if (!budget?.statedInWords) return [];
    const amount = budget.statedTotal ?? budget.computedTotal;
    if (!Number.isSafeInteger(amount) || amount < 0) return [];
    const expected = amountInWords(amount);
    if (wordsKey(expected) === wordsKey(budget.statedInWords)) return [];
    return [
      {
        path: ['funding', 'budget', 'totalInWords'],
        messageId: 'budget/words',
        params: { amount: formatAmount(amount), expected, actual: budget.statedInWords },
      },
    ];
  },
};
