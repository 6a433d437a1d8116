import { LetterPattern } from '../../../text/letter-classes.js';
import { GLOSSARY } from '../glossary.js';
import { runningTexts } from '../text.js';
import type { Finding, Rule } from '../types.js';

/** Letter groups joined by & or - (spaces allowed around them): KH&CN, KKH&CN, KH & CN, LĐ-TB&XH. */
const JOINED = new LetterPattern(({ L, N }) => String.raw`(?<![${L}${N}&/-])[${L}]+(?:\s*[&-]\s*[${L}]+)+(?![${L}${N}&])`, 'gu');
/** One word of capitals and digits: KHCN, UBND. */
const CAPITALS = new LetterPattern(({ L, Lu, N }) => String.raw`(?<![${L}${N}&/-])[${Lu}][${Lu}\d]+(?![${L}${N}&-])`, 'gu');
const CAPITAL_FIRST = new LetterPattern(({ Lu }) => `^[${Lu}]`, 'u');
const GROUP_SEPARATOR = /\s*[&-]\s*/u;
const ABBRS = GLOSSARY.map((g) => g.abbr);
/** KHCN for KH&CN, TNMT for TN&MT: the joined forms written as one word. */
const COMPACT = new Map(
  GLOSSARY.filter((g) => /[&-]/.test(g.abbr)).map((g) => [g.abbr.replace(/[&-]/g, ''), g.abbr] as const),
);

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** What a joined token should have been, or undefined when it is fine or not a glossary abbreviation at all. */
function intended(token: string): string | undefined {
  const groups = token.split(GROUP_SEPARATOR);
  if (!groups.every((g) => g.length <= 5 && CAPITAL_FIRST.for(g).test(g))) return undefined;
  if (!token.includes('&') && !groups.every((g) => g === g.toUpperCase())) return undefined;
  if (ABBRS.includes(token)) return undefined;
  const compact = token.replace(/\s+/g, '');
  return ABBRS.find((a) => a === compact || a.toUpperCase() === compact.toUpperCase()) ?? ABBRS.find((a) => withinOneEdit(a, compact));
}

/**
 * Look-alikes of the usual abbreviations, at their position: a doubled letter ("Hội đồng KKH&CN", seed E4), spaces
 * ("KH & CN"), a wrong case ("Kh&CN"), and the one-word form ("KHCN") in a plan that writes "KH&CN" elsewhere.
 * Ký hiệu such as 183/QĐ-KHCN are not running text and are left alone (a "/" or "-" before the word).
 */
export const abbreviationsVariant: Rule = {
  id: 'abbreviations/variant',
  defaultSeverity: 'error',
  check({ data }) {
    const texts = runningTexts(data);
    const used = new Set<string>();
    for (const { text } of texts) for (const a of ABBRS) if (text.includes(a)) used.add(a);
    const out: Finding[] = [];
    for (const { path, text } of texts) {
      for (const m of text.matchAll(JOINED.for(text))) {
        const expected = intended(m[0]);
        if (expected) {
          out.push({ path, span: { start: m.index, length: m[0].length }, messageId: 'abbreviations/variant', params: { found: m[0], expected } });
        }
      }
      for (const m of text.matchAll(CAPITALS.for(text))) {
        const expected = COMPACT.get(m[0]);
        if (expected && used.has(expected)) {
          out.push({ path, span: { start: m.index, length: m[0].length }, messageId: 'abbreviations/variant', params: { found: m[0], expected } });
        }
      }
    }
    return out;
  },
};
