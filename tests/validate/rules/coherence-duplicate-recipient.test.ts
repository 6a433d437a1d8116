import { describe, expect, test } from 'vitest';
import { coherenceDuplicateRecipient } from '../../../src/validate/rules/coherence/duplicate-recipient.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('coherence/duplicate-recipient', () => {
  test('the seed lists each recipient once', async () => {
    expect(only(await check(SEED), 'coherence/duplicate-recipient')).toEqual([]);
  });

  test('a recipient on both the paper and the electronic list is a warning at the electronic item', async () => {
    const text = edit('  paper: []', '  paper:\n    - UBND tỉnh (b/c)\n    - Lãnh đạo Sở');
    const found = only(await check(text), 'coherence/duplicate-recipient');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', messageId: 'coherence/duplicate-recipient/both-lists', params: { item: 'Lãnh đạo Sở', line: 81 } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'Lãnh đạo Sở', 1));
  });

  test('the same item twice in one list, ignoring case, diacritics and end punctuation', () => {
    const text = edit('    - Lãnh đạo Sở\n', '    - Lãnh đạo Sở\n    - lanh dao so;\n');
    expect(findingsOf(coherenceDuplicateRecipient, text)).toMatchObject([
      { path: ['recipients', 'electronic', 1], messageId: 'coherence/duplicate-recipient/same-list', related: ['recipients', 'electronic', 0] },
    ]);
  });
});
