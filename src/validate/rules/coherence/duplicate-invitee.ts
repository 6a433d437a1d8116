import { foldKey } from '../text.js';
import type { Finding, Rule } from '../types.js';

/** The same person or organisation twice would get two invitations (and two numbers). */
export const coherenceDuplicateInvitee: Rule = {
  id: 'coherence/duplicate-invitee',
  defaultSeverity: 'warning',
  description: {
    vi: 'Không mời một người hoặc một cơ quan hai lần (so sánh họ tên và cơ quan, không phân biệt hoa thường, dấu).',
    en: 'No invitee may appear twice (same name and organisation, ignoring case and diacritics).',
  },
  check({ model }) {
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    (model.invitations?.invitees ?? []).forEach((invitee, i) => {
      const name = foldKey(invitee.name ?? '');
      const organization = foldKey(invitee.organization ?? '');
      if (name === '' && organization === '') return;
      const key = `${name}|${organization}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      out.push({
        path: ['invitations', 'invitees', i],
        messageId: 'coherence/duplicate-invitee',
        params: { invitee: [invitee.name, invitee.organization].filter(Boolean).join(', ') },
        related: ['invitations', 'invitees', first],
      });
    });
    return out;
  },
};
