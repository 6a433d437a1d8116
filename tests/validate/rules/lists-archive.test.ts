import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

describe('lists/archive', () => {
  test('the seed archives at VT and KHCNCS', async () => {
    expect(only(await check(SEED), 'lists/archive')).toEqual([]);
  });

  test('a Lưu line without VT is an error at recipients.archive', async () => {
    const text = edit('archive: [VT, KHCNCS]', 'archive: [KHCNCS]');
    const found = only(await check(text), 'lists/archive');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', messageId: 'lists/archive/vt', params: { archive: 'KHCNCS' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '[KHCNCS]'));
  });

  test('"V.T" is pointed at; VT alone lacks the drafting unit', async () => {
    const dotted = edit('archive: [VT, KHCNCS]', 'archive: [V.T, KHCNCS]');
    const [vt] = only(await check(dotted), 'lists/archive');
    expect(vt!.range).toEqual(rangeOf(dotted, 'V.T'));
    const alone = edit('archive: [VT, KHCNCS]', 'archive: [VT]');
    expect(only(await check(alone), 'lists/archive').map((d) => d.messageId)).toEqual(['lists/archive/unit']);
  });
});
