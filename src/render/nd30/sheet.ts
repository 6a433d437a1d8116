import type { ISectionOptions } from 'docx';
import { mmToTwip } from './units.js';

/** Paper the documents after the invitations are printed on, in mm (portrait: width < height). */
export const PAPER = {
  A4: { width: 210, height: 297 },
  /** Envelope DL (ISO 269): one A4 sheet folded in three. */
  DL: { width: 110, height: 220 },
  /** Envelope C5: an A4 sheet folded once. */
  C5: { width: 162, height: 229 },
} as const;

export interface SheetOptions {
  paper: { width: number; height: number };
  landscape?: boolean;
  /** In mm, the same on all four sides unless given per side. */
  margins: number | { top: number; bottom: number; left: number; right: number };
}

/**
 * A section on paper other than the decree's A4 portrait page, without page numbers: name cards, envelopes. Landscape
 * swaps the paper's sides (docx writes `w:orient` and the sides as given).
 */
export function sheetSection(children: ISectionOptions['children'], options: SheetOptions): ISectionOptions {
  const m = typeof options.margins === 'number' ? { top: options.margins, bottom: options.margins, left: options.margins, right: options.margins } : options.margins;
  const { width, height } = options.paper;
  return {
    properties: {
      page: {
        size: options.landscape
          ? { width: mmToTwip(width), height: mmToTwip(height), orientation: 'landscape' }
          : { width: mmToTwip(width), height: mmToTwip(height) },
        margin: { top: mmToTwip(m.top), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), right: mmToTwip(m.right), header: 0, footer: 0, gutter: 0 },
      },
    },
    children,
  };
}
