import { foldDiacritics } from '../../text/fold.js';

/** Key for comparing headers: folded, lower case, runs of anything but letters and digits as one space. */
export const headerKey = (text: string): string =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
