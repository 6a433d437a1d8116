// Issue 14 item 7: every field of the schema prints somewhere, feeds a check, or goes. A full plan gives each field a
// distinctive value; the built program writes the plan, the letters, the list and (dry run) the e-mails; each value
// must be found in that text, unless the field is listed below as the input of a rule or of the program's own
// mechanics, with the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { schemaLeaves } from '../helpers/schema-leaves.js';
import { filesBelow, project, ROOT, runBuilt } from './run-built.js';

const PLAN = 'tests/fixtures/plan-model/day-du.yaml';

/** Fields whose value is not printed but drives a rule or the program; each must be filled in the full plan too. */
const CONSUMED: Record<string, string> = {
  numbering: 'chooses the heading labels (tests/e2e/plan-model.test.ts)',
  'content.numbered': 'adds the TT column, whose title is printed',
  'attendees[].id': 'links invitees to their group (coherence rules)',
  'attendees[].invited': 'decides who gets a letter (coherence/group-invited)',
  'invitations.invitees[].group': 'links an invitee to its group (coherence/invitee-group)',
  'invitations.numbering': 'numbers the letters per batch or per invitee',
  'sections[].id': 'names the section in order (order/* rules)',
  'order[]': 'orders the sections (order/* rules)',
  'invitations.invitees[].address': 'the distribution list prints it when the invitee has no e-mail (tests/render/distribution)',
  'invitations.invitees[].phone': 'plan rsvp lists it beside those who have not replied (tests/e2e/rsvp.test.ts)',
  'invitations.envelope': 'the paper of plan build --only envelopes (tests/e2e/attendee-documents.test.ts)',
  'sections[].facts[]': 'chooses which meeting facts print in the section',
  'sections[].subsections[].facts[]': 'chooses which meeting facts print in the section',
  'sections[].subsections[].subsections[].facts[]': 'chooses which meeting facts print in the section',
  'mail.host': 'SMTP transport', 'mail.port': 'SMTP transport', 'mail.secure': 'SMTP transport', 'mail.user': 'SMTP transport',
  'mail.perMinute': 'send pace', 'mail.retries': 'send retries', 'mail.retryDelay': 'send retries',
  'page.margins.top': 'page layout', 'page.margins.bottom': 'page layout', 'page.margins.left': 'page layout',
  'page.margins.right': 'page layout', 'page.fontSize': 'page layout',
  'issuer.style': 'house style (the header layout; tests/e2e/layout-rules.test.ts reads a Party header back)',
  rules: 'rule severities',
};

/**
 * Alternatives to a field the full plan fills (a plan uses one form): time.from/to/month/window and content.attached
 * are printed by tests/e2e/plan-model.test.ts; invitations.data/sheet read invitees from a spreadsheet
 * (tests/engine/invite.test.ts).
 */
const ALTERNATIVES = ['time.from', 'time.to', 'time.month', 'time.window', 'content.attached', 'invitations.data', 'invitations.sheet'];

/**
 * The fields of the other letter forms (invitations.form: issue 15): the full plan makes Giấy mời to each invitee, so
 * these are filled and found in the letters by tests/e2e/letter-forms.test.ts and tests/e2e/real-letters.test.ts.
 */
const LETTER_FORM_FIELD = /^(attendees\[\]\.invitedBy|invitations\.(form|addressees\[\]|preamble|closing|unit|items|programme|sequence|documents\..+|arriveEarly|dress|parking|bring|deadlines\[\]\..+|fees\..+|bank\..+|website))$/u;

/** The (path, value) of every leaf of a parsed plan, arrays written `[]` as in schemaLeaves. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${path}[]`));
  if (value && typeof value === 'object') {
    if (path === 'rules') return [[path, value]];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

/** How a value may be printed: as written, or a date, a clock time or an amount as the documents word them. */
function printedForms(value: unknown): string[] {
  if (typeof value === 'number') return [String(value), String(value).padStart(2, '0'), value.toLocaleString('de-DE')];
  const text = String(value);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const [, y, m, d] = date;
    return [`${+d!}/${+m!}/${y}`, `ngày ${d} tháng ${+m!} năm ${y}`, `${+d!}/${+m!}`];
  }
  const clock = /^(\d{2}):(\d{2})$/.exec(text);
  if (clock) return [`${clock[1]} giờ ${clock[2]} phút`];
  return [text];
}

const decodeQp = (text: string): string =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
const decodeHeaders = (text: string): string =>
  text.replace(/\r?\n\s+/g, ' ').replace(/=\?UTF-8\?Q\?(.*?)\?=\s?/g, (_, q: string) => decodeQp(q.replace(/_/g, ' ')));

describe('every field of a full plan reaches a document or a rule', () => {
  it('fills every schema field, then finds each value in the plan, letters, list or e-mails', async () => {
    const source = parse(readFileSync(join(ROOT, PLAN), 'utf8')) as unknown;
    const written = leaves(source);
    const paths = new Set(written.map(([p]) => p));
    const unfilled = schemaLeaves(ROOT).filter((p) => !paths.has(p) && !ALTERNATIVES.includes(p) && !LETTER_FORM_FIELD.test(p));
    expect(unfilled, 'fields the full plan leaves empty').toEqual([]);

    const dir = project(['tests/fixtures/plan-model', 'schema']);
    expect((await runBuilt(['build', PLAN, '--out', 'out'], { cwd: dir })).code).toBe(0);
    expect((await runBuilt(['send', PLAN, '--out', 'out', '--dry-run'], { cwd: dir })).code).toBe(0);
    const files = filesBelow(join(dir, 'out'));
    const text = [
      ...files.filter((f) => f.endsWith('.docx')).map((f) =>
        all(openDocx(join(dir, 'out', f)).dom('word/document.xml'), 'p').map(paragraphText).join('\n')),
      ...files.filter((f) => f.endsWith('.eml')).map((f) => decodeHeaders(decodeQp(readFileSync(join(dir, 'out', f), 'latin1')))),
    ].join('\n').replace(/\s+/g, ' ');

    const upper = text.toLocaleUpperCase('vi');
    const missing = written
      .filter(([path]) => !(path in CONSUMED) && !(path.split('.')[0]! in CONSUMED))
      // Headings print in capitals (section headings), so a value is also looked for upper-cased.
      .filter(([, value]) => !printedForms(value).some((form) => text.includes(form) || upper.includes(form.toLocaleUpperCase('vi'))))
      .map(([path, value]) => `${path} = ${String(value)}`);
    expect(missing, 'values that reach no document').toEqual([]);
  });
});
