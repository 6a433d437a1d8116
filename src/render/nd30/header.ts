import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { dateLine, type DateInput } from './format.js';
import { CELL_MARGIN, headerGrid } from './grid.js';
import { textWidthMm } from './measure.js';
import type { PageOptions } from './page.js';
import { rule } from './rule.js';
import { QUOC_HIEU, SIZE, TIEU_NGU, upper } from './style.js';
import { gridTable } from './table.js';
import { halfPoints, twipToMm } from './units.js';

export interface HeaderOptions {
  /** Tên cơ quan chủ quản, e.g. `UBND TỈNH BẮC GIANG`. `\n` forces a line break. */
  parent?: string;
  /** Tên cơ quan ban hành, e.g. `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. `\n` forces a line break. */
  issuer: string;
  /** The formatted `Số: 05/KH-KHCN` (see `numberLine`). */
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

/** A centred paragraph; `\n` in the text becomes a line break. */
export function centred(line: Line, spacing: { before?: number; after?: number } = {}): Paragraph {
  const parts = line.text.split('\n');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: parts.map(
      (text, i) =>
        new TextRun({ text, break: i > 0 ? 1 : undefined, size: halfPoints(line.size), bold: line.bold, italics: line.italic }),
    ),
  });
}

/** Estimated width (mm) of the longest line of `text`, at most `columnTwips`. */
export function longestLineMm(text: string, sizePt: number, bold: boolean, columnTwips: number): number {
  const longest = Math.max(...text.split('\n').map((line) => textWidthMm(line, sizePt, bold)));
  return Math.min(twipToMm(columnTwips), longest);
}

/** Share of the issuer's (or the trích yếu's) line taken by the rule under it: the decree allows 1/3 to 1/2. */
export const SHORT_RULE_RATIO = 0.4;
const GAP_BEFORE_NUMBER = 120; // 6 pt between the rules and the Số / date line

/**
 * The page-1 header (ô 1–4): a borderless 2 × 2 table. Row 1: agency names and their rule | Quốc hiệu, Tiêu ngữ and its
 * rule. Row 2: `Số: …` | place and date, on one line whatever the heights of the cells above.
 */
export function headerTable(options: HeaderOptions, page: PageOptions = {}): Table {
  const grid = headerGrid(page);
  const leftInner = grid.left - 2 * CELL_MARGIN;
  const rightInner = grid.right - 2 * CELL_MARGIN;
  // Long names wrap where the word processor breaks them; `\n` lets the author choose (keep `TIẾN BỘ` together).
  const issuer = upper(options.issuer.trim());
  const issuerMm = longestLineMm(issuer, SIZE.issuer, true, leftInner);

  const left: Paragraph[] = [];
  if (options.parent && options.parent.trim() !== '') {
    left.push(centred({ text: upper(options.parent.trim()), size: SIZE.parent }));
  }
  left.push(centred({ text: issuer, size: SIZE.issuer, bold: true }));
  left.push(rule(issuerMm * SHORT_RULE_RATIO, leftInner));

  const right: Paragraph[] = [
    centred({ text: QUOC_HIEU, size: SIZE.quocHieu, bold: true }),
    centred({ text: TIEU_NGU, size: SIZE.tieuNgu, bold: true }),
    rule(textWidthMm(TIEU_NGU, SIZE.tieuNgu, true), rightInner),
  ];

  return gridTable(grid, [
    { left, right },
    {
      left: [centred({ text: options.numberLine, size: SIZE.number }, { before: GAP_BEFORE_NUMBER })],
      right: [
        centred({ text: dateLine(options.place, options.date), size: SIZE.date, italic: true }, { before: GAP_BEFORE_NUMBER }),
      ],
      verticalAlign: 'bottom',
    },
  ]);
}
