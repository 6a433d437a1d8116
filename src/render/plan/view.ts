import { compareDates } from '../../model/civil-date.js';
import { amountInWords } from '../../model/money-words.js';
import type { Block, PlanModel } from '../../model/plan.js';

const HEADING_KEYS = ['purpose', 'content', 'contentItems', 'attendees', 'time', 'venue', 'funding', 'responsibilities'] as const;

interface ViewBlock {
  heading: string;
  text: string | null;
  paragraphs: string[];
  items: string[];
  subsections: ViewBlock[];
}

const fullBlock = (block: Block): ViewBlock => ({
  heading: block.heading,
  text: block.text ?? null,
  paragraphs: block.paragraphs ?? [],
  items: block.items ?? [],
  subsections: (block.subsections ?? []).map(fullBlock),
});

/**
 * What the plan's templates see. Every field a template may name is present (null when empty),
 * because templates are compiled strict: a misspelt field must be an error, a missing value must not.
 */
export function planView(model: PlanModel) {
  const budget = model.funding?.budget;
  const total = budget ? budget.statedTotal ?? budget.computedTotal : 0;
  return {
    issuer: { parent: null, address: null, ...model.issuer },
    document: { number: model.document.number ?? null, date: model.document.date ?? null, title: model.document.title },
    legalBases: model.legalBases,
    intro: model.intro ?? null,
    purpose: model.purpose,
    content: model.content,
    attendees: model.attendees.map((g) => ({ role: null, quota: null, ...g })),
    time: {
      start: null, end: null, duration: null, note: null,
      ...model.time,
      oneDay: compareDates(model.time.from, model.time.to) === 0,
    },
    venue: { address: null, online: null, ...model.venue, ...(model.venue.online ? { online: { platform: null, ...model.venue.online } } : {}) },
    funding: model.funding
      ? {
          source: model.funding.source,
          budget: budget ? { lines: budget.lines, total, inWords: budget.statedInWords ?? amountInWords(total) } : null,
        }
      : null,
    responsibilities: model.responsibilities.map((r) => ({ unit: r.unit ?? null, text: r.text ?? null, tasks: r.tasks })),
    headings: Object.fromEntries(HEADING_KEYS.map((k) => [k, model.headings[k] ?? null])),
    signer: model.signer,
    section: null as ViewBlock | null,
  };
}

export type PlanView = ReturnType<typeof planView>;

/** The plan's view with `section` set to the extra section `id` (the view is built once, by the caller). */
export const sectionView = (view: PlanView, model: PlanModel, id: string): PlanView | undefined => {
  const section = model.sections.find((s) => s.id === id);
  return section
    ? { ...view, section: fullBlock({ heading: section.heading, paragraphs: section.paragraphs, items: section.items, subsections: section.subsections }) }
    : undefined;
};
