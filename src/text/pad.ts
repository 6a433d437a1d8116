/** A non-negative whole number with a leading zero below 10: `5` → `05`, `12` → `12` (numbers and days, A1 I.II.3). */
export const pad2 = (n: number | string): string => String(n).padStart(2, '0');
