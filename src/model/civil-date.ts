import { pad2 } from '../text/pad.js';

/** A calendar date without a time zone: documents are dated by the calendar, never by an instant. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function parseCivilDate(text: string): CivilDate {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export const compareDates = (a: CivilDate, b: CivilDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** 0 = Sunday … 6 = Saturday, computed in UTC so the local time zone cannot shift the day. */
/** A calendar date as a `Date` at UTC midnight: what packDocx stamps into document properties and zip entries. */
export const utcDate = (d: CivilDate): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));

export const weekdayIndex = (d: CivilDate): number => utcDate(d).getUTCDay();

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;
export const vietnameseWeekday = (d: CivilDate): string => WEEKDAYS[weekdayIndex(d)]!;

/** 31/7/2018: the short form used in running text (no padding, as the seed writes it). */
export const shortDate = (d: CivilDate): string => `${d.day}/${d.month}/${d.year}`;

export const isoDate = (d: CivilDate): string =>
  `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
