import {
  AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable,
  WidthType, type IBorderOptions,
} from 'docx';
import type { PlanModel } from '../../model/plan.js';
import { documentProperties } from '../plan-page.js';
import { createSectionedDocument, halfPoints, mmToTwip, packDocx, PAPER, sheetSection, upper } from '../nd30/index.js';
import type { Words } from '../attendees/view.js';

export type EnvelopeSize = 'DL' | 'C5';

/** One envelope: the letter's Số/ký hiệu and the recipient's lines (name, title, unit, address). */
export interface Envelope {
  numberLine: string;
  /** `Ông Nguyễn Văn An` (or empty when only a unit is invited). */
  name: string;
  title: string;
  organization: string;
  address: string;
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const MARGIN_MM = 10;
/** The sender's block takes the left part of the top (as on the agencies' printed envelopes), the recipient the lower right. */
const SENDER_SHARE = 0.48;

const line = (text: string, size: number, o: { bold?: boolean; italic?: boolean; before?: number; center?: boolean } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: { firstLine: 0 },
    spacing: { before: o.before ?? 0, after: 0 },
    children: [new TextRun({ text, bold: o.bold, italics: o.italic, size: halfPoints(size) })],
  });

const cell = (children: Paragraph[], width: number, align: 'top' | 'bottom' = 'top') =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: align === 'top' ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM, children: children.length ? children : [new Paragraph({})] });

function envelopeSection(model: PlanModel, e: Envelope, size: EnvelopeSize, words: Words) {
  const paper = PAPER[size];
  // Landscape: the long side across.
  const widthMm = paper.height - 2 * MARGIN_MM;
  const heightMm = paper.width - 2 * MARGIN_MM - 6;
  const left = mmToTwip(widthMm * SENDER_SHARE);
  const right = mmToTwip(widthMm) - left;
  const big = size === 'C5' ? 14 : 13;
  const sender = [
    ...(model.issuer.parent ? [line(upper(model.issuer.parent), 11, { center: true })] : []),
    line(upper(model.issuer.name), 11, { bold: true, center: true }),
    ...(model.issuer.address ? [line(model.issuer.address, 10, { center: true, italic: true })] : []),
    line(e.numberLine, 11, { center: true, before: 80 }),
  ];
  const recipient = [
    line(`${words['kinh-gui']} ${e.name || e.organization}`, big, { bold: true }),
    ...(e.name && e.title ? [line(e.title, big)] : []),
    ...(e.name && e.organization ? [line(e.organization, big)] : []),
    ...(!e.name && e.title ? [line(e.title, big)] : []),
    line(`${words['dia-chi']} ${e.address}`, big - 1, { before: 60 }),
  ];
  const table = new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, height: { value: mmToTwip(heightMm * 0.45), rule: HeightRule.EXACT }, children: [cell(sender, left), cell([], right)] }),
      new TableRow({ cantSplit: true, height: { value: mmToTwip(heightMm * 0.55), rule: HeightRule.EXACT }, children: [cell([], left), cell(recipient, right, 'bottom')] }),
    ],
  });
  const closing = new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', size: 2 })] });
  return sheetSection([table, closing], { paper, landscape: true, margins: MARGIN_MM });
}

/** The envelopes, one per page on DL (110 × 220 mm) or C5 (162 × 229 mm) paper, landscape, in the invitee list's order. */
export async function renderEnvelopes(model: PlanModel, envelopes: readonly Envelope[], size: EnvelopeSize, words: Words): Promise<Uint8Array> {
  const doc = createSectionedDocument(envelopes.map((e) => envelopeSection(model, e, size, words)), { fontSize: 13 });
  return packDocx(doc, documentProperties(model, `Phong bì - ${model.document.title}`, model.invitations?.document.date ?? model.time.from));
}
