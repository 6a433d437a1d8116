import { isEmail } from '../../../text/email.js';
import type { Finding, Rule } from '../types.js';

/**
 * `plan send` e-mails each invitee its letter and each electronic recipient the plan. Once the plan uses e-mail at all
 * (a `mail:` block, or an address anywhere), a recipient without an address, or with one that is not an address, will
 * not get it by e-mail: say so before the clerk sends, at the line of the recipient. Invitees read from a data file are
 * checked when it is loaded (row and column of the cell) and by `plan send`.
 */
export const emailAddress: Rule = {
  id: 'email/address',
  defaultSeverity: 'warning',
  check({ model }) {
    const out: Finding[] = [];
    const invitees = model.invitations?.data === undefined ? (model.invitations?.invitees ?? []) : [];
    const contacts = model.recipients.electronic;
    const inUse = model.mail !== undefined || invitees.some((i) => i.email) || contacts.some((c) => c.email);
    const look = (email: string | undefined, who: string, path: (string | number)[], emailPath: (string | number)[]) => {
      const value = email?.trim() ?? '';
      if (value === '') {
        if (inUse) out.push({ path, messageId: 'email/address/missing', params: { who } });
      } else if (!isEmail(value)) {
        out.push({ path: emailPath, messageId: 'email/address/invalid', params: { who, value } });
      }
    };
    invitees.forEach((invitee, i) =>
      look(invitee.email, invitee.name ?? invitee.organization ?? '', ['invitations', 'invitees', i], ['invitations', 'invitees', i, 'email']),
    );
    contacts.forEach((contact, i) =>
      look(contact.email, contact.name, ['recipients', 'electronic', i], ['recipients', 'electronic', i, 'email']),
    );
    return out;
  },
};
