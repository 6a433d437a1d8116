import { resolvePage, type PageOptions } from './page.js';
import { mmToTwip } from './units.js';

/** Cell padding left and right in the header and closing tables. */
export const CELL_MARGIN = mmToTwip(1);
/** How far the header table reaches into each side margin, as in the decree's own sample files. */
const OVERHANG = mmToTwip(5);
/** The Quốc hiệu at 13 pt bold is about 96 mm long: the right column must hold it on one line. */
const RIGHT_COLUMN = mmToTwip(99);

export interface Grid {
  /** Table indent from the left margin, in twips (negative: into the margin). */
  indent: number;
  left: number;
  right: number;
}

/**
 * Header table: text width + 5 mm on each side, right column 99 mm (Quốc hiệu, Tiêu ngữ, date), left column the rest
 * (about 76 mm with the default 30/15 mm margins, enough for `SỞ KHOA HỌC VÀ CÔNG NGHỆ` on one line).
 */
export function headerGrid(options: PageOptions = {}): Grid {
  const { textWidth } = resolvePage(options);
  const total = textWidth + 2 * OVERHANG;
  return { indent: -OVERHANG, left: total - RIGHT_COLUMN, right: RIGHT_COLUMN };
}

/**
 * Closing table: starts at the left margin so `Nơi nhận:` lines up with the body, and its right column is the header's
 * right column, so the signature block is centred under the Quốc hiệu.
 */
export function closingGrid(options: PageOptions = {}): Grid {
  const { textWidth } = resolvePage(options);
  const total = textWidth + OVERHANG;
  return { indent: -CELL_MARGIN, left: total - RIGHT_COLUMN + CELL_MARGIN, right: RIGHT_COLUMN };
}
