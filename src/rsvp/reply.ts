import { statusWord, viaWord, type ReplyStatus, type ReplyVia } from './vocabulary.js';

/** One reply as recorded. */
export interface Reply {
  status: ReplyStatus;
  /** Who comes instead (status `delegate`). */
  delegate?: { name: string; title?: string };
  via?: ReplyVia;
  /** When it came, as written: `2018-07-25 09:30` (we write this form; a date alone or `25/7/2018` is read too). */
  when?: string;
  note?: string;
}

/** `Ông Trần Văn B, Phó Giám đốc` → name and title (split at the first comma). */
export function parseDelegate(text: string): { name: string; title?: string } {
  const comma = text.indexOf(',');
  const name = (comma < 0 ? text : text.slice(0, comma)).replace(/\s+/gu, ' ').trim();
  const title = comma < 0 ? '' : text.slice(comma + 1).replace(/\s+/gu, ' ').trim();
  return title ? { name, title } : { name };
}

export const delegateText = (d: Reply['delegate']): string => (d ? [d.name, d.title].filter(Boolean).join(', ') : '');

/** A reply in one line, as kept in the history column: `2018-07-25 09:30 cử người dự: Ông B, Phó Giám đốc (điện thoại) – ghi chú`. */
export function replySummary(reply: Reply): string {
  const head = [reply.when, statusWord(reply.status)].filter(Boolean).join(' ');
  const who = reply.delegate ? `: ${delegateText(reply.delegate)}` : '';
  const via = reply.via ? ` (${viaWord(reply.via)})` : '';
  const note = reply.note ? ` – ${reply.note}` : '';
  return `${head}${who}${via}${note}`;
}

export const sameReply = (a: Reply, b: Reply): boolean =>
  a.status === b.status && delegateText(a.delegate) === delegateText(b.delegate) && (a.via ?? '') === (b.via ?? '') && (a.note ?? '') === (b.note ?? '');

/** Whether anything was recorded (a row still `chưa trả lời` with nothing else holds no reply). */
export const hasContent = (r: Reply): boolean => r.status !== 'no-reply' || Boolean(r.via || r.note || r.delegate);

export interface ReplyTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** `2018-07-25[ 09:30]`, `25/7/2018[ 9:30]` (Excel's Vietnamese format); undefined for anything else. */
export function parseReplyTime(text: string): ReplyTime | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(t);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.slice(0, 3).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (parts[3] === undefined) return { year, month, day };
  const hour = Number(parts[3]);
  const minute = Number(parts[4]);
  if (hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The form we write: `2018-07-25 09:30`. */
export const formatReplyTime = (t: ReplyTime): string =>
  `${t.year}-${two(t.month)}-${two(t.day)}${t.hour !== undefined ? ` ${two(t.hour)}:${two(t.minute ?? 0)}` : ''}`;

/** Now, on the clerk's clock, to the minute. */
export function nowReplyTime(now = new Date()): string {
  return formatReplyTime({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), hour: now.getHours(), minute: now.getMinutes() });
}
