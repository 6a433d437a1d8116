import { describe, expect, test } from 'vitest';
import { capitalisationConsistency } from '../../../src/validate/rules/capitalisation/consistency.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('capitalisation/consistency', () => {
  test('seed W12 and W13: "quản lý Nhà nước" after "quản lý nhà nước"; "hội nghị" among six "Hội nghị"', async () => {
    const found = only(await check(SEED), 'capitalisation/consistency');
    expect(found.map((d) => [d.severity, d.params])).toEqual([
      ['warning', { found: 'quản lý Nhà nước', usual: 'quản lý nhà nước', count: 1, line: 20 }],
      ['warning', { found: 'hội nghị', usual: 'Hội nghị', count: 6, line: 15 }],
    ]);
    expect(found[0]!.range).toEqual(rangeOf(SEED, 'quản lý Nhà nước'));
    expect(found[1]!.range).toEqual(rangeOf(SEED, 'hội nghị.'.slice(0, -1)));
  });

  test('one spelling throughout is fine; a sentence-initial "Hội nghị" says nothing about the choice', () => {
    let text = edit('quản lý Nhà nước', 'quản lý nhà nước');
    text = edit('tại hội nghị.', 'tại Hội nghị. Hội nghị cũng', text);
    expect(findingsOf(capitalisationConsistency, text)).toEqual([]);
    const lower = edit('bàn giải pháp', 'bàn tại hội nghị giải pháp', text);
    expect(findingsOf(capitalisationConsistency, lower)).toMatchObject([{ path: ['content', 'items', 0], params: { found: 'hội nghị' } }]);
  });
});
