import { shortDate, vietnameseWeekday, compareDates, type CivilDate } from '../model/civil-date.js';
import { amountInWords, formatAmount } from '../model/money-words.js';

/** Handlebars passes its options object last; helpers see only the real arguments. */
const args = (all: unknown[]): unknown[] => all.slice(0, -1);
const isDate = (value: unknown): value is CivilDate =>
  typeof value === 'object' && value !== null && 'year' in value && 'month' in value && 'day' in value;
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

import { clockText } from '../model/time-text.js';

export { clockText };

/** One day: "31/7/2018"; several: "từ ngày 30/7/2018 đến ngày 31/7/2018". */
export const dateRangeText = (from: CivilDate, to: CivilDate): string =>
  compareDates(from, to) === 0 ? shortDate(from) : `từ ngày ${shortDate(from)} đến ngày ${shortDate(to)}`;

/** The helpers templates may use (templates are compiled with knownHelpersOnly). Each tolerates missing values. */
export const TEMPLATE_HELPERS: Record<string, (...all: unknown[]) => string | boolean> = {
  or: (...all) => (args(all).find((v) => v !== undefined && v !== null && v !== '') as string | undefined) ?? '',
  join: (...all) => {
    const [list, separator] = args(all);
    return Array.isArray(list) ? list.map(text).join(typeof separator === 'string' ? separator : ', ') : '';
  },
  upper: (...all) => text(args(all)[0]).toLocaleUpperCase('vi'),
  date: (...all) => {
    const [d] = args(all);
    return isDate(d) ? shortDate(d) : '';
  },
  weekday: (...all) => {
    const [d] = args(all);
    return isDate(d) ? vietnameseWeekday(d) : '';
  },
  dateRange: (...all) => {
    const [from, to] = args(all);
    return isDate(from) ? dateRangeText(from, isDate(to) ? to : from) : '';
  },
  clock: (...all) => {
    const [t] = args(all);
    return typeof t === 'string' && t.includes(':') ? clockText(t) : '';
  },
  money: (...all) => {
    const [n] = args(all);
    return typeof n === 'number' ? formatAmount(n) : '';
  },
  inWords: (...all) => {
    const [n] = args(all);
    return typeof n === 'number' ? amountInWords(n) : '';
  },
};
