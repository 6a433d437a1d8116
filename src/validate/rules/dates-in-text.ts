import type { CivilDate } from '../../model/civil-date.js';

/** A date written in running text: 31/7/2018, 31-7-2018, 31.7.2018 or "31 tháng 7 năm 2018" (after an optional "ngày"). */
export interface TextDate {
  /** Index of the first character of the date (or of "ngày"). */
  index: number;
  /** Length of the written date. */
  length: number;
  written: string;
  date: CivilDate;
  /** False for 31/6/2018 and the like. */
  real: boolean;
}

const DATE = /(?:ngày\s+)?(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?!\d)/iuy;

export const isRealDate = (d: CivilDate): boolean => {
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCFullYear() === d.year && probe.getUTCMonth() === d.month - 1 && probe.getUTCDate() === d.day;
};

/** The date starting exactly at `index` of `text`, if there is one. */
export function dateAt(text: string, index: number): TextDate | undefined {
  DATE.lastIndex = index;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return { index, length: m[0].length, written: m[0], date, real: isRealDate(date) };
}
