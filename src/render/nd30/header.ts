import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { dateLine, type DateInput } from './format.js';
import { CELL_MARGIN, headerGrid } from './grid.js';
import { ND30_STYLE, type HouseStyle } from './house-style.js';
import { breakGivenLines, breakLines, type Measure } from './lines.js';
import { textWidthMm } from './measure.js';
import type { PageOptions } from './page.js';
import { rule } from './rule.js';
import { upper } from './style.js';
import { gridTable } from './table.js';
import { halfPoints, twipToMm } from './units.js';

/**
 * Text of a header or title line: a string is broken into lines by measuring it (lines.ts); a list holds the lines the
 * author chose (`|` in the plan), each still broken if it does not fit.
 */
export type LineText = string | readonly string[];

export interface HeaderOptions {
  /** Tên cơ quan chủ quản, e.g. `UBND TỈNH BẮC GIANG`. */
  parent?: LineText;
  /** Tên cơ quan ban hành, e.g. `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. */
  issuer: LineText;
  /** The formatted `Số: 05/KH-KHCN` (see `HouseStyle.numberLine`). */
  numberLine: string;
  /** Địa danh, e.g. `Bắc Giang`. */
  place: string;
  /** Undated documents leave blanks for the văn thư. */
  date?: DateInput;
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** A centred paragraph of the given lines, joined by line breaks. */
export function centredLines(lines: readonly string[], line: Omit<Line, 'text'>, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: lines.map(
      (text, i) =>
        new TextRun({ text, break: i > 0 ? 1 : undefined, size: halfPoints(line.size), bold: line.bold, italics: line.italic }),
    ),
  });
}

/** A centred paragraph of one line. */
export function centred(line: Line, spacing: { before?: number; after?: number } = {}): Paragraph {
  return centredLines([line.text], line, spacing);
}

/**
 * A little narrower than the column: the metrics are Times's, Word and LibreOffice fonts differ by a few per cent, and
 * a line we measured as fitting must not wrap again.
 */
const FIT = 0.96;

/** The lines of `text` in a column `columnTwips` wide (cell margins already taken off). */
export function measuredLines(text: LineText, size: number, bold: boolean, columnTwips: number, transform = (s: string) => s): string[] {
  const measure: Measure = { sizePt: size, bold, widthMm: twipToMm(columnTwips) * FIT };
  return typeof text === 'string'
    ? breakLines(transform(text.trim()), measure)
    : breakGivenLines(text.map((line) => transform(line.trim())), measure);
}

/** Estimated width (mm) of the longest of `lines`, at most `columnTwips`. */
export function longestLineMm(lines: readonly string[], sizePt: number, bold: boolean, columnTwips: number): number {
  const longest = Math.max(...lines.map((line) => textWidthMm(line, sizePt, bold)));
  return Math.min(twipToMm(columnTwips), longest);
}

/** Share of the issuer's (or the trích yếu's) line taken by the rule under it: the decree allows 1/3 to 1/2. */
export const SHORT_RULE_RATIO = 0.4;
const GAP_BEFORE_NUMBER = 120; // 6 pt between the rules and the Số / date line

const isEmpty = (text: LineText | undefined): boolean =>
  text === undefined || (typeof text === 'string' ? text.trim() === '' : text.every((l) => l.trim() === ''));

/**
 * The page-1 header (ô 1–4): a borderless 2 × 2 table. Row 1: agency names and their rule (or star) | the house style's
 * heading (Quốc hiệu and Tiêu ngữ, or the Party's tiêu đề) and its rule. Row 2: `Số …` | place and date, on one line
 * whatever the heights of the cells above.
 */
export function headerTable(options: HeaderOptions, page: PageOptions = {}, style: HouseStyle = ND30_STYLE): Table {
  const grid = headerGrid(page, style.rightColumnMm);
  const leftInner = grid.left - 2 * CELL_MARGIN;
  const rightInner = grid.right - 2 * CELL_MARGIN;
  const { sizes } = style;
  const issuer = measuredLines(options.issuer, sizes.issuer, true, leftInner, upper);

  const left: Paragraph[] = [];
  if (!isEmpty(options.parent)) {
    left.push(centredLines(measuredLines(options.parent!, sizes.parent, false, leftInner, upper), { size: sizes.parent }));
  }
  left.push(centredLines(issuer, { size: sizes.issuer, bold: true }));
  left.push(
    style.issuerMark === 'star'
      ? centred({ text: '*', size: sizes.issuer })
      : rule(longestLineMm(issuer, sizes.issuer, true, leftInner) * SHORT_RULE_RATIO, leftInner),
  );

  const last = style.heading[style.heading.length - 1]!;
  const right: Paragraph[] = [
    ...style.heading.map((line) => centred(line)),
    rule(textWidthMm(last.text, last.size, last.bold), rightInner),
  ];

  return gridTable(grid, [
    { left, right },
    {
      left: [centred({ text: options.numberLine, size: sizes.number }, { before: GAP_BEFORE_NUMBER })],
      right: [
        centred({ text: dateLine(options.place, options.date), size: sizes.date, italic: true }, { before: GAP_BEFORE_NUMBER }),
      ],
      verticalAlign: 'bottom',
    },
  ]);
}
