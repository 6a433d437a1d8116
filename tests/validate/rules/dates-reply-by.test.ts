import { describe, expect, test } from 'vitest';
import { check, edit, only, rangeOf, SEED } from './helpers.js';

describe('dates/reply-by', () => {
  test('the seed’s deadline (27/7) lies between the invitation (20/7) and the event (31/7)', async () => {
    expect(only(await check(SEED), 'dates/reply-by')).toEqual([]);
  });

  test('a deadline on or after the event day is an error at invitations.replyBy', async () => {
    const text = edit('replyBy: 2018-07-27', 'replyBy: 2018-08-01');
    const found = only(await check(text), 'dates/reply-by');
    expect(found.map((d) => [d.severity, d.messageId])).toEqual([['error', 'dates/reply-by/not-before-event']]);
    expect(found[0]!.range).toEqual(rangeOf(text, '2018-08-01'));
  });

  test('a deadline on or before the invitation date is an error', async () => {
    const text = edit('replyBy: 2018-07-27', 'replyBy: 2018-07-20');
    const found = only(await check(text), 'dates/reply-by');
    expect(found.map((d) => d.messageId)).toEqual(['dates/reply-by/not-after-invitation']);
    expect(found[0]!.range!.start).toEqual(rangeOf(text, '2018-07-20', 1).start);
  });
});
