import { compareDates, shortDate } from '../../../model/civil-date.js';
import type { Finding, Rule } from '../types.js';

/** A reply dated after `invitations.replyBy`: the seat, the badge and the catering were perhaps counted without it. */
export const repliesAfterDeadline: Rule = {
  id: 'replies/after-deadline',
  defaultSeverity: 'warning',
  check({ model, replies }) {
    const replyBy = model.invitations?.replyBy;
    if (!replyBy || !replies) return [];
    const out: Finding[] = [];
    for (const r of replies.replies) {
      if (r.status === 'no-reply' || !r.date || compareDates(r.date, replyBy) <= 0) continue;
      out.push({
        path: ['invitations', 'replyBy'],
        messageId: 'replies/after-deadline',
        params: { who: r.who, date: shortDate(r.date), replyBy: shortDate(replyBy), file: replies.file, row: r.line ?? '?' },
      });
    }
    return out;
  },
};
