/**
 * Folds Vietnamese text to plain ASCII-ish letters for matching and slugs: NFD, drop combining marks,
 * đ→d and Đ→D (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
 */
export const foldDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
