import type { BuildContext, Produced, Producer } from '../documents.js';
import { inviteeName } from '../../model/invitee.js';
import { letterNumber } from '../../merge/invitations.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { attendeeSections, attendeesComing } from '../../rsvp/attendance.js';
import { loadBook, type BookLoad } from '../../rsvp/load.js';
import { oneLineText } from '../../text/one-line.js';
import { renderBadges } from '../../render/badges/render-badges.js';
import { renderEnvelopes, type Envelope } from '../../render/envelopes/render-envelopes.js';
import { numberLine } from '../../render/nd30/index.js';
import { renderAttendeeList, renderSignIn } from '../../render/attendees/render-lists.js';
import { attendeesText } from '../../render/attendees/view.js';

export const ATTENDEES_FILE = 'danh-sach-dai-bieu.docx';
export const SIGN_IN_FILE = 'danh-sach-ky-ten.docx';
export const BADGES_FILE = 'the-ten.docx';
export const ENVELOPES_FILE = 'phong-bi.docx';

/**
 * The invitees and their replies, read once per build however many of these documents it makes; the findings about
 * them (a reply whose invitee is gone, no replies file yet) are reported by the first document that reads them.
 */
const loads = new WeakMap<BuildContext['model'], Promise<BookLoad>>();
async function book(context: BuildContext): Promise<{ load: BookLoad; first: boolean }> {
  const known = loads.get(context.model);
  if (known) return { load: await known, first: false };
  const promise = loadBook(context.model, context.planFile);
  loads.set(context.model, promise);
  return { load: await promise, first: true };
}

const noInvitations = (context: BuildContext): Produced => ({
  ok: false,
  diagnostics: [{ file: context.planFile, severity: 'error', ruleId: 'invite', messageId: 'invite/no-invitations', params: {} }],
});

/** The people coming, grouped as the plan's Thành phần, and what to say about the replies. */
async function coming(context: BuildContext) {
  const { load, first } = await book(context);
  if (!load.ok) return load;
  const diagnostics: Diagnostic[] = first ? [...load.diagnostics] : [];
  if (first && !load.exists) {
    diagnostics.push({ file: load.path, severity: 'warning', ruleId: 'rsvp/file', messageId: 'rsvp/no-replies-file', params: {} });
  }
  const attendees = attendeesComing(load.book);
  return { ok: true as const, attendees, sections: attendeeSections(context.model, attendees), diagnostics };
}

/** A list of the people coming, made by `render` into the file `name`. */
const listProducer = (kind: 'attendees' | 'sign-in', name: string, render: typeof renderAttendeeList): Producer => async (context) => {
  if (!context.model.invitations) return noInvitations(context);
  const c = await coming(context);
  if (!c.ok) return c;
  const r = await render(context.model, c.sections, context.templatesDir);
  if (!r.ok) return { ok: false, diagnostics: [...c.diagnostics, ...r.diagnostics] };
  return { ok: true, outputs: [{ kind, name, bytes: r.bytes }], diagnostics: c.diagnostics };
};

/** `attendees`: Danh sách đại biểu dự hội nghị. */
export const attendeesProducer = listProducer('attendees', ATTENDEES_FILE, renderAttendeeList);

/** `sign-in`: the sheet the attendees sign at the door. */
export const signInProducer = listProducer('sign-in', SIGN_IN_FILE, renderSignIn);

/** `badges`: a folded name card per person coming; nobody coming yet is a warning and no file. */
export const badgesProducer: Producer = async (context) => {
  if (!context.model.invitations) return noInvitations(context);
  const c = await coming(context);
  if (!c.ok) return c;
  const people = c.sections.flatMap((s) => s.attendees);
  if (people.length === 0) {
    return { ok: true, outputs: [], diagnostics: [...c.diagnostics, { file: context.planFile, severity: 'warning', ruleId: 'rsvp/badges', messageId: 'rsvp/no-attendees', params: {} }] };
  }
  return { ok: true, outputs: [{ kind: 'badges', name: BADGES_FILE, bytes: await renderBadges(context.model, people) }], diagnostics: c.diagnostics };
};

/**
 * `envelopes`: one per invitee with a postal address, in the list's order, with the letter's Số/ký hiệu. The invitees
 * without an address are named in one warning (no blank envelope).
 */
export const envelopesProducer: Producer = async (context) => {
  const invitations = context.model.invitations;
  if (!invitations) return noInvitations(context);
  const { load, first } = await book(context);
  if (!load.ok) return load;
  const text = await attendeesText(context.model, 0, context.templatesDir);
  if (!text.ok) return text;
  const diagnostics: Diagnostic[] = first ? load.diagnostics.filter((d) => d.ruleId !== 'rsvp/orphan') : [];
  const envelopes: Envelope[] = [];
  const unaddressed: string[] = [];
  load.book.entries.forEach((entry, i) => {
    const invitee = entry.invitee;
    const address = oneLineText(invitee.address);
    if (address === '') {
      unaddressed.push(inviteeName(invitee));
      return;
    }
    const number = letterNumber(invitations, i);
    const name = oneLineText(invitee.name);
    envelopes.push({
      numberLine: numberLine(/^\d+$/.test(number) ? number : undefined, 'GM', context.model.issuer.abbreviation),
      name: name ? [oneLineText(invitee.salutation), name].filter(Boolean).join(' ') : '',
      title: oneLineText(invitee.title),
      organization: oneLineText(invitee.organization),
      address,
    });
  });
  // One finding naming them all: a list of 20 units without an address is one thing to do, not 20 warnings.
  if (unaddressed.length > 0) {
    diagnostics.push({ file: context.planFile, severity: 'warning', ruleId: 'envelopes/no-address', messageId: 'rsvp/no-address', params: { count: unaddressed.length, who: unaddressed.join('; ') } });
  }
  if (envelopes.length === 0) return { ok: true, outputs: [], diagnostics };
  const bytes = await renderEnvelopes(context.model, envelopes, invitations.envelope ?? 'DL', text.words);
  return { ok: true, outputs: [{ kind: 'envelopes', name: ENVELOPES_FILE, bytes }], diagnostics };
};
