import { describe, expect, test } from 'vitest';
import { wordsKey } from '../../../src/validate/rules/budget/words.js';
import { check, only, rangeOf, SEED } from './helpers.js';
import { LINES, withBudget } from './budget.fixture.js';

describe('budget/words', () => {
  test('the seed has no amount in words', async () => {
    expect(only(await check(SEED), 'budget/words')).toEqual([]);
  });

  test('words that say another amount are an error at totalInWords', async () => {
    const text = withBudget(`${LINES}    total: 15500000\n    totalInWords: Mười lăm triệu đồng\n`);
    const found = only(await check(text), 'budget/words');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      params: { amount: '15.500.000', expected: 'Mười lăm triệu năm trăm nghìn đồng', actual: 'Mười lăm triệu đồng' },
    });
    expect(found[0]!.range).toEqual(rangeOf(text, 'Mười lăm triệu đồng'));
  });

  test('without a stated total the words are compared with the sum of the lines', async () => {
    const text = withBudget(`${LINES}    totalInWords: Mười lăm triệu năm trăm nghìn đồng chẵn.\n`);
    expect(only(await check(text), 'budget/words')).toEqual([]);
  });

  test('usual variants are the same amount', () => {
    expect(wordsKey('Mười lăm triệu năm trăm ngàn đồng chẵn')).toBe(wordsKey('mười lăm triệu năm trăm nghìn đồng'));
    expect(wordsKey('Một trăm lẻ năm nghìn đồng')).toBe(wordsKey('Một trăm linh năm nghìn đồng'));
    expect(wordsKey('Hai mươi bốn nghìn đồng')).toBe(wordsKey('Hai mươi tư nghìn đồng'));
    expect(wordsKey('Mười lăm triệu đồng')).not.toBe(wordsKey('Mười năm triệu đồng'));
  });
});
