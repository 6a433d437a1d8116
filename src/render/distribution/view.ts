import { isoDate, type CivilDate } from '../../model/civil-date.js';
import { formTypeName } from '../../model/letter-forms.js';
import type { DocumentRef, PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Block } from '../blocks.js';
import { citedNumber, letterNumberLine, numberLineOf } from '../house.js';
import { dateWords } from '../nd30/format.js';
import { loadTemplate, TemplateError } from '../templates.js';
import { summaryInText } from './names.js';

// Kept apart from the DOCX rendering (render-distribution.ts) so `plan check` can run the list's templates without
// loading docx.

export const TEMPLATE_FILES = { list: 'danh-sach/danh-sach.hbs', words: 'danh-sach/tu-ngu.hbs' } as const;

/** The words printed in the cells, by their key in `tu-ngu.hbs`; these defaults fill any key the clerk removed. */
export const DEFAULT_WORDS = {
  'ke-hoach': 'Kế hoạch',
  'giay-moi': 'Giấy mời',
  'ban-giay': 'bản giấy',
  'ban-dien-tu': 'bản điện tử',
  email: 'email',
  'ban-luu': 'bản lưu',
  luu: 'Lưu:',
} as const;
export type Words = Record<keyof typeof DEFAULT_WORDS, string>;

/** Room for the văn thư to write a number or date by hand. */
const BLANK = '\u00A0'.repeat(6);

const dateText = (date: CivilDate | undefined): string => (date ? dateWords(isoDate(date)) : `ngày${BLANK}tháng${BLANK}năm 20…`);
/** The number and ký hiệu without the word `Số` (and its colon in Decree 30's style). */
const reference = (model: PlanModel, ref: DocumentRef, type: string): string => citedNumber(numberLineOf(model, ref, type));

/** What the templates see. Every field is present (null when empty): templates are compiled strict. */
export function distributionView(model: PlanModel, count: number) {
  const invitations = model.invitations;
  return {
    issuer: { parent: null, address: null, ...model.issuer },
    plan: {
      reference: reference(model, model.document, model.documentType.code),
      typeName: model.documentType.name,
      number: model.document.number ?? null,
      date: model.document.date ?? null,
      dateWords: dateText(model.document.date),
      summary: model.document.title,
      summaryInText: summaryInText(model.document.title),
    },
    // One number for the batch can be cited; numbered letter by letter, there is no single number to cite.
    invitations:
      invitations && invitations.numbering === 'batch'
        ? {
            reference: citedNumber(letterNumberLine(model, invitations)),
            typeName: formTypeName(invitations),
            dateWords: dateText(invitations.document.date),
            summary: invitations.document.title,
          }
        : null,
    count,
  };
}

/**
 * The cell words from `tu-ngu.hbs`. An unknown key is reported at its line in the template file: the rendered lines
 * are shifted by the template's comments, so the line is found in the source.
 */
function wordsFrom(blocks: Block[], file: string, source: string): Words {
  const words: Words = { ...DEFAULT_WORDS };
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level !== 2) continue;
    if (!(block.text in DEFAULT_WORDS)) {
      const at = source.split(/\r?\n/).findIndex((l) => l.trim().startsWith('## ') && l.trim().slice(3).split('||')[0]!.trim() === block.text);
      const line = at >= 0 ? at + 1 : block.line;
      throw new TemplateError({
        file, range: { start: { line, column: 1 }, end: { line, column: 2 } },
        severity: 'error', ruleId: 'template', messageId: 'template/field', params: { field: block.text },
      });
    }
    words[block.text as keyof Words] = block.runIn ?? '';
  }
  return words;
}

export type DistributionText = { ok: true; blocks: Block[]; words: Words } | { ok: false; diagnostics: Diagnostic[] };

/** Loads `danh-sach/*.hbs` and renders them for a list of `count` rows: the list's blocks and the words of its cells. */
export async function distributionText(model: PlanModel, count: number, templatesDir: string): Promise<DistributionText> {
  const [list, words] = await Promise.all([loadTemplate(templatesDir, TEMPLATE_FILES.list), loadTemplate(templatesDir, TEMPLATE_FILES.words)]);
  if (!list.ok || !words.ok) return { ok: false, diagnostics: [...(list.ok ? [] : list.diagnostics), ...(words.ok ? [] : words.diagnostics)] };
  try {
    return {
      ok: true,
      words: wordsFrom(words.template({}), `${templatesDir}/${TEMPLATE_FILES.words}`, words.source),
      blocks: list.template(distributionView(model, count)),
    };
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
}
