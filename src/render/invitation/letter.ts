import type { FileChild } from 'docx';
import { archiveText } from '../../model/plan.js';
import { blockChildren } from '../block-children.js';
import { houseStyle, issuerHeader, numberLineOf, pageOptions, titleText } from '../plan-page.js';
import {
  closingTable, createSectionedDocument, packDocx, section, titleBlock, type Inline, type Span,
} from '../nd30/index.js';
import { letterDate, type LetterPlan, type SlotValues } from './letter-plan.js';
import { SENTINEL } from '../../package/sentinels.js';

/** `Số: 06/GM-KHCN`; in per-invitee numbering the number itself is a slot. */
function numberText(plan: LetterPlan, values: SlotValues): string {
  const { model, invitations } = plan;
  if (invitations.numbering !== 'per-invitee') return numberLineOf(model, invitations.document, 'GM');
  // The house style's line around a placeholder number, which the invitee's number replaces.
  return numberLineOf(model, invitations.document, 'GM', '01').replace('01', values.number);
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
  const { model, invitations } = plan;
  const page = pageOptions(model);
  return [
    issuerHeader(model, page, numberText(plan, values), invitations.document.date),
    ...titleBlock('GIẤY MỜI', titleText(invitations.document), page, houseStyle(model)),
    ...blockChildren(plan.blocks, { inline: (text) => inline(text, values) }),
    closingTable({
      paper: ['Như trên'],
      archive: archiveText(model.recipients),
      authority: model.signer.authorityLines,
      name: model.signer.name,
    }, page),
  ];
}

/** One letter as DOCX, rendered by docx (the letter template with sentinels, or a reference letter in tests). */
export async function renderLetter(plan: LetterPlan, values: SlotValues): Promise<Uint8Array> {
  const page = pageOptions(plan.model);
  const doc = createSectionedDocument([section(letterChildren(plan, values), page, { restartNumbering: true })], page);
  return packDocx(doc, {
    title: `Giấy mời ${plan.invitations.document.title}`,
    subject: plan.invitations.document.title,
    creator: plan.model.issuer.name,
    created: letterDate(plan),
  });
}
