import { nearest } from '../../nearest.js';
import type { Finding, Rule } from '../types.js';
import { placedInvitees } from './invitees.js';

/** An invitee's group must be an attendee group id, or the invitation would fill in the wrong (or no) role. */
export const coherenceInviteeGroup: Rule = {
  id: 'coherence/invitee-group',
  defaultSeverity: 'error',
  check(context) {
    const ids = context.model.attendees.map((g) => g.id);
    const out: Finding[] = [];
    for (const { invitee, place } of placedInvitees(context) ?? []) {
      if (invitee.group === undefined || ids.includes(invitee.group)) continue;
      const suggestion = nearest(invitee.group, ids);
      out.push({
        ...place('group'),
        messageId: suggestion ? 'coherence/invitee-group/suggest' : 'coherence/invitee-group/unknown',
        params: { group: invitee.group, ...(suggestion ? { suggestion } : { known: ids.join(', ') }) },
      });
    }
    return out;
  },
};
