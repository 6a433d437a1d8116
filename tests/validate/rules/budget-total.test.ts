import { describe, expect, test } from 'vitest';
import { check, only, rangeOf, SEED } from './helpers.js';
import { LINES, withBudget } from './budget.fixture.js';

describe('budget/total', () => {
  test('the seed has no budget', async () => {
    expect(only(await check(SEED), 'budget/total')).toEqual([]);
  });

  test('a total that is the sum of the lines (2.000.000 + 3.500.000 + 10.000.000) is fine', async () => {
    expect(only(await check(withBudget(`${LINES}    total: 15500000\n`)), 'budget/total')).toEqual([]);
  });

  test('a stated total that differs is an error at funding.budget.total', async () => {
    const text = withBudget(`${LINES}    total: 15000000\n`);
    const found = only(await check(text), 'budget/total');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', params: { stated: '15.000.000', computed: '15.500.000' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '15000000'));
  });
});
