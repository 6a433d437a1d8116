import { foldKey } from '../text.js';
import type { Finding, Rule } from '../types.js';
import { placedInvitees } from './invitees.js';

/** The same person or organisation twice would get two invitations (and two numbers). */
export const coherenceDuplicateInvitee: Rule = {
  id: 'coherence/duplicate-invitee',
  defaultSeverity: 'warning',
  check(context) {
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    const placed = placedInvitees(context) ?? [];
    placed.forEach(({ invitee, place }, i) => {
      const name = foldKey(invitee.name ?? '');
      const organization = foldKey(invitee.organization ?? '');
      if (name === '' && organization === '') return;
      const key = `${name}|${organization}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const who = { invitee: [invitee.name, invitee.organization].filter(Boolean).join(', ') };
      // A data-file row names its first occurrence by row number; a plan entry by the line the runner finds.
      const firstRow = placed[first]!.row;
      out.push(
        firstRow === undefined
          ? { ...place(), messageId: 'coherence/duplicate-invitee', params: who, related: ['invitations', 'invitees', first] }
          : { ...place(), messageId: 'coherence/duplicate-invitee', params: { ...who, line: firstRow } },
      );
    });
    return out;
  },
};
