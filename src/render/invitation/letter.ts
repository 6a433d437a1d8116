import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { archiveText } from '../../model/plan.js';
import { shortDate } from '../../model/civil-date.js';
import { blockChildren, linked } from '../block-children.js';
import { houseStyle, issuerHeader, pageOptions, titleText } from '../plan-page.js';
import { letterNumberLine } from '../house.js';
import { programmeTable } from '../plan/render-plan.js';
import {
  closingTable, createSectionedDocument, dataTable, halfPoints, mmToTwip, packDocx, section, spaceBeforeTable, SIZE,
  titleBlock, type Inline, type PageOptions, type Span,
} from '../nd30/index.js';
import { formOf, kindLine, perInvitee } from '../../model/letter-forms.js';
import { letterDate, type LetterPlan, type SlotValues } from './letter-plan.js';
import { SENTINEL } from '../../package/sentinels.js';

/** `Số: 06/GM-KHCN`, `Số: 3710/BGDĐT-VP`; in per-invitee numbering the number itself is a slot. */
function numberText(plan: LetterPlan, values: SlotValues): string {
  const { model, invitations } = plan;
  if (invitations.numbering !== 'per-invitee') return letterNumberLine(model, invitations);
  // The house style's line around a placeholder number, which the invitee's number replaces.
  return letterNumberLine(model, invitations, '01').replace('01', values.number);
}

/**
 * A Công văn's trích yếu (ô 5b), "V/v …", centred under its number in the header's left column (Mẫu 1.5), at the
 * number's size.
 */
function subjectLine(plan: LetterPlan, page: PageOptions): Paragraph[] {
  if (formOf(plan.invitations).kind) return [];
  const style = houseStyle(plan.model);
  const title = plan.invitations.document.title.trim().replace(/^V\/v\s+/iu, '');
  return [new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, right: mmToTwip(style.rightColumnMm) },
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text: `V/v ${title}`, size: halfPoints(style.sizes.number) })],
  })];
}

/** The recipient in bold wherever the template placed `{{recipient}}`; web addresses as links. */
function inline(text: string, values: SlotValues): Inline {
  const parts = text.split(SENTINEL.recipient);
  const out: Span[] = [];
  const add = (piece: Inline) => out.push(...(typeof piece === 'string' ? [{ text: piece }] : Array.isArray(piece) ? piece as Span[] : [piece as Span]));
  parts.forEach((part, i) => {
    if (i > 0) out.push({ text: values.recipient, bold: true });
    if (part !== '') add(linked(part));
  });
  return out;
}

const centredLine = (text: string, style: { bold?: boolean; italic?: boolean }, newPage = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0 },
    pageBreakBefore: newPage ? true : undefined,
    children: [new TextRun({ text, size: halfPoints(SIZE.kind), ...style })],
  });

/** The programme on a page of its own after the letter: "CHƯƠNG TRÌNH", what it goes with, the table. */
function attachedProgramme(plan: LetterPlan, values: SlotValues, page: PageOptions): FileChild[] {
  const { model, invitations } = plan;
  if (invitations.programme !== 'attached' || !model.content?.programme.entries.length) return [];
  const kind = kindLine(invitations) ?? 'Công văn';
  const number = numberText(plan, values).replace(/^Số:\s*/u, '');
  const date = invitations.document.date ? ` ngày ${shortDate(invitations.document.date)}` : '';
  const name = kind.charAt(0) + kind.slice(1).toLocaleLowerCase('vi');
  return [
    centredLine('CHƯƠNG TRÌNH', { bold: true }, true),
    centredLine(invitations.document.title.replace(/^V\/v\s+/iu, ''), { bold: true }),
    centredLine(`(Kèm theo ${name} số ${number}${date} của ${model.issuer.nameInText})`, { italic: true }),
    spaceBeforeTable(),
    programmeTable(model.content.programme, [], page),
  ];
}

/** A conference notice's fee table: categories down, date tiers across. */
function feeTable(plan: LetterPlan, labels: string[], page: PageOptions): FileChild[] {
  const fees = plan.invitations.fees;
  if (!fees) return [];
  return [dataTable({
    page,
    columns: [{ title: labels[0] ?? 'Đối tượng', width: 4 }, ...fees.tiers.map((t) => ({ title: t, width: 3, align: 'center' as const }))],
    rows: fees.rows.map((r) => [r.category, ...fees.tiers.map((_, i) => r.amounts[i] ?? '')]),
  })];
}

/**
 * Nơi nhận: "Như trên" stands for the addressee of a letter with Kính gửi or to one invitee (nd30.md §3.4); a letter
 * with a "Thành phần mời" list names it; a single letter adds the plan's own recipients.
 */
function paperRecipients(plan: LetterPlan, kinhGui: boolean): string[] {
  const { invitations, model } = plan;
  if (perInvitee(invitations)) return ['Như trên'];
  const head = kinhGui ? ['Như trên'] : invitations.form === 'giay-moi-thanh-phan' ? ['Như thành phần mời'] : [];
  return [...head, ...model.recipients.paper];
}

/** One letter's content: header, tên loại and trích yếu (or V/v), the body, Nơi nhận and signature, the programme. */
export function letterChildren(plan: LetterPlan, values: SlotValues): FileChild[] {
  const { model, invitations } = plan;
  const page = pageOptions(model);
  const kind = kindLine(invitations);
  const kinhGui = formOf(invitations).kinhGui || invitations.addressees.length > 0;
  return [
    issuerHeader(model, page, numberText(plan, values), invitations.document.date),
    ...subjectLine(plan, page),
    ...(kind ? titleBlock(kind, titleText(invitations.document), page, houseStyle(model)) : []),
    ...blockChildren(plan.blocks, {
      inline: (text) => inline(text, values),
      table: (block) => {
        if (block.name === 'programme' && model.content) return [spaceBeforeTable(), programmeTable(model.content.programme, block.labels, page)];
        if (block.name === 'fees') return [spaceBeforeTable(), ...feeTable(plan, block.labels, page)];
        return [];
      },
    }),
    closingTable({
      paper: paperRecipients(plan, kinhGui),
      archive: archiveText(model.recipients),
      authority: model.signer.authorityLines,
      name: model.signer.name,
    }, page),
    ...attachedProgramme(plan, values, page),
  ];
}

/** One letter as DOCX, rendered by docx (the letter template with sentinels, or a reference letter in tests). */
export async function renderLetter(plan: LetterPlan, values: SlotValues): Promise<Uint8Array> {
  const page = pageOptions(plan.model);
  const doc = createSectionedDocument([section(letterChildren(plan, values), page, { restartNumbering: true })], page);
  const kind = kindLine(plan.invitations) ?? 'Công văn';
  return packDocx(doc, {
    title: `${kind.charAt(0)}${kind.slice(1).toLocaleLowerCase('vi')} ${plan.invitations.document.title}`,
    subject: plan.invitations.document.title,
    creator: plan.model.issuer.name,
    created: letterDate(plan),
  });
}
