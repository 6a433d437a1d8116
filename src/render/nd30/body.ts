import {
  AlignmentType,
  ExternalHyperlink,
  UnderlineType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { romanNumeral, vietnameseLetter } from './format.js';
import { END_MARK, withEndMark } from '../../text/sentence-end.js';
import { resolvePage, STYLE, type PageOptions } from './page.js';
import { COLOR, SIZE, upper } from './style.js';
import { halfPoints, mmToTwip } from './units.js';

/** A piece of text with its emphasis. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A web address the text links to (a clickable hyperlink, underlined). */
  link?: string;
}
/** Text as the builders take it: plain, one span, or a sequence. */
export type Inline = string | Span | readonly (string | Span)[];

export interface ParagraphOptions {
  /** Keep this paragraph on the page of the next one (or of the closing table). */
  keepNext?: boolean;
  /** The last paragraph of the body: append the end mark `./.` and keep it with the closing table. */
  end?: boolean;
}

function spans(text: Inline): Span[] {
  const list: readonly (string | Span)[] = typeof text === 'string' || 'text' in text ? [text] : text;
  return list.map((s) => (typeof s === 'string' ? { text: s } : s));
}

/** `…thực hiện.` → `…thực hiện./.`: the end mark replaces a final `.`, `;` or `,`. */
function appendEndMark(list: Span[]): Span[] {
  const out = [...list];
  const last = out.pop() ?? { text: '' };
  if (last.link) out.push(last, { text: END_MARK });
  else out.push({ ...last, text: withEndMark(last.text) });
  return out;
}

function runs(list: Span[], size?: number): (TextRun | ExternalHyperlink)[] {
  return list.map((s) => {
    const run = new TextRun({
      text: s.text, bold: s.bold, italics: s.italic, size: size ? halfPoints(size) : undefined,
      ...(s.link ? { underline: { type: UnderlineType.SINGLE } } : {}),
    });
    return s.link ? new ExternalHyperlink({ link: s.link, children: [run] }) : run;
  });
}

function styled(list: Span[], options: ParagraphOptions): Paragraph {
  const content = options.end ? appendEndMark(list) : list;
  return new Paragraph({
    style: STYLE.body,
    keepNext: options.keepNext || options.end ? true : undefined,
    children: runs(content),
  });
}

/** A body paragraph: justified, 1 cm first-line indent, 6 pt before (style `Nd30Body`). */
export function bodyParagraph(text: Inline, options: ParagraphOptions = {}): Paragraph {
  return styled(spans(text), options);
}

/**
 * A heading's number: a number is formatted in the decree's sequence for its level (I., 1., a)); a string is the
 * label as the plan's numbering scheme wrote it (`1.1.`, or `` for an unnumbered heading).
 */
export type HeadingLabel = number | string;
const label = (n: HeadingLabel, format: (n: number) => string): string => (typeof n === 'string' ? n : format(n));
const labelled = (n: HeadingLabel, format: (n: number) => string, title: string): string => {
  const l = label(n, format);
  return l ? `${l} ${title}` : title;
};

/** Mục: `I. MỤC ĐÍCH, YÊU CẦU`, Roman numeral, upper case, bold. */
export function heading1(n: HeadingLabel, title: string, options: ParagraphOptions = {}): Paragraph {
  return styled([{ text: labelled(n, (k) => `${romanNumeral(k)}.`, upper(title.trim())), bold: true }], { keepNext: true, ...options });
}

/**
 * Khoản: `1. Nội dung` in bold. With `runIn`, the text follows on the same line after a colon:
 * **3. Thời gian:** 01 ngày, …
 */
export function heading2(n: HeadingLabel, title: string, runIn?: Inline, options: ParagraphOptions = {}): Paragraph {
  const head = labelled(n, (k) => `${k}.`, title.trim());
  if (runIn === undefined) return styled([{ text: head, bold: true }], { keepNext: true, ...options });
  const label = /[:.]$/u.test(head) ? head : `${head}:`;
  return styled([{ text: label, bold: true }, { text: ' ' }, ...spans(runIn)], options);
}

/**
 * Điểm: `a) …`, `đ) …` in the Vietnamese letter sequence. With `runIn`, the title takes a colon and the text follows
 * on the same line: `b) Tại các điểm cầu: các trường chủ động …`.
 */
export function heading3(n: HeadingLabel, title: Inline, runIn?: Inline, options: ParagraphOptions = {}): Paragraph {
  const head = spans(title);
  const l = label(n, (k) => `${vietnameseLetter(k)})`);
  const mark = l ? [{ text: `${l} ` }] : [];
  if (runIn === undefined) return styled([...mark, ...head], options);
  const last = head.pop() ?? { text: '' };
  const colon = { ...last, text: /[:.]$/u.test(last.text.trimEnd()) ? last.text.trimEnd() : `${last.text.trimEnd()}:` };
  return styled([...mark, ...head, colon, { text: ' ' }, ...spans(runIn)], options);
}

/** A dash item `- …` (level 1) or `+ …` (level 2), with the body's first-line indent. */
export function dashItem(text: Inline, options: ParagraphOptions & { level?: 1 | 2; mark?: string } = {}): Paragraph {
  const mark = options.mark !== undefined ? `${options.mark} ` : options.level === 2 ? '+ ' : '- ';
  return styled([{ text: mark }, ...spans(text)], options);
}

export interface Column {
  title: string;
  /** Relative width: the columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/** A cell of several lines, one paragraph each (so `Kế hoạch` / `Giấy mời` and their methods line up across cells). */
export interface Lines {
  lines: readonly Inline[];
}
export type Cell = Inline | Lines;

/** A row spanning the whole table, bold (a day heading in a programme); it keeps with the row below. */
export interface GroupRow {
  span: Inline;
}

export interface DataTableOptions {
  columns: readonly Column[];
  rows: readonly (readonly Cell[] | GroupRow)[];
  /** Point size of the table text (default 13). */
  fontSize?: number;
  page?: PageOptions;
  /** Vertical alignment of the body cells (default top; the header row is always centred). */
  verticalAlign?: 'top' | 'center';
  /** Smallest height of a body row in mm (room to sign in a Ký nhận column). */
  minRowHeightMm?: number;
  /** A last row, bold, spanning from the second column to the end (`Tổng số: 34 nơi nhận`); the row above keeps with it. */
  footer?: Inline;
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Shares `total` in proportion to `weights`, in whole twips that add up exactly to `total`. */
export function shareWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || weights.some((w) => !(w > 0))) throw new RangeError('Column widths must be positive');
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Vertical space before a table: a table has no "space before" of its own, so the paragraph above would touch its
 * top border. An empty paragraph of exactly `twips` height (its mark at 1 pt, so it adds nothing else).
 */
export function spaceBeforeTable(twips = 120): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 0, after: 0, line: twips, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

/** A data table cell's left and right margins, in twips. */
export const CELL_MARGIN = 80;

/**
 * A bordered table across the text width (programmes, budgets, the distribution list): the header row bold, centred
 * and repeated on each page, rows that do not split across pages.
 */
export function dataTable(options: DataTableOptions): Table {
  const { textWidth } = resolvePage(options.page);
  const size = options.fontSize ?? SIZE.table;
  const widths = shareWidths(options.columns.map((c) => c.width), textWidth);
  const paragraph = (content: Inline, align: keyof typeof ALIGN, bold: boolean, keepNext: boolean): Paragraph =>
    new Paragraph({
      keepNext: keepNext || undefined,
      alignment: ALIGN[align],
      indent: { firstLine: 0 },
      spacing: { before: 40, after: 40 },
      children: runs(spans(content).map((s) => (bold ? { ...s, bold: true } : s)), size),
    });
  const makeCell = (content: Cell, i: number, header: boolean, keepNext = false): TableCell => {
    const lines = typeof content === 'object' && 'lines' in content ? content.lines : [content];
    const align = header ? 'center' : options.columns[i]?.align ?? 'left';
    return new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: header || options.verticalAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: (lines.length > 0 ? lines : ['']).map((line) => paragraph(line, align, header, keepNext)),
    });
  };
  const height = options.minRowHeightMm !== undefined ? { value: mmToTwip(options.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined;
  const footer = options.footer;
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: options.columns.map((c, i) => makeCell(c.title, i, true)) }),
      ...options.rows.map((row, r) =>
        'span' in row
          ? new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: textWidth, type: WidthType.DXA },
                  columnSpan: widths.length,
                  children: [paragraph(row.span, 'left', true, true)],
                }),
              ],
            })
          : new TableRow({
            cantSplit: true,
            ...(height ? { height } : {}),
            // The last row keeps with the footer (Word honours keep-with-next across table rows).
            children: options.columns.map((_, i) => makeCell(row[i] ?? '', i, false, footer !== undefined && r === options.rows.length - 1)),
          }),
      ),
      ...(footer !== undefined
        ? [
            new TableRow({
              cantSplit: true,
              children: [
                makeCell('', 0, false),
                new TableCell({
                  width: { size: widths.slice(1).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                  columnSpan: widths.length - 1,
                  verticalAlign: options.verticalAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
                  children: [paragraph(footer, 'left', true, false)],
                }),
              ],
            }),
          ]
        : []),
    ],
  });
}
