import type { Finding, Rule } from '../types.js';

/**
 * An attendee group whose invitees have all replied and none is coming (nor sending anyone): the conference goes on
 * without a part it was planned for. Groups still waiting for a reply are not judged yet.
 */
export const repliesGroupNobody: Rule = {
  id: 'replies/group-nobody-coming',
  defaultSeverity: 'warning',
  check({ model, replies }) {
    if (!replies) return [];
    const out: Finding[] = [];
    model.attendees.forEach((group, i) => {
      const members = replies.replies.filter((r) => r.group === group.id);
      if (members.length === 0 || members.some((r) => r.status !== 'not-coming')) return;
      out.push({ path: ['attendees', i, 'text'], messageId: 'replies/group-nobody-coming', params: { group: group.id, count: members.length, file: replies.file } });
    });
    return out;
  },
};
