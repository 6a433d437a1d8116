import { describe, expect, test } from 'vitest';
import { append, check, only, rangeOf, SEED } from './helpers.js';

describe('order/unknown-section', () => {
  test('the seed has no order: block', async () => {
    expect(only(await check(SEED), 'order/unknown-section')).toEqual([]);
  });

  test('a misspelt id is an error at that item, with the nearest id suggested', async () => {
    const text = append('order: [purpose, contnet, responsibilities]');
    const found = only(await check(text), 'order/unknown-section');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', messageId: 'order/unknown-section/suggest', params: { id: 'contnet', suggestion: 'content' } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'contnet'));
  });

  test('extra sections count as known; a far-off id lists the known ones', async () => {
    const text = append(
      'sections:\n  - id: tien-do\n    heading: TIẾN ĐỘ\n    items: [Tháng 7]\norder: [purpose, content, tien-do, responsibilities, phu-luc]',
    );
    const found = only(await check(text), 'order/unknown-section');
    expect(found).toMatchObject([
      { messageId: 'order/unknown-section/unknown', params: { id: 'phu-luc', known: 'purpose, content, responsibilities, tien-do' } },
    ]);
  });
});
