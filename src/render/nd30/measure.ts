import { ptToMm } from './units.js';

// Advance widths (1/1000 em) of Times (Adobe core metrics); Times New Roman and its metric twin Liberation Serif agree
// to within a few per cent. Used to size the short rules under the header lines and the address column of the
// distribution list, never to break lines.
const REGULAR: Record<string, number> = {
  ' ': 250, A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778, n: 500,
  o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  '-': 333, ',': 250, '.': 250, ':': 278, ';': 278, '/': 278, '&': 778, '(': 333, ')': 333, '@': 921, '_': 500,
  '+': 564,
};
const BOLD: Record<string, number> = {
  ' ': 250, A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833, n: 556,
  o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  '-': 333, ',': 250, '.': 250, ':': 333, ';': 333, '/': 278, '&': 833, '(': 333, ')': 333, '@': 930, '_': 500,
  '+': 570,
};
const DIGIT = 500;
const HORN = 60; // Ơ, Ư are a little wider than O, U.

/** Estimated width in millimetres of one line of text in Times New Roman. */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize('NFD')) {
    if (ch === '\u031B') units += HORN;
    else if (/\p{M}/u.test(ch)) continue;
    else if (ch >= '0' && ch <= '9') units += DIGIT;
    else if (ch === 'Đ') units += table.D ?? 722;
    else if (ch === 'đ') units += table.d ?? 500;
    else units += table[ch] ?? (ch === ch.toUpperCase() ? 722 : 500);
  }
  return ptToMm((units / 1000) * sizePt);
}

