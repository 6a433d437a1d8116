import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

describe('lists/archive-in-list', () => {
  test('the seed keeps its Lưu line in recipients.archive', async () => {
    expect(only(await check(SEED), 'lists/archive-in-list')).toEqual([]);
  });

  test('"Lưu: VT, KHCNCS" written into the paper list is an error at that item', async () => {
    const text = edit('  paper: []', '  paper:\n    - UBND tỉnh (b/c)\n    - "Lưu: VT, KHCNCS"');
    const found = only(await check(text), 'lists/archive-in-list');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', params: { item: 'Lưu: VT, KHCNCS' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '"Lưu: VT, KHCNCS"'));
  });

  test('"Lưu VT" and "Lưu" alone count too; "Lưu trữ tỉnh" is a recipient', async () => {
    const text = edit('  paper: []', '  paper:\n    - Lưu VT\n    - Lưu\n    - Lưu trữ tỉnh');
    expect(only(await check(text), 'lists/archive-in-list').map((d) => d.params?.item)).toEqual(['Lưu VT', 'Lưu']);
  });
});
