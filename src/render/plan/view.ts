import { compareDates } from '../../model/civil-date.js';
import { amountInWords } from '../../model/money-words.js';
import type { AttendeeGroup, Block, Fact, ListStyle, PlanModel, Venue } from '../../model/plan.js';
import { timeText, venueText } from '../../model/time-text.js';
import { pad2 } from '../../text/pad.js';
import { withEnd } from '../../text/sentence-end.js';

const HEADING_KEYS = ['purpose', 'content', 'contentItems', 'attendees', 'time', 'venue', 'funding', 'responsibilities'] as const;

/** A template line the view composes: a marker of the line language (see blocks.ts) and its text. */
interface Line {
  marker: string;
  text: string;
}

interface ViewBlock {
  marker: string;
  heading: string;
  text: string | null;
  lines: Line[];
}

const ITEM_MARKER: Record<ListStyle, string> = { '-': '-', '+': '+', '1.': '@n', 'a)': '@a' };

/** `(chủ trì; mỗi đơn vị 02 người)`: the group's role and quota, as the attendee line prints them. */
const attendeeNote = (g: AttendeeGroup): string | null => {
  const parts = [...(g.role ? [g.role] : []), ...(g.quota ? [`mỗi đơn vị ${pad2(String(g.quota))} người`] : [])];
  return parts.length > 0 ? parts.join('; ') : null;
};

export const attendeeLine = (g: AttendeeGroup): string => {
  const note = attendeeNote(g);
  return `${g.text}${g.members.length > 0 ? `: ${g.members.join('; ')}` : ''}${note ? ` (${note})` : ''}`;
};

/** The bullets under the venue line: rooms, tiểu ban, the online form and its bridge points with their participants. */
export function venueDetails(venue: Venue): Line[] {
  const lines: Line[] = [...venue.rooms.map((r) => ({ marker: '-', text: r })), ...venue.panels.map((p) => ({ marker: '-', text: `${p.name} (tại ${p.room})` }))];
  const online = venue.online;
  if (!online) return lines;
  if (venue.mode !== 'trực tuyến') {
    lines.push({ marker: '-', text: `Hình thức: ${venue.mode}${online.platform ? ` qua ${online.platform}` : ''}` });
    lines.push({ marker: '-', text: `Điểm cầu trung tâm: ${online.central}${online.centralParticipants.length ? ', thành phần gồm:' : ''}` });
  } else if (online.centralParticipants.length) {
    lines.push({ marker: '-', text: 'Thành phần tại điểm cầu trung tâm:' });
  }
  lines.push(...online.centralParticipants.map((p) => ({ marker: '+', text: p })));
  if (online.bridges.length) lines.push({ marker: '-', text: `Các điểm cầu: ${online.bridges.join('; ')}` });
  for (const point of online.points) {
    lines.push({ marker: '-', text: `${point.name}${point.participants.length ? ', thành phần gồm:' : ''}` });
    lines.push(...point.participants.map((p) => ({ marker: '+', text: p })));
  }
  return lines;
}

const withStop = (text: string): string => withEnd(text, '.');

/**
 * What the plan's templates see. Every field a template may name is present (null when empty),
 * because templates are compiled strict: a misspelt field must be an error, a missing value must not.
 */
export function planView(model: PlanModel) {
  const budget = model.funding?.budget;
  const total = budget ? budget.statedTotal ?? budget.computedTotal : 0;
  const time = {
    start: null, end: null, duration: null, note: null, session: null, lunar: null,
    ...model.time,
    oneDay: compareDates(model.time.from, model.time.to) === 0,
    text: timeText(model.time),
  };
  const venue = model.venue
    ? {
        name: null, address: null, online: null,
        ...model.venue,
        ...(model.venue.online ? { online: { platform: null, ...model.venue.online } } : {}),
        text: venueText(model.venue),
        details: venueDetails(model.venue),
      }
    : null;
  const programme = model.content?.programme;
  const anyTasks = model.responsibilities.some((r) => r.tasks.length > 0);
  return {
    issuer: { parent: null, address: null, ...model.issuer },
    document: { number: model.document.number ?? null, date: model.document.date ?? null, title: model.document.title },
    legalBases: model.legalBases,
    intro: model.intro ?? null,
    purpose: model.purpose,
    requirements: model.requirements,
    content: model.content
      ? {
          items: model.content.items,
          programme: programme!.entries,
          attached: programme!.attached ?? null,
          /** The programme is the whole content: no "1. Nội dung" heading above it. */
          programmeOnly: model.content.items.length === 0,
        }
      : null,
    attendees: model.attendees.map((g) => ({ role: null, quota: null, ...g, note: attendeeNote(g), line: attendeeLine(g) })),
    time,
    venue,
    funding: model.funding
      ? {
          source: model.funding.source,
          budget: budget ? { lines: budget.lines, total, inWords: budget.statedInWords ?? amountInWords(total) } : null,
        }
      : null,
    // A text-only unit among units with tasks is a paragraph of its own (or, when named, a heading of its own), not a
    // dash that would read as one more task of the unit above it.
    responsibilities: model.responsibilities.map((r) => ({
      unit: r.unit ?? null,
      text: r.text ?? null,
      tasks: r.tasks,
      heading: r.unit !== undefined && (r.tasks.length > 0 || anyTasks),
      paragraph: anyTasks && r.unit === undefined,
    })),
    headings: Object.fromEntries(HEADING_KEYS.map((k) => [k, model.headings[k] ?? null])),
    signer: model.signer,
    section: null as (ViewBlock & { blocks: ViewBlock[] }) | null,
  };
}

export type PlanView = ReturnType<typeof planView>;

/** The lines a section prints for the meeting facts it carries (schema `facts`); the first time/venue may run in. */
function factLines(view: PlanView, facts: readonly Fact[], heading?: string): Line[] {
  // Under a heading that already names the fact ("1. THỜI GIAN:"), the line does not say "Thời gian:" again.
  const labelled = (name: string, value: string): string =>
    sameLabel(heading, name) ? value.charAt(0).toLocaleUpperCase('vi') + value.slice(1) : `${name}: ${value}`;
  return facts.flatMap((fact): Line[] => {
    if (fact === 'time') return [{ marker: '>', text: labelled('Thời gian', withStop(view.time.text + (view.time.note ? ` ${view.time.note}` : ''))) }];
    if (fact === 'venue') return view.venue ? [{ marker: '>', text: labelled('Địa điểm', withStop(view.venue.text)) }, ...view.venue.details] : [];
    if (fact === 'attendees') return view.attendees.map((g) => ({ marker: '-', text: g.line }));
    if (!view.content) return [];
    return view.content.attached ? [{ marker: '>', text: view.content.attached }] : [{ marker: '@table', text: 'programme' }];
  });
}

/** "Thời gian", "Thời gian:", "Thời gian Hội thi:" name the time. */
const sameLabel = (heading: string | undefined, name: string): boolean =>
  heading !== undefined && `${heading.replace(/[:\s]+$/u, '')} `.toLocaleLowerCase('vi').startsWith(`${name.toLocaleLowerCase('vi')} `);

/** A heading alone with a time or venue fact reads "Thời gian: …" on one line, as the content section prints it. */
function runInFact(view: PlanView, facts: readonly Fact[]): { text: string; rest: Fact[] } | undefined {
  const [first, ...rest] = facts;
  if (first === 'time') return { text: withStop(view.time.text + (view.time.note ? ` ${view.time.note}` : '')), rest };
  if (first === 'venue' && view.venue) return { text: withStop(view.venue.text), rest };
  return undefined;
}

function flatten(view: PlanView, block: Block, depth: number): ViewBlock[] {
  const facts = (block.facts ?? []) as Fact[];
  const runIn = block.text || depth === 1 ? undefined : runInFact(view, facts);
  const items = ITEM_MARKER[(block.list ?? '-') as ListStyle];
  const venueFirst = runIn && facts[0] === 'venue' ? view.venue?.details ?? [] : [];
  const remaining = runIn ? runIn.rest : facts;
  // Under a heading that names its fact ("1. THỜI GIAN HỘI THI:") the fact is what the section states first.
  const factsFirst = remaining.some((fact) => (fact === 'time' && sameLabel(block.heading, 'Thời gian')) || (fact === 'venue' && sameLabel(block.heading, 'Địa điểm')));
  const factText = factLines(view, remaining, block.heading);
  const own: ViewBlock = {
    marker: '#'.repeat(Math.min(depth, 4)),
    heading: block.heading,
    text: block.text ?? runIn?.text ?? null,
    lines: [
      ...venueFirst,
      ...(factsFirst ? factText : []),
      ...(block.paragraphs ?? []).map((text) => ({ marker: '>', text })),
      ...(block.items ?? []).map((text) => ({ marker: items, text })),
      ...(factsFirst ? [] : factText),
    ],
  };
  return [own, ...(block.subsections ?? []).flatMap((sub) => flatten(view, sub, depth + 1))];
}

/** The plan's view with `section` set to the extra section `id` (the view is built once, by the caller). */
export const sectionView = (view: PlanView, model: PlanModel, id: string): PlanView | undefined => {
  const section = model.sections.find((s) => s.id === id);
  if (!section) return undefined;
  const [top, ...blocks] = flatten(view, {
    heading: section.heading, paragraphs: section.paragraphs, items: section.items, list: section.list, facts: section.facts,
    subsections: section.subsections,
  }, 1);
  return { ...view, section: { ...top!, blocks } };
};
