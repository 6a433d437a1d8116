import type { Invitee } from '../model/source.js';

/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE, U+FFFF, unpaired surrogates). Removed from every
 * data value before it goes near the XML, so a stray control character pasted from Excel cannot break the file.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** One line of letter text from a data value: NFC, forbidden characters removed, runs of white space (tabs, line breaks) as one space. */
export function cleanValue(text: string | undefined): string {
  if (text === undefined) return '';
  return text.normalize('NFC').replace(FORBIDDEN, '').replace(/\s+/gu, ' ').trim();
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML character data exactly as docx does it, so a filled letter equals one docx renders itself. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The invitee with every field cleaned (empty fields dropped). */
export function cleanInvitee(invitee: Invitee): Invitee {
  const out: Invitee = {};
  for (const key of ['salutation', 'name', 'title', 'organization', 'email', 'address', 'group'] as const) {
    const value = cleanValue(invitee[key]);
    if (value !== '') out[key] = value;
  }
  return out;
}

/**
 * The person or body invited, as printed after "trân trọng kính mời:" (Mẫu 1.7, footnote 6):
 * `Ông Nguyễn Văn An, Giám đốc, Sở Y tế`, or the organisation alone: `Hội đồng KH&CN Sở Y tế`.
 */
export function recipientText(invitee: Invitee): string {
  const who = [invitee.salutation, invitee.name].map(cleanValue).filter((s) => s !== '').join(' ');
  const parts = [who, cleanValue(invitee.title), cleanValue(invitee.organization)].filter((s) => s !== '');
  return parts.join(', ');
}
