/** Twips per millimetre: 1 inch = 1440 twips = 25.4 mm. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded to the nearest twip (docx's own helper rounds down: 20 mm → 1133). */
export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function twipToMm(twip: number): number {
  return twip / TWIPS_PER_MM;
}

/** Points to half-points, the unit of `w:sz` (14 pt → 28). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points to millimetres. */
export function ptToMm(pt: number): number {
  return (pt * 25.4) / 72;
}
