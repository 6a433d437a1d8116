/** Page margins in mm. Apart from page.ts so code that only measures (plan check) need not load docx. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The decree's margins (A1 I.I.1): top and bottom 20 mm, left 30 mm, right 15 mm. */
export const DEFAULT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** A4 is 210 × 297 mm. */
export const A4_MM = { width: 210, height: 297 } as const;
