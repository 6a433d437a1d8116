import { timeText, venueText } from '../../model/time-text.js';
import { compareDates } from '../../model/civil-date.js';
import type { Invitations, PlanModel } from '../../model/plan.js';

import { SENTINEL } from '../../package/sentinels.js';

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
    issuer: { parent: null, address: null, ...model.issuer, displayName: model.issuer.nameInText },
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
    time: eventTimeView(model),
    venue: eventVenueView(model),
    signer: model.signer,
    recipient: SENTINEL.recipient,
  };
}

/**
 * The event's time as letters and e-mails see it: `text` is the one wording of the time (model/time-text.ts) that the
 * plan prints too; the parts stay for templates that compose their own.
 */
export function eventTimeView(model: PlanModel) {
  return {
    start: null, end: null, duration: null, note: null, session: null, lunar: null,
    ...model.time,
    oneDay: compareDates(model.time.from, model.time.to) === 0,
    text: timeText(model.time),
  };
}

/** The venue as letters and e-mails see it (`text` as the plan prints it), or null when the event has none. */
export function eventVenueView(model: PlanModel) {
  return model.venue ? { name: null, address: null, ...model.venue, text: venueText(model.venue) } : null;
}
