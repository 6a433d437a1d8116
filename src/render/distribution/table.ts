import {
  AlignmentType,
  BorderStyle,
  HeightRule,
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
import { COLOR, halfPoints, mmToTwip, shareWidths } from '../nd30/index.js';

export interface ListColumn {
  title: string;
  width: number;
  align?: 'left' | 'center';
}

export interface ListTableOptions {
  columns: readonly ListColumn[];
  /** Each cell is a list of lines (one paragraph each), so `Kế hoạch` / `Giấy mời` and their methods line up. */
  rows: readonly (readonly (readonly string[])[])[];
  /** Width of the table in twips (the text width). */
  width: number;
  fontSize: number;
  /** Smallest row height in mm: room to sign in the Ký nhận column. */
  minRowHeightMm: number;
  /** A last row, bold, from the second column to the end (`Tổng số: 34 nơi nhận`). */
  footer?: string;
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR };

/**
 * The distribution table: bordered, across the text width, header row bold and repeated on each page, rows that never
 * split and are tall enough to sign in. Like the layout module's `dataTable`, but a cell may hold several lines.
 */
export function listTable(options: ListTableOptions): Table {
  const widths = shareWidths(options.columns.map((c) => c.width), options.width);
  const size = halfPoints(options.fontSize);
  const paragraph = (text: string, align: 'left' | 'center', bold: boolean, keepNext = false): Paragraph =>
    new Paragraph({
      keepNext: keepNext || undefined,
      alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: { firstLine: 0 },
      spacing: { before: 40, after: 40 },
      children: [new TextRun({ text, bold, size })],
    });
  const cell = (lines: readonly string[], i: number, header: boolean, keepNext = false): TableCell =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: (lines.length > 0 ? lines : ['']).map((line) =>
        paragraph(line, header ? 'center' : options.columns[i]?.align ?? 'left', header, keepNext),
      ),
    });
  return new Table({
    width: { size: options.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { left: 80, right: 80, top: 0, bottom: 0 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: options.columns.map((c, i) => cell([c.title], i, true)) }),
      ...options.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            height: { value: mmToTwip(options.minRowHeightMm), rule: HeightRule.ATLEAST },
            // Keep the last row with the total row (Word honours keep-with-next across table rows).
            children: options.columns.map((_, i) => cell(row[i] ?? [], i, false, options.footer !== undefined && r === options.rows.length - 1)),
          }),
      ),
      ...(options.footer
        ? [
            new TableRow({
              cantSplit: true,
              children: [
                cell([], 0, false),
                new TableCell({
                  width: { size: widths.slice(1).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                  columnSpan: widths.length - 1,
                  verticalAlign: VerticalAlignTable.CENTER,
                  children: [paragraph(options.footer, 'left', true)],
                }),
              ],
            }),
          ]
        : []),
    ],
  });
}
