import { compareDates } from '../../model/civil-date.js';
import type { Invitations, PlanModel } from '../../model/plan.js';

/**
 * Unique tokens standing for the invitee-specific text while the letter is rendered once. They are plain ASCII
 * letters, so neither Handlebars, the line language nor docx's XML escaping changes them.
 */
export const SENTINEL = {
  recipient: 'ZQXRECIPIENTXQZ',
  number: 'ZQXNUMBERXQZ',
} as const;
export type Slot = keyof typeof SENTINEL;
export const SENTINEL_PREFIX = 'ZQX';

/**
 * The issuing agency's name in running text ("Sở Khoa học và Công nghệ trân trọng kính mời"). The plan writes it in
 * capitals for the header; the same name in normal case is taken from the plan's own text where it appears (venue,
 * chair, funding…), else the capitals are lowered after the first letter, keeping abbreviations such as UBND, KH&CN.
 */
export function issuerDisplayName(model: PlanModel): string {
  const upper = model.issuer.name.trim().replace(/\s+/g, ' ');
  const key = upper.toLocaleLowerCase('vi');
  const texts = [
    model.venue.name, model.venue.address, model.invitations?.chair, model.funding?.source, model.intro,
    ...model.purpose, ...model.content.items, ...model.responsibilities.map((r) => r.text),
  ];
  for (const text of texts) {
    if (!text) continue;
    const normal = text.replace(/\s+/g, ' ');
    const at = normal.toLocaleLowerCase('vi').indexOf(key);
    if (at >= 0) {
      const found = normal.slice(at, at + upper.length);
      if (found !== upper) return found;
    }
  }
  return upper
    .split(' ')
    .map((word, i) => {
      if (!isSyllable(word)) return word; // UBND, KH&CN, TP.HCM stay as written
      const lower = word.toLocaleLowerCase('vi');
      return i === 0 ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower;
    })
    .join(' ');
}

/** A Vietnamese syllable (as opposed to an abbreviation): an optional initial consonant, vowels, an optional final. */
function isSyllable(word: string): boolean {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'D').toUpperCase();
  return /^(NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]+(CH|NG|NH|[CMNPT])?$/.test(folded);
}

/** "Dự Hội nghị giao ban …" → "Hội nghị giao ban …": what the invitee comes to ("Tới dự: …"). */
export function eventName(invitations: Invitations, model: PlanModel): string {
  const title = invitations.document.title.trim();
  const m = /^(?:về việc\s+)?(?:mời\s+)?(?:tham\s+)?dự\s+(.+)$/iu.exec(title);
  if (m) return m[1]!;
  return model.document.title.trim().replace(/^tổ chức\s+/iu, '').replace(/^./u, (c) => c.toLocaleUpperCase('vi'));
}

/**
 * What the letter's templates see. Every field a template may name is present (null when empty): templates are
 * compiled strict. The invitee-specific text is a sentinel here; it is filled per invitee after rendering, so data
 * values are never compiled or evaluated as templates.
 */
export function invitationView(model: PlanModel, invitations: Invitations) {
  return {
    issuer: { parent: null, address: null, ...model.issuer, displayName: issuerDisplayName(model) },
    invitation: {
      number: invitations.document.number ?? null,
      date: invitations.document.date ?? null,
      title: invitations.document.title,
      event: eventName(invitations, model),
      chair: invitations.chair ?? null,
      contact: invitations.contact ? { phone: null, email: null, ...invitations.contact } : null,
      replyBy: invitations.replyBy ?? null,
      notes: invitations.notes,
    },
    plan: { number: model.document.number ?? null, date: model.document.date ?? null, title: model.document.title },
    time: {
      start: null, end: null, duration: null, note: null,
      ...model.time,
      oneDay: compareDates(model.time.from, model.time.to) === 0,
    },
    venue: { address: null, ...model.venue },
    signer: model.signer,
    recipient: SENTINEL.recipient,
  };
}
