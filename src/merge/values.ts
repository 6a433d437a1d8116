import type { Invitee } from '../model/source.js';
import { oneLineText } from '../text/one-line.js';

/** The invitee with every field cleaned (empty fields dropped). */
export function cleanInvitee(invitee: Invitee): Invitee {
  const out: Invitee = {};
  for (const key of ['salutation', 'name', 'title', 'organization', 'email', 'address', 'group'] as const) {
    const value = oneLineText(invitee[key]);
    if (value !== '') out[key] = value;
  }
  return out;
}

