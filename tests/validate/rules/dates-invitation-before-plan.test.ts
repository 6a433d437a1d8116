import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

describe('dates/invitation-before-plan', () => {
  test('the seed’s invitation (20/7) follows the plan (05/7)', async () => {
    expect(only(await check(SEED), 'dates/invitation-before-plan')).toEqual([]);
  });

  test('an invitation dated before the plan is a warning at invitations.date', async () => {
    const text = edit('date: 2018-07-20', 'date: 2018-07-02');
    const found = only(await check(text), 'dates/invitation-before-plan');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { invited: '2/7/2018', issued: '5/7/2018' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '2018-07-02'));
  });
});
