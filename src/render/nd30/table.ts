import {
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type Paragraph,
} from 'docx';
import { CELL_MARGIN, type Grid } from './grid.js';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE,
};

export type CellAlign = 'top' | 'bottom';

/** A row of the two-column layout tables: left and right cell contents. */
export interface GridRow {
  left: Paragraph[];
  right: Paragraph[];
  verticalAlign?: CellAlign;
}

function cell(children: Paragraph[], width: number, align: CellAlign): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: align === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
  });
}

/** A borderless, fixed-layout two-column table on `grid`, rows that never split across pages. */
export function gridTable(grid: Grid, rows: GridRow[]): Table {
  return new Table({
    width: { size: grid.left + grid.right, type: WidthType.DXA },
    columnWidths: [grid.left, grid.right],
    indent: { size: grid.indent, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(row.left, grid.left, row.verticalAlign ?? 'top'),
            cell(row.right, grid.right, row.verticalAlign ?? 'top'),
          ],
        }),
    ),
  });
}
