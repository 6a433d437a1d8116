/**
 * Folds Vietnamese text to plain ASCII-ish letters for matching and slugs: NFD, drop combining marks,
 * đ→d and Đ→D (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
 */
export const foldDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Key for comparing headers: folded, lower case, runs of anything but letters and digits as one space. */
export const headerKey = (text: string): string =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
