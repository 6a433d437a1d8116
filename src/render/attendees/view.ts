import { compareDates, shortDate, vietnameseWeekday } from '../../model/civil-date.js';
import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Block } from '../blocks.js';
import { eventName } from '../invitation/view.js';
import { loadTemplate, TemplateError } from '../templates.js';

// The wording of the documents made after the invitations (templates/dai-bieu/), kept apart from the DOCX rendering.

export const TEMPLATE_FILES = { attendees: 'dai-bieu/danh-sach.hbs', signIn: 'dai-bieu/ky-ten.hbs', words: 'dai-bieu/tu-ngu.hbs' } as const;

/** The words printed in cells and on envelopes, by their key in `tu-ngu.hbs`; these defaults fill a key the clerk removed. */
export const DEFAULT_WORDS = {
  'du-thay': 'Dự thay',
  'dai-dien': 'Đại diện',
  'nhom-khac': 'Đại biểu khác',
  'chua-co': 'Chưa có đại biểu nào xác nhận dự.',
  'kinh-gui': 'Kính gửi:',
  'dia-chi': 'Địa chỉ:',
} as const;
export type Words = Record<keyof typeof DEFAULT_WORDS, string>;

/** What the templates see. Every field is present: templates are compiled strict. */
export function attendeesView(model: PlanModel, count: number) {
  const event = model.invitations ? eventName(model.invitations, model) : model.document.title;
  const { from, to, start } = model.time;
  const days = compareDates(from, to) === 0 ? `${vietnameseWeekday(from)}, ngày ${shortDate(from)}` : `từ ngày ${shortDate(from)} đến ngày ${shortDate(to)}`;
  const time = `${start ? `${start}, ` : ''}${days}`;
  return {
    event: event.replace(/^./u, (c) => c.toLocaleUpperCase('vi')),
    time,
    date: shortDate(from),
    venue: model.venue?.name ?? null,
    count,
    issuer: { nameInText: model.issuer.nameInText },
  };
}

function wordsFrom(blocks: Block[], file: string): Words {
  const words: Words = { ...DEFAULT_WORDS };
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level !== 2) continue;
    if (!(block.text in DEFAULT_WORDS)) {
      throw new TemplateError({
        file, range: { start: { line: block.line, column: 1 }, end: { line: block.line, column: 2 } },
        severity: 'error', ruleId: 'template', messageId: 'template/field', params: { field: block.text },
      });
    }
    words[block.text as keyof Words] = block.runIn ?? '';
  }
  return words;
}

export type AttendeesText = { ok: true; blocks: Block[]; words: Words } | { ok: false; diagnostics: Diagnostic[] };

/** The blocks of one document's template (`attendees` or `signIn`, or none for the envelopes) and the cell words. */
export async function attendeesText(model: PlanModel, count: number, templatesDir: string, which?: 'attendees' | 'signIn'): Promise<AttendeesText> {
  const [main, words] = await Promise.all([
    which ? loadTemplate(templatesDir, TEMPLATE_FILES[which]) : Promise.resolve(undefined),
    loadTemplate(templatesDir, TEMPLATE_FILES.words),
  ]);
  if ((main && !main.ok) || !words.ok) return { ok: false, diagnostics: [...(main && !main.ok ? main.diagnostics : []), ...(words.ok ? [] : words.diagnostics)] };
  try {
    return { ok: true, words: wordsFrom(words.template({}), `${templatesDir}/${TEMPLATE_FILES.words}`), blocks: main ? main.template(attendeesView(model, count)) : [] };
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
}
