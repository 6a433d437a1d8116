import type { FileChild } from 'docx';
import { archiveText, type Invitations, type PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { blockChildren } from '../block-children.js';
import type { Block } from '../blocks.js';
import { issuerHeader } from '../issuer-header.js';
import {
  closingTable, createSectionedDocument, numberLine, packDocx, section, titleBlock, type Inline, type PageOptions, type Span,
} from '../nd30/index.js';
import { loadTemplate, TemplateError } from '../templates.js';
import { invitationView, SENTINEL, SENTINEL_PREFIX, type Slot } from './view.js';

export const TEMPLATE_FILE = 'giay-moi/noi-dung.hbs';

/** The wording of one letter with the invitee-specific text still as sentinels: rendered once per batch. */
export interface LetterPlan {
  model: PlanModel;
  invitations: Invitations;
  blocks: Block[];
  page: PageOptions;
}

export type LetterPlanResult = { ok: true; plan: LetterPlan } | { ok: false; diagnostics: Diagnostic[] };

const problem = (file: string, messageId: string, params: Record<string, string | number> = {}): Diagnostic =>
  ({ file, severity: 'error', ruleId: 'invite', messageId, params });

/** Loads the letter template and renders it once with sentinels in place of the invitee. */
export async function planLetter(model: PlanModel, templatesDir: string, planFile: string): Promise<LetterPlanResult> {
  const invitations = model.invitations;
  if (!invitations) return { ok: false, diagnostics: [problem(planFile, 'invite/no-invitations')] };
  if (invitations.numbering === 'per-invitee' && invitations.document.number === undefined) {
    return { ok: false, diagnostics: [problem(planFile, 'invite/per-invitee-no-number')] };
  }
  const load = await loadTemplate(templatesDir, TEMPLATE_FILE);
  if (!load.ok) return load;
  const view = invitationView(model, invitations);
  if (JSON.stringify(view).split(SENTINEL_PREFIX).length - 1 !== 1) {
    return { ok: false, diagnostics: [problem(planFile, 'invite/reserved-character')] };
  }
  let blocks: Block[];
  try {
    blocks = load.template(view);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
  const uses = blocks.filter((b) => 'text' in b && b.text.includes(SENTINEL.recipient)).length;
  if (uses === 0) return { ok: false, diagnostics: [problem(`${templatesDir}/${TEMPLATE_FILE}`, 'invite/no-recipient')] };
  return { ok: true, plan: { model, invitations, blocks, page: { margins: model.page.margins, fontSize: model.page.fontSize } } };
}

/** What goes into the invitee-specific places: the sentinels (for the letter template) or an invitee's values. */
export type SlotValues = Record<Slot, string>;
export const SENTINEL_VALUES: SlotValues = { ...SENTINEL };

/** `Số: 06/GM-KHCN`; in per-invitee numbering the number itself is a slot. */
function numberText(plan: LetterPlan, values: SlotValues): string {
  const { model, invitations } = plan;
  if (invitations.numbering !== 'per-invitee') return numberLine(invitations.document.number, 'GM', model.issuer.abbreviation);
  const sample = numberLine(1, 'GM', model.issuer.abbreviation);
  return `Số: ${values.number}${sample.slice('Số: 01'.length)}`;
}

/** The recipient in bold wherever the template placed `{{recipient}}`. */
function inline(text: string, values: SlotValues): Inline {
  const parts = text.split(SENTINEL.recipient);
  const out: Span[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push({ text: values.recipient, bold: true });
    if (part !== '') out.push({ text: part });
  });
  return out;
}

/** One letter's content: header, GIẤY MỜI and trích yếu, the body, Nơi nhận and signature. */
export function letterChildren(plan: LetterPlan, values: SlotValues): FileChild[] {
  const { model, invitations, page } = plan;
  return [
    issuerHeader(model, page, numberText(plan, values), invitations.document.date),
    ...titleBlock('GIẤY MỜI', invitations.document.title, page),
    ...blockChildren(plan.blocks, { inline: (text) => inline(text, values) }),
    closingTable({
      paper: ['Như trên'],
      archive: archiveText(model.recipients),
      authority: model.signer.authorityLines,
      name: model.signer.name,
    }, page),
  ];
}

/** The letter's own date, which also stamps the file (never the clock). */
export function letterDate(plan: LetterPlan): Date {
  const d = plan.invitations.document.date ?? plan.model.document.date ?? plan.model.time.from;
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** One letter as DOCX, rendered by docx (the letter template with sentinels, or a reference letter in tests). */
export async function renderLetter(plan: LetterPlan, values: SlotValues): Promise<Uint8Array> {
  const doc = createSectionedDocument([section(letterChildren(plan, values), plan.page, { restartNumbering: true })], plan.page);
  return packDocx(doc, {
    title: `Giấy mời ${plan.invitations.document.title}`,
    subject: plan.invitations.document.title,
    creator: plan.model.issuer.name,
    created: letterDate(plan),
  });
}
