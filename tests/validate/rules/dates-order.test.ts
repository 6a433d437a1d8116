import { describe, expect, test } from 'vitest';
import { datesOrder } from '../../../src/validate/rules/dates/order.js';
import { check, edit, findingsOf, only, positionOf, SEED } from './helpers.js';

describe('dates/order', () => {
  test('the seed (05/7 plan, 20/7 invitation, 31/7 event) is in order', async () => {
    expect(findingsOf(datesOrder, SEED)).toEqual([]);
    expect(only(await check(SEED), 'dates/order')).toEqual([]);
  });

  test('an event before the plan’s issue date is an error at time.date', async () => {
    const text = edit('date: 2018-07-31', 'date: 2018-07-01');
    const [d, ...rest] = only(await check(text), 'dates/order');
    expect(rest.filter((r) => r.messageId === 'dates/order/event-before-issue')).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', messageId: 'dates/order/event-before-issue', params: { event: '1/7/2018', issued: '5/7/2018' } });
    expect(d!.range!.start).toEqual({ line: 51, column: 9 });
  });

  test('an invitation dated on the day of the event is an error at invitations.date', async () => {
    const text = edit('date: 2018-07-20', 'date: 2018-07-31');
    const found = only(await check(text), 'dates/order');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', messageId: 'dates/order/invitation-not-before-event' });
    expect(found[0]!.range!.start).toEqual({ ...positionOf(text, '2018-07-31', 1) });
  });

  test('an event that ends before it starts', () => {
    const text = edit('  date: 2018-07-31\n', '  from: 2018-07-31\n  to: 2018-07-30\n');
    expect(findingsOf(datesOrder, text)).toEqual([
      { path: ['time', 'to'], messageId: 'dates/order/end-before-start', params: { from: '31/7/2018', to: '30/7/2018' } },
    ]);
  });
});
