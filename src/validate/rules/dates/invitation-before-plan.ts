import { compareDates, shortDate } from '../../../model/civil-date.js';
import type { Rule } from '../types.js';

/** The Giấy mời carries out the plan, so it is normally signed on or after the plan's date. */
export const datesInvitationBeforePlan: Rule = {
  id: 'dates/invitation-before-plan',
  defaultSeverity: 'warning',
  check({ model }) {
    const issued = model.document.date;
    const invited = model.invitations?.document.date;
    if (!issued || !invited || compareDates(invited, issued) >= 0) return [];
    return [
      {
        path: ['invitations', 'date'],
        messageId: 'dates/invitation-before-plan',
        params: { invited: shortDate(invited), issued: shortDate(issued) },
      },
    ];
  },
};
