import { describe, expect, test } from 'vitest';
import { check, only, rangeOf, SEED } from './helpers.js';
import { LINES, withBudget } from './budget.fixture.js';

describe('budget/line-amount', () => {
  test('the seed has no budget; lines that multiply out (or leave the amount to be computed) are fine', async () => {
    expect(only(await check(SEED), 'budget/line-amount')).toEqual([]);
    expect(only(await check(withBudget(LINES)), 'budget/line-amount')).toEqual([]);
  });

  test('an amount other than quantity × unit price is a warning at that amount', async () => {
    const text = withBudget(LINES.replace('amount: 2000000', 'amount: 2500000'));
    const found = only(await check(text), 'budget/line-amount');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      params: { name: 'Nước uống', quantity: '100', unitPrice: '20.000', product: '2.000.000', amount: '2.500.000' },
    });
    expect(found[0]!.range).toEqual(rangeOf(text, '2500000'));
  });
});
