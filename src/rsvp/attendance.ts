import type { AttendeeGroup, PlanModel } from '../model/plan.js';
import { oneLineText } from '../text/one-line.js';
import type { ReplyBook } from './book.js';

/** One person expected at the conference: an invitee who is coming, or the delegate one sends. */
export interface Attendee {
  key: string;
  /** Họ và tên as printed (with the salutation for an invitee, as written for a delegate); empty when only a unit was invited. */
  name: string;
  title: string;
  organization: string;
  /** For a delegate: the invitee they stand in for (name, else the unit). */
  standsInFor?: string;
  group?: string;
}

/** The groups of the plan's Thành phần in order, each with the attendees of its invitees; then those of no known group. */
export interface AttendeeSection {
  group?: AttendeeGroup;
  attendees: Attendee[];
}

/** Everyone coming, in the invitee list's order: `dự` as invited, `cử người dự` as the delegate named. */
export function attendeesComing(book: ReplyBook): Attendee[] {
  const out: Attendee[] = [];
  for (const e of book.entries) {
    const i = e.invitee;
    const organization = oneLineText(i.organization);
    const base = { key: e.key, organization, ...(i.group ? { group: i.group } : {}) };
    if (e.row.status === 'coming') {
      const name = oneLineText(i.name);
      out.push({ ...base, name: name ? [oneLineText(i.salutation), name].filter(Boolean).join(' ') : '', title: oneLineText(i.title) });
    } else if (e.row.status === 'delegate') {
      const invited = oneLineText(i.name) || organization;
      out.push({ ...base, name: oneLineText(e.row.delegate?.name), title: oneLineText(e.row.delegate?.title), ...(invited ? { standsInFor: [oneLineText(i.salutation), invited].filter(Boolean).join(' ') } : {}) });
    }
  }
  return out;
}

/** The attendees grouped as the plan's Thành phần lists its groups (groups with nobody are left out). */
export function attendeeSections(model: PlanModel, attendees: readonly Attendee[]): AttendeeSection[] {
  const known = new Set(model.attendees.map((g) => g.id));
  const sections: AttendeeSection[] = model.attendees
    .map((group) => ({ group, attendees: attendees.filter((a) => a.group === group.id) }))
    .filter((s) => s.attendees.length > 0);
  const rest = attendees.filter((a) => !a.group || !known.has(a.group));
  if (rest.length > 0) sections.push({ attendees: rest });
  return sections;
}
