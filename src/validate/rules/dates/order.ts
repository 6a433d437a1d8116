import { compareDates, shortDate } from '../../../model/civil-date.js';
import type { Finding, Rule } from '../types.js';

/** Plan issued → invitation issued → event: the documents must be dated in that order. */
export const datesOrder: Rule = {
  id: 'dates/order',
  defaultSeverity: 'error',
  check({ model, data }) {
    const out: Finding[] = [];
    const time = (data as { time?: Record<string, unknown> }).time ?? {};
    const eventKey = time.date !== undefined ? 'date' : time.month !== undefined ? 'month' : 'from';
    const { from, to } = model.time;
    const issued = model.document.date;
    // A month or a window of days: the event may fall on its last day, so only a window ending before the plan is wrong.
    const latest = model.time.monthOnly || model.time.window ? to : from;
    if (issued && compareDates(latest, issued) < 0) {
      out.push({
        path: ['time', eventKey],
        messageId: 'dates/order/event-before-issue',
        params: { event: shortDate(from), issued: shortDate(issued) },
      });
    }
    const invited = model.invitations?.document.date;
    if (invited && compareDates(invited, from) >= 0) {
      out.push({
        path: ['invitations', 'date'],
        messageId: 'dates/order/invitation-not-before-event',
        params: { invited: shortDate(invited), event: shortDate(from) },
      });
    }
    if (compareDates(to, from) < 0) {
      out.push({ path: ['time', 'to'], messageId: 'dates/order/end-before-start', params: { from: shortDate(from), to: shortDate(to) } });
    }
    return out;
  },
};
