import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

const PROGRAMME = `content:
  programme:
    - { date: 2018-07-31, time: "08:00 - 08:30", item: Đón tiếp đại biểu }
    - { date: 2018-08-13, time: "08:30 - 11:00", item: Thảo luận }
  items:`;

describe('dates/programme', () => {
  test('the seed has no programme, so nothing to check', async () => {
    expect(only(await check(SEED), 'dates/programme')).toEqual([]);
  });

  test('a programme entry dated outside the event’s days is an error at its date', async () => {
    const text = edit('content:\n  items:', PROGRAMME);
    const found = only(await check(text), 'dates/programme');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', params: { date: '13/8/2018', from: '31/7/2018', to: '31/7/2018' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '2018-08-13'));
  });
});
