import { describe, expect, test } from 'vitest';
import { append, check, only, rangeOf, SEED } from './helpers.js';

const SECTIONS = 'sections:\n  - id: tien-do\n    heading: TIẾN ĐỘ\n    items: [Tháng 7]\n';

describe('order/missing-section', () => {
  test('the seed has no order: block; a complete order is fine', async () => {
    expect(only(await check(SEED), 'order/missing-section')).toEqual([]);
    const text = append(`${SECTIONS}order: [purpose, content, tien-do, responsibilities]`);
    expect(only(await check(text), 'order/missing-section')).toEqual([]);
  });

  test('an extra section left out of order is a warning at its id', async () => {
    const text = append(`${SECTIONS}order: [purpose, content, responsibilities]`);
    const found = only(await check(text), 'order/missing-section');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { id: 'tien-do' } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'tien-do'));
  });

  test('a built-in section left out is reported at the order key', async () => {
    const text = append('order: [purpose, content]');
    const found = only(await check(text), 'order/missing-section');
    expect(found.map((d) => d.params?.id)).toEqual(['responsibilities']);
    expect(found[0]!.range).toEqual(rangeOf(text, 'order'));
  });
});
