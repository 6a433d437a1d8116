import { compareDates, shortDate, vietnameseWeekday, type CivilDate } from './civil-date.js';

/** The event's time as the plan states it once (see PlanModel.time). */
export interface EventTime {
  from: CivilDate;
  to: CivilDate;
  start?: string;
  end?: string;
  duration?: string;
  /** `buổi sáng`, `buổi chiều` … printed before the weekday. */
  session?: string;
  /** Only the month is known: `trong tháng 7 năm 2021`. */
  monthOnly?: boolean;
  /** `from`…`to` is a window the event falls in, not the days it lasts: `từ ngày 26 đến 30/10/2020`. */
  window?: boolean;
  lunar?: string;
  /** Plan-only remark, e.g. `(có Giấy mời kèm theo)`; not part of timeText. */
  note?: string;
}

/** "08:00" → "08 giờ 00 phút". */
export const clockText = (time: string): string => {
  const [h, m] = time.split(':');
  return `${h} giờ ${m} phút`;
};

const dayText = (d: CivilDate, session?: string): string =>
  `${session ? `${session} ` : ''}${vietnameseWeekday(d)}, ngày ${shortDate(d)}`;

/** `từ ngày 26 đến 30/10/2020`, `từ ngày 28/9 đến 02/10/2020`: the shared month or year is written once. */
const windowText = (from: CivilDate, to: CivilDate): string => {
  if (from.year !== to.year) return `từ ngày ${shortDate(from)} đến ngày ${shortDate(to)}`;
  const head = from.month === to.month ? `${from.day}` : `${from.day}/${from.month}`;
  return `từ ngày ${head} đến ${shortDate(to)}`;
};

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a `YYYY-MM` month. */
export const monthRange = (text: string): { from: CivilDate; to: CivilDate } => {
  const [year, month] = text.split('-').map(Number) as [number, number];
  return { from: { year, month, day: 1 }, to: { year, month, day: lastDay(year, month) } };
};

const lunarText = (lunar: string): string => (/^\(.*\)$/u.test(lunar.trim()) ? lunar.trim() : `(${lunar.trim()})`);

/**
 * The event's time in words, the one wording the plan, the letters and the e-mails all print (templates read it as
 * `time.text`), so the time is stated once and can never be printed two ways:
 *   01 ngày, từ 08 giờ 00 phút, thứ Ba, ngày 31/7/2018
 *   ½ ngày, từ 07 giờ 30 phút đến 11 giờ 00 phút, buổi sáng thứ Ba, ngày 31/7/2018
 *   03 ngày, từ thứ Hai, ngày 26/10/2020 đến thứ Tư, ngày 28/10/2020, khai mạc lúc 07 giờ 30 phút ngày 26/10/2020
 *   từ ngày 26 đến 30/10/2020 · trong tháng 7 năm 2021 · … (tức ngày 15 tháng Giêng năm Nhâm Dần)
 */
export function timeText(time: EventTime): string {
  const parts: string[] = time.duration ? [time.duration] : [];
  const clock = time.start ? `từ ${clockText(time.start)}${time.end ? ` đến ${clockText(time.end)}` : ''}` : undefined;
  if (time.monthOnly) {
    parts.push(`trong tháng ${time.from.month} năm ${time.from.year}`);
  } else if (time.window) {
    parts.push(windowText(time.from, time.to));
  } else if (compareDates(time.from, time.to) === 0) {
    if (clock) parts.push(clock);
    parts.push(dayText(time.from, time.session));
  } else {
    parts.push(`từ ${dayText(time.from, time.session)} đến ${dayText(time.to)}`);
    if (time.start) parts.push(`khai mạc lúc ${clockText(time.start)} ngày ${shortDate(time.from)}`);
  }
  return parts.join(', ') + (time.lunar ? ` ${lunarText(time.lunar)}` : '');
}

/**
 * Where the event is, in words, as the plan, the letters and the e-mails print it (`venue.text`):
 *   Hội trường tầng 5, Sở KH&CN; địa chỉ: Lô 10, …         (in person, or in person and online)
 *   trực tuyến qua Hệ thống …; điểm cầu trung tâm: Phòng họp …   (online only)
 */
export function venueText(venue: {
  mode: string;
  name?: string;
  address?: string;
  online?: { platform?: string; central: string };
}): string {
  if (venue.mode === 'trực tuyến' && venue.online) {
    const platform = venue.online.platform ? ` qua ${venue.online.platform}` : '';
    return `trực tuyến${platform}; điểm cầu trung tâm: ${venue.online.central}`;
  }
  const place = venue.name ?? venue.online?.central ?? '';
  return `${place}${venue.address ? `; địa chỉ: ${venue.address}` : ''}`;
}
