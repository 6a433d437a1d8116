/**
 * Sentence-final punctuation, decided in one place for every document (plan, letters, Nơi nhận, the rules that check
 * what the clerk typed): what counts as an end mark, when the renderer adds one, and where the closing `./.` goes.
 */

/** The decree's closing mark after the last line of the body (Phụ lục I, mục II.8). */
export const END_MARK = './.';

/**
 * The marks a clerk may end a line with: the closing mark, or one of . ; : , ! ? … (possibly several). A comma counts:
 * real căn cứ lines end with "," (Sở GD&ĐT Bình Dương, 143/TB-SGDĐT), and ",;" would have to be repaired by hand.
 */
const TRAILING = /(?:\.\/\.|[.;:,!?…])+$/u;

/** The punctuation the text ends with (after trailing spaces), or '' when it ends bare. */
export function trailingPunctuation(text: string): string {
  return TRAILING.exec(text.trimEnd())?.[0] ?? '';
}

/** True when the text already ends with punctuation, so the renderer keeps the author's choice. */
export const endsWithPunctuation = (text: string): boolean => trailingPunctuation(text) !== '';

/** Ends a line or list item with `end` unless it already ends with punctuation. */
export function withEnd(text: string, end: ';' | '.'): string {
  const t = text.trimEnd();
  return endsWithPunctuation(t) ? t : t + end;
}

/**
 * The body's last line with the closing mark: it replaces a final `.`, `;`, `,` or `:` (and any `./.` the clerk
 * already typed), so `./.` appears exactly once; `!`, `?` and `…` are kept before it.
 */
export function withEndMark(text: string): string {
  const t = text.trimEnd();
  // A run of . / ; , : holding a typed closing mark (`./.`, `././.`) goes whole; otherwise one final . ; , : goes. A
  // lone final `/` (a web address) stays.
  const run = /[.;,:/\s]*$/u.exec(t)![0];
  const bare = run.includes('/.') ? t.slice(0, t.length - run.length) : t.replace(/[.;,:]$/u, '');
  return bare.trimEnd() + END_MARK;
}
