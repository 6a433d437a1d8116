import { compareDates, shortDate } from '../../../model/civil-date.js';
import type { Finding, Rule } from '../types.js';

/** The reply deadline must fall after the invitation is sent and before the event starts. */
export const datesReplyBy: Rule = {
  id: 'dates/reply-by',
  defaultSeverity: 'error',
  check({ model }) {
    const replyBy = model.invitations?.replyBy;
    if (!replyBy) return [];
    const out: Finding[] = [];
    const invited = model.invitations?.document.date;
    if (invited && compareDates(replyBy, invited) <= 0) {
      out.push({
        path: ['invitations', 'replyBy'],
        messageId: 'dates/reply-by/not-after-invitation',
        params: { replyBy: shortDate(replyBy), invited: shortDate(invited) },
      });
    }
    if (compareDates(replyBy, model.time.from) >= 0) {
      out.push({
        path: ['invitations', 'replyBy'],
        messageId: 'dates/reply-by/not-before-event',
        params: { replyBy: shortDate(replyBy), event: shortDate(model.time.from) },
      });
    }
    return out;
  },
};
