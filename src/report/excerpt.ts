/** Tab stops in excerpts, in columns. */
export const TAB_WIDTH = 4;
/** Excerpts wider than this are cut around the caret. */
export const MAX_EXCERPT_WIDTH = 100;

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]$/u;
const BIDI_CONTROL = /^[\u202A-\u202E\u2066-\u2069]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/**
 * Printable characters below the combining marks (ASCII, Latin-1, Latin Extended-A and B: đ, ơ, ư) and Latin Extended
 * Additional (ạ … ỹ): one column each, shown as they are. Nearly every character of a plan is one of these, and needs
 * none of the regular expressions above, which are slow to compile.
 */
const isNarrowLatin = (cp: number): boolean => (cp >= 0x20 && cp < 0x300) || (cp >= 0x1e00 && cp <= 0x1eff);

/** East Asian Wide and Fullwidth ranges (the ones that matter in practice). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * How one code point is shown in a terminal and how many columns it takes. Control characters become visible
 * Control Pictures (␛ for ESC) so that a file cannot send escape sequences to the terminal; bidirectional overrides
 * become U+FFFD. Combining marks (NFD text) take no column; CJK and emoji take two; everything else, including
 * precomposed Vietnamese letters, one.
 */
export function displayChar(ch: string): { text: string; width: number } {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20) return { text: String.fromCodePoint(0x2400 + cp), width: 1 };
  if (cp === 0x7f) return { text: '\u2421', width: 1 };
  if (cp >= 0x80 && cp <= 0x9f) return { text: '\uFFFD', width: 1 };
  if (isNarrowLatin(cp)) return { text: ch, width: 1 };
  if (BIDI_CONTROL.test(ch)) return { text: '\uFFFD', width: 1 };
  if (ZERO_WIDTH.test(ch)) return { text: ch, width: 0 };
  if (isWide(cp) || EMOJI.test(ch)) return { text: ch, width: 2 };
  return { text: ch, width: 1 };
}

/** The characters displayChar shows as something else. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text made safe for a terminal line (no control characters, no line breaks). */
export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  for (const ch of text) out += displayChar(ch).text;
  return out;
}

/** Display width in terminal columns. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += displayChar(ch).width;
  return w;
}

/** The 1-based line `n` of `source` (without its line break), or undefined. Lines end at \n; a \r before it is dropped. */
export function sourceLine(source: string, n: number): string | undefined {
  if (n < 1) return undefined;
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const nl = source.indexOf('\n', start);
  const line = source.slice(start, nl < 0 ? undefined : nl);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

export interface Excerpt {
  /** The line as shown (tabs expanded, controls made visible, maybe cut with … at either end). */
  text: string;
  /** Spaces, then ^ under the first column of the range and ~ under the rest of it on this line. */
  caret: string;
}

/**
 * The line and a caret line under columns [startColumn, endColumn) (1-based UTF-16 columns, as the yaml library and
 * SARIF's default columnKind count them; for NFC Vietnamese that is one per letter). A range that ends on a later
 * line is underlined to the end of this line; an empty range, or one past the end of the line, gets a single ^.
 */
export function excerpt(line: string, startColumn: number, endColumn?: number): Excerpt {
  return PLAIN_LINE.test(line) ? plainExcerpt(line, startColumn, endColumn) : cellExcerpt(line, startColumn, endColumn);
}

/** Characters of one column each, shown as they are (isNarrowLatin): nearly every line of a plan is made of these. */
const PLAIN_LINE = /^[\u0020-\u007E\u00A0-\u02FF\u1E00-\u1EFF]*$/;

/**
 * cellExcerpt's answer for a PLAIN_LINE, where display columns are string indices, without going character by
 * character over the whole line (a paragraph can be one long line; the excerpt shows 100 columns of it).
 */
export function plainExcerpt(line: string, startColumn: number, endColumn?: number): Excerpt {
  const width = line.length;
  // As cellExcerpt's colAt lookup: a column that is not a whole number (NaN) falls back to the end of the line.
  const at = (column: number): number => {
    const index = Math.min(Math.max(column - 1, 0), width);
    return Number.isInteger(index) ? index : width;
  };
  const from = at(startColumn);
  const to = endColumn === undefined ? from : Math.max(at(endColumn), from);
  if (width <= MAX_EXCERPT_WIDTH) return { text: line, caret: caretLine(from, to) };
  const windowStart = Math.max(0, Math.min(from - 20, width - MAX_EXCERPT_WIDTH));
  const lead = windowStart > 0 ? '…' : '';
  // Room for the characters after the lead and before a closing ellipsis; the last character needs no ellipsis.
  const room = MAX_EXCERPT_WIDTH - 1 - lead.length;
  const shown = windowStart + room >= width - 1 ? line.slice(windowStart) : `${line.slice(windowStart, windowStart + room)}…`;
  return { text: lead + shown, caret: caretLine(from - windowStart + lead.length, to - windowStart + lead.length) };
}

/** Spaces up to display column `from`, then ^~~~ to `to` (at least the ^). */
const caretLine = (from: number, to: number): string => ' '.repeat(Math.max(from, 0)) + '^' + '~'.repeat(Math.max(to - from, 1) - 1);

/** The excerpt of any line, character by character: tabs, controls, combining marks, wide characters. */
export function cellExcerpt(line: string, startColumn: number, endColumn?: number): Excerpt {
  // Display column at each UTF-16 index; cells for the shown text.
  const cells: { text: string; width: number }[] = [];
  const colAt: number[] = [];
  let col = 0;
  let index = 0;
  for (const ch of line) {
    const cell =
      ch === '\t' ? { text: ' '.repeat(TAB_WIDTH - (col % TAB_WIDTH)), width: TAB_WIDTH - (col % TAB_WIDTH) } : displayChar(ch);
    for (let k = 0; k < ch.length; k++) colAt[index + k] = col;
    cells.push(cell);
    col += cell.width;
    index += ch.length;
  }
  colAt[index] = col;
  const at = (column: number): number => colAt[Math.min(Math.max(column - 1, 0), index)] ?? col;

  const from = at(startColumn);
  const to = endColumn === undefined ? from : Math.max(at(endColumn), from);
  let text = cells.map((c) => c.text).join('');
  let caretStart = from;

  if (col > MAX_EXCERPT_WIDTH) {
    // Keep a window starting a little before the caret; mark cut ends with an ellipsis (one column).
    const windowStart = Math.max(0, Math.min(from - 20, col - MAX_EXCERPT_WIDTH));
    let shown = windowStart > 0 ? '…' : '';
    let shownWidth = shown.length;
    let c = 0;
    let skippedTo = 0;
    for (const cell of cells) {
      const cellStart = c;
      c += cell.width;
      if (cellStart < windowStart) {
        skippedTo = c;
        continue;
      }
      if (shownWidth + cell.width > MAX_EXCERPT_WIDTH - 1 && c < col) {
        shown += '…';
        break;
      }
      shown += cell.text;
      shownWidth += cell.width;
    }
    text = shown;
    caretStart = from - skippedTo + (windowStart > 0 ? 1 : 0);
  }
  return { text, caret: caretLine(caretStart, caretStart + (to - from)) };
}
