import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

describe('number/padding', () => {
  test('the seed writes "05" and "06"', async () => {
    expect(only(await check(SEED), 'number/padding')).toEqual([]);
  });

  test('number: "5" is a warning at the value, expecting "05"', async () => {
    const text = edit('number: "05"', 'number: "5"');
    const found = only(await check(text), 'number/padding');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      params: { expected: '05', actual: '5' },
      citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3',
    });
    expect(found[0]!.range).toEqual(rangeOf(text, '"5"'));
  });

  test('the invitation’s number is checked too, and 123 is left as it is', async () => {
    const text = edit('number: "05"', 'number: "123"', edit('number: "06"', 'number: "6"'));
    const found = only(await check(text), 'number/padding');
    expect(found.map((d) => d.params)).toEqual([{ expected: '06', actual: '6' }]);
    expect(found[0]!.range!.start.line).toBe(90);
  });
});
