import {
  AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextDirection, TextRun,
  VerticalAlignTable, WidthType, type IBorderOptions,
} from 'docx';
import type { PlanModel } from '../../model/plan.js';
import { documentProperties } from '../plan-page.js';
import type { Attendee } from '../../rsvp/attendance.js';
import { breakLines, createSectionedDocument, halfPoints, mmToTwip, packDocx, PAPER, sheetSection, textWidthMm } from '../nd30/index.js';

/**
 * Name cards for the tables, one A4 sheet per person, folded in half along its length into a tent: each half carries the
 * name and title, the two halves turned 180° to each other so the card reads from both sides of the table.
 *
 * Word and LibreOffice turn text in a table cell by 90° (`w:textDirection` tbRl, btLr) but not by 180°, and a rotated
 * text box is not rendered turned by LibreOffice (VML `rotation:180`) or is refused by the OOXML schemas (a DrawingML
 * `wps` shape). So the sheet is set up portrait with the two halves side by side, one turned 90° clockwise and the other
 * 90° counter-clockwise: held in landscape, as the card stands, one half reads upright and the other upside down.
 * Plain table cells: nothing a printer or Word can drop.
 */

const MARGIN_MM = 10;
/** The sheet less its margins, less room for the paragraph that must close each section. */
const CARD_LENGTH_MM = PAPER.A4.height - 2 * MARGIN_MM - 7;
const HALF_MM = (PAPER.A4.width - 2 * MARGIN_MM) / 2;
/** Along the card, the name keeps clear of the ends (cell margins and the estimate's error). */
const NAME_ROOM_MM = CARD_LENGTH_MM - 30;
const MAX_NAME_PT = 72;
const MIN_NAME_PT = 28;
const MAX_LINE_PT = 32;
const MIN_LINE_PT = 16;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** The fold: a light dashed line between the halves. */
const FOLD: IBorderOptions = { style: BorderStyle.DASHED, size: 4, color: 'A6A6A6' };

/** The big line of a card: the person's name, or the unit when only a unit was invited. */
export const bigLine = (a: Attendee): string => a.name || a.organization;
/** The lines under it: title, then the unit (when the big line is not already the unit). */
export const smallLines = (a: Attendee): string[] => (a.name ? [a.title, a.organization] : [a.title]).filter(Boolean);

const fit = (texts: readonly string[], room: number, bold: boolean, min: number, max: number): number => {
  const widest = Math.max(0, ...texts.map((t) => textWidthMm(t, 1, bold)));
  return widest === 0 ? max : Math.max(min, Math.min(max, Math.floor(room / widest)));
};

/**
 * The sizes for the whole set, so every card on the tables looks alike: the names as large as the longest name allows
 * (a unit's name, longer, may wrap), the title and unit as large as the longest of those lines allows.
 */
export function badgeSizes(attendees: readonly Attendee[]): { name: number; line: number } {
  const people = attendees.filter((a) => a.name);
  return {
    name: fit((people.length > 0 ? people : attendees).map(bigLine), NAME_ROOM_MM, true, MIN_NAME_PT, MAX_NAME_PT),
    line: fit(attendees.flatMap(smallLines), NAME_ROOM_MM, false, MIN_LINE_PT, MAX_LINE_PT),
  };
}

/** A unit's name, longer than a person's, is made small enough to take two lines at most. */
const bigSize = (a: Attendee, nameSize: number): number =>
  a.name ? nameSize : Math.min(nameSize, fit([bigLine(a)], 2 * NAME_ROOM_MM * 0.85, true, MIN_LINE_PT, MAX_NAME_PT));

function face(a: Attendee, sizes: { name: number; line: number }, direction: (typeof TextDirection)[keyof typeof TextDirection]): TableCell {
  const paragraph = (text: string, size: number, bold: boolean, before: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before, after: 0 }, children: [new TextRun({ text, bold, size: halfPoints(size) })] });
  return new TableCell({
    width: { size: mmToTwip(HALF_MM), type: WidthType.DXA },
    textDirection: direction,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      // A unit's name that takes two lines is broken by measure into even lines (never "… Sở Y / tế").
      ...breakLines(bigLine(a), { sizePt: bigSize(a, sizes.name), bold: true, widthMm: NAME_ROOM_MM }).map((line) => paragraph(line, bigSize(a, sizes.name), true, 0)),
      ...smallLines(a).map((l, i) => paragraph(l, sizes.line, false, i === 0 ? 160 : 0)),
    ],
  });
}

function card(a: Attendee, sizes: { name: number; line: number }) {
  const table = new Table({
    width: { size: mmToTwip(2 * HALF_MM), type: WidthType.DXA },
    columnWidths: [mmToTwip(HALF_MM), mmToTwip(HALF_MM)],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: FOLD },
    rows: [new TableRow({
      cantSplit: true,
      height: { value: mmToTwip(CARD_LENGTH_MM), rule: HeightRule.EXACT },
      // Held landscape with this sheet's left edge down, the left half is the front (upright), the right the back.
      children: [face(a, sizes, TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT), face(a, sizes, TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT)],
    })],
  });
  const closing = new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', size: 2 })] });
  return sheetSection([table, closing], { paper: PAPER.A4, margins: MARGIN_MM });
}

/** The name cards, one page per person coming, in the order given (the attendee list's). */
export async function renderBadges(model: PlanModel, attendees: readonly Attendee[]): Promise<Uint8Array> {
  const sizes = badgeSizes(attendees);
  const doc = createSectionedDocument(attendees.map((a) => card(a, sizes)), { fontSize: 14 });
  return packDocx(doc, documentProperties(model, `Thẻ tên đại biểu - ${model.document.title}`, model.time.from));
}
