import { pad2 } from '../../text/pad.js';

/** A calendar date: a `Date` is read by its UTC fields (as `new Date('2018-07-05')` means), a string as `YYYY-MM-DD`. */
export type DateInput = Date | string;

interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/** Room left for the văn thư to write by hand in an undated document. */
const BLANK = '\u00A0'.repeat(6);

function parseDate(date: DateInput): CalendarDate {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(date.trim());
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD or YYYY): ${date}`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new RangeError(`No such day: ${date}`);
  return { year, month, day };
}

/** `ngày 05 tháng 7 năm 2018`: the day padded below 10, months 1 and 2 only padded (Phụ lục I, I.II.4.b). */
export function dateWords(date: DateInput): string {
  const { year, month, day } = parseDate(date);
  if (month === undefined || day === undefined) return `ngày${BLANK}tháng${BLANK}năm ${year}`;
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}

/**
 * `Bắc Giang, ngày 05 tháng 7 năm 2018`. Without a date the day, month and year are left blank
 * (`Bắc Giang, ngày      tháng      năm 20…`); a year alone (`'2018'`) leaves the day and month blank.
 */
export function dateLine(place: string, date?: DateInput): string {
  const words = date === undefined || date === '' ? `ngày${BLANK}tháng${BLANK}năm 20…` : dateWords(date);
  return `${place.trim()}, ${words}`;
}

/**
 * `Số: 05/KH-KHCN`. Numbers below 10 get a leading zero; no number leaves a blank for the văn thư (`Số:      /KH-KHCN`).
 * The ký hiệu parts are joined by `-` with no spaces.
 */
export function numberLine(number: number | string | undefined, ...symbol: string[]): string {
  const code = symbol.map((s) => s.trim()).filter((s) => s !== '').join('-');
  const n = typeof number === 'string' ? number.trim() : number;
  if (n === undefined || n === '') return `Số:${BLANK}/${code}`;
  const value = Number(n);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Not a document number: ${String(number)}`);
  return `Số: ${pad2(value)}/${code}`;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → `I`, 4 → `IV`, 14 → `XIV` (1–3999). */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The điểm letters: the Vietnamese alphabet without f, j, w, z, with đ after d (Phụ lục I, I.II.6.c). */
const VIETNAMESE_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** 1 → `a`, 5 → `đ`, 23 → `y`. */
export function vietnameseLetter(n: number): string {
  const letter = Number.isInteger(n) ? VIETNAMESE_LETTERS[n - 1] : undefined;
  if (letter === undefined) throw new RangeError(`No Vietnamese letter for ${n} (1–${VIETNAMESE_LETTERS.length})`);
  return letter;
}

export { withEnd } from '../../text/sentence-end.js';
