import type { Invitee } from '../model/source.js';
import { oneLineText } from '../text/one-line.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML character data exactly as docx does it, so a filled letter equals one docx renders itself. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The invitee with every field cleaned (empty fields dropped). */
export function cleanInvitee(invitee: Invitee): Invitee {
  const out: Invitee = {};
  for (const key of ['salutation', 'name', 'title', 'organization', 'email', 'address', 'group'] as const) {
    const value = oneLineText(invitee[key]);
    if (value !== '') out[key] = value;
  }
  return out;
}

