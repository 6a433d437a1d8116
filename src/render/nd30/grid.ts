import { A4, resolvePage, type PageOptions } from './page.js';
import { RIGHT_COLUMN_MM } from './style.js';
import { mmToTwip } from './units.js';

/** Cell padding left and right in the header and closing tables. */
export const CELL_MARGIN = mmToTwip(1);
/**
 * The header table spans 25–200 mm from the left edge of the page, whatever the margins, reaching into the side
 * margins as the decree's own sample files do (theirs ends at 199 mm). It never starts right of the text's left edge
 * nor ends left of the text's right edge.
 */
const TABLE_START = mmToTwip(25);
const TABLE_END = mmToTwip(200);

export interface Grid {
  /** Table indent from the left margin, in twips (negative: into the margin). */
  indent: number;
  left: number;
  right: number;
}

function edges(options: PageOptions): { textLeft: number; textRight: number } {
  const page = resolvePage(options);
  const textLeft = mmToTwip(page.margins.left);
  return { textLeft, textRight: textLeft + page.textWidth };
}

/**
 * Header table: right column 99 mm ending at 200 mm (Quốc hiệu, Tiêu ngữ, date), left column from 25 mm to there
 * (76 mm: `SỞ KHOA HỌC VÀ CÔNG NGHỆ` at 13 pt bold on one line).
 */
export function headerGrid(options: PageOptions = {}, rightColumnMm = RIGHT_COLUMN_MM): Grid {
  const right = mmToTwip(rightColumnMm);
  const { textLeft, textRight } = edges(options);
  const start = Math.min(TABLE_START, textLeft);
  const end = Math.min(A4.width, Math.max(TABLE_END, textRight));
  return { indent: start - textLeft, left: end - start - right, right };
}

/**
 * Closing table: its left column starts at the text's left edge (the cell padding pokes into the margin), so
 * `Nơi nhận:` lines up with the body; its right column is the header's, so the signature sits under the Quốc hiệu.
 */
export function closingGrid(options: PageOptions = {}): Grid {
  const { textLeft } = edges(options);
  const header = headerGrid(options);
  const rightStart = textLeft + header.indent + header.left;
  const start = textLeft - CELL_MARGIN;
  return { indent: -CELL_MARGIN, left: rightStart - start, right: header.right };
}
