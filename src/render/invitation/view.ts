import { timeText, venueText } from '../../model/time-text.js';
import { compareDates, shortDate } from '../../model/civil-date.js';
import { formOf, perInvitee } from '../../model/letter-forms.js';
import type { Invitations, PlanModel } from '../../model/plan.js';

import { SENTINEL } from '../../package/sentinels.js';

const ITEM_MARKER = { '1.': '@n', 'a)': '@a', '-': '-' } as const;

const programmeEntries = (model: PlanModel): number => model.content?.programme.entries.length ?? 0;

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
      form: invitations.form,
      perInvitee: perInvitee(invitations),
      /** The line marker of the letter's facts: `@n` (1.), `@a` (a)) or `-`. */
      item: ITEM_MARKER[invitations.items ?? formOf(invitations).items],
      addressees: invitations.addressees,
      preamble: invitations.preamble ?? null,
      closing: invitations.closing ?? null,
      documents: invitations.documents ? { text: null, ...invitations.documents } : null,
      arriveEarly: invitations.arriveEarly ?? null,
      dress: invitations.dress ?? null,
      parking: invitations.parking ?? null,
      bring: invitations.bring ?? null,
      /** Anything for the "Ghi chú" block. */
      hasNotes: Boolean(invitations.documents || invitations.arriveEarly || invitations.dress || invitations.parking
        || invitations.bring || invitations.notes.length),
      programme: {
        printed: invitations.programme === 'printed' && programmeEntries(model) > 0,
        attached: invitations.programme === 'attached' && programmeEntries(model) > 0,
      },
      sequence: invitations.sequence ?? null,
      deadlines: invitations.deadlines.map((d) => ({ day: shortDate(d.date), text: d.text })),
      fees: invitations.fees ? { includes: null, ...invitations.fees } : null,
      bank: invitations.bank ?? null,
      website: invitations.website ?? null,
    },
    attendees: model.attendees.map((g) => ({
      text: g.text,
      members: g.members,
      invitedBy: g.invitedBy ?? null,
    })),
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
  if (!model.venue) return null;
  const online = model.venue.online;
  return {
    name: null, address: null, ...model.venue, text: venueText(model.venue),
    online: online
      ? { platform: null, ...online, points: online.points.map((p) => ({ name: p.name, participants: p.participants })) }
      : null,
  };
}
