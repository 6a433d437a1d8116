import { vietnameseWeekday, weekdayIndex } from '../../../model/civil-date.js';
import { LetterPattern } from '../../../text/letter-classes.js';
import { dateAt } from '../dates-in-text.js';
import { runningTexts } from '../text.js';
import type { Finding, Rule } from '../types.js';

/** "thứ Ba", "Thứ 3", "Chủ nhật", "CN", followed (after a comma, dash or bracket) by a date. */
const WEEKDAY = new LetterPattern(
  ({ L, N }) => String.raw`(?<![${L}${N}&])(?:(thứ)\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ)\s+(nhật)|(CN))(?![${L}${N}])`,
  'giu',
);
const NUMBERS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
const GAP = /[\s,(–-]*/y;

/** 0 = Sunday … 6 = Saturday, as weekdayIndex counts. */
function weekdayOf(m: RegExpExecArray): number | undefined {
  if (m[5] !== undefined) return m[5] === 'CN' ? 0 : undefined; // "cn"/"Cn" are not the abbreviation
  if (m[3] !== undefined) return 0;
  const word = m[2]!.toLowerCase();
  if (/^[2-7]$/.test(word)) return Number(word) - 1;
  return NUMBERS[word];
}

/** A weekday written next to a date must be that date's weekday: a mismatch sends people on the wrong day. */
export const weekdayMatch: Rule = {
  id: 'weekday/match',
  defaultSeverity: 'error',
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const m of weekdayMismatches(text)) {
        out.push({
          path,
          span: { start: m.start, length: m.spanLength },
          messageId: 'weekday/match',
          params: { written: m.written, date: m.date, expected: m.expected },
        });
      }
    }
    return out;
  },
};

export interface WeekdayMismatch {
  /** Where the weekday starts, and how long it is as written ("thứ Hai"). */
  start: number;
  written: string;
  /** From the weekday to the end of its date. */
  spanLength: number;
  date: string;
  /** The date's weekday ("thứ Ba"). */
  expected: string;
  /** What replaces `written`: `expected`, capitalised as the clerk wrote the wrong one ("Thứ Ba" at a sentence start). */
  replacement: string;
}

/** Every weekday in `text` written next to a real date that falls on another day. */
export function weekdayMismatches(text: string): WeekdayMismatch[] {
  const out: WeekdayMismatch[] = [];
  for (const m of text.matchAll(WEEKDAY.for(text))) {
    const weekday = weekdayOf(m);
    if (weekday === undefined) continue;
    GAP.lastIndex = m.index + m[0].length;
    GAP.exec(text);
    const found = dateAt(text, GAP.lastIndex);
    if (!found || !found.real) continue;
    if (weekdayIndex(found.date) === weekday) continue;
    const expected = vietnameseWeekday(found.date);
    const upper = m[0][0] === m[0][0]!.toUpperCase();
    out.push({
      start: m.index,
      written: m[0],
      spanLength: found.index + found.length - m.index,
      date: found.written.replace(/^ngày\s+/iu, ''),
      expected,
      replacement: upper ? expected[0]!.toUpperCase() + expected.slice(1) : expected,
    });
  }
  return out;
}
