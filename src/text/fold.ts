import { LetterPattern } from './letter-classes.js';

const MARKS = new LetterPattern(({ M }) => `[${M}]+`, 'gu');

/**
 * Folds Vietnamese text to plain ASCII-ish letters for matching and slugs: NFD, drop combining marks,
 * đ→d and Đ→D (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
 */
export function foldDiacritics(text: string): string {
  const decomposed = text.normalize('NFD');
  return decomposed.replace(MARKS.for(decomposed), '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
