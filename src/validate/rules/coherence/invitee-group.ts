import { nearest } from '../../nearest.js';
import type { Finding, Rule } from '../types.js';

/** An invitee's group must be an attendee group id, or the invitation would fill in the wrong (or no) role. */
export const coherenceInviteeGroup: Rule = {
  id: 'coherence/invitee-group',
  defaultSeverity: 'error',
  description: {
    vi: 'Nhóm của mỗi khách mời (invitees[].group) phải là mã của một nhóm trong thành phần tham dự (attendees[].id).',
    en: 'Each invitee’s group (invitees[].group) must be the id of an attendee group (attendees[].id).',
  },
  check({ model }) {
    const ids = model.attendees.map((g) => g.id);
    const out: Finding[] = [];
    (model.invitations?.invitees ?? []).forEach((invitee, i) => {
      if (invitee.group === undefined || ids.includes(invitee.group)) return;
      const suggestion = nearest(invitee.group, ids);
      out.push({
        path: ['invitations', 'invitees', i, 'group'],
        messageId: suggestion ? 'coherence/invitee-group/suggest' : 'coherence/invitee-group/unknown',
        params: { group: invitee.group, ...(suggestion ? { suggestion } : { known: ids.join(', ') }) },
      });
    });
    return out;
  },
};
