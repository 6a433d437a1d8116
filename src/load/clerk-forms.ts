import type { Document } from 'yaml';
import type { Diagnostic, TextEdit } from '../core/diagnostic.js';
import { nodeAt, type DataPath, type Locate } from './locate.js';

/**
 * What clerks write that is unambiguous is accepted and normalised before the schema sees it: dates as 31/7/2018,
 * 31/07/2018, 2018-07-31 or "ngày 31 tháng 7 năm 2018"; a document number as 5, 05 or "05" (padded to two digits, as
 * the decree prints it); codes in straight or curly quotes. Anything else in these fields is reported here, saying what
 * was understood, and the schema's own message for the same field is dropped.
 */

type Pattern = readonly (string | '*')[];

export const DATE_FIELDS: readonly Pattern[] = [
  ['document', 'date'], ['invitations', 'date'], ['invitations', 'replyBy'],
  ['time', 'date'], ['time', 'from'], ['time', 'to'], ['content', 'programme', '*', 'date'],
  ['invitations', 'deadlines', '*', 'date'],
];
export const NUMBER_FIELDS: readonly Pattern[] = [['document', 'number'], ['invitations', 'number']];
export const CODE_FIELDS: readonly Pattern[] = [
  ['issuer', 'abbreviation'], ['recipients', 'archive', '*'], ['attendees', '*', 'id'], ['invitations', 'invitees', '*', 'group'],
];

export const LABELS: Readonly<Record<string, string>> = {
  'document.date': 'Ngày ban hành', 'invitations.date': 'Ngày ký giấy mời', 'invitations.replyBy': 'Hạn xác nhận',
  'time.date': 'Ngày', 'time.from': 'Từ ngày', 'time.to': 'Đến ngày', 'content.programme.*.date': 'Ngày', 'invitations.deadlines.*.date': 'Hạn',
  'document.number': 'Số văn bản', 'invitations.number': 'Số giấy mời',
  'issuer.abbreviation': 'Chữ viết tắt của cơ quan', 'recipients.archive.*': 'Lưu', 'attendees.*.id': 'Mã nhóm',
  'invitations.invitees.*.group': 'Nhóm',
};

/** Every concrete path in `data` that matches the pattern. */
export function expand(data: unknown, pattern: Pattern, prefix: (string | number)[] = []): (string | number)[][] {
  if (pattern.length === 0) return [prefix];
  const [step, ...rest] = pattern;
  if (step === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, i) => expand(item, rest, [...prefix, i]));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, step!)) return [];
  return expand((data as Record<string, unknown>)[step!], rest, [...prefix, step!]);
}

export const displayPath = (path: DataPath): string =>
  path.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step), '');

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad2 = (n: number): string => String(n).padStart(2, '0');

export type DateReading =
  | { ok: true; iso: string; clerk: string; canonical: boolean }
  | { ok: false; messageId: string; params: Record<string, string | number> };

const MONTH_WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

/** A date as a clerk writes it. `canonical` is true when the text is already in a form --fix leaves alone. */
export function readClerkDate(value: unknown): DateReading {
  if (typeof value !== 'string') return { ok: false, messageId: 'date/unreadable', params: { actual: String(value) } };
  const text = value.normalize('NFC').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let day: number, month: number, year: number;
  let canonical = false;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    canonical = /^\d{4}-\d{2}-\d{2}$/.test(text);
  } else if ((m = /^(?:ngày\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/iu.exec(text))) {
    [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[4]!.length === 2) {
      return { ok: false, messageId: 'date/short-year', params: { actual: text, fixed: `${pad2(day)}/${pad2(month)}/20${m[4]}` } };
    }
    canonical = /^\d{2}\/\d{2}\/\d{4}$/.test(text);
  } else if ((m = MONTH_WORDS.exec(text))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return { ok: false, messageId: 'date/unreadable', params: { actual: text } };
  }
  if (month < 1 || month > 12) {
    if (day >= 1 && day <= 12 && month <= daysIn(year, day)) {
      return { ok: false, messageId: 'date/month-first', params: { actual: text, day, month, fixed: `${pad2(month)}/${pad2(day)}/${year}` } };
    }
    return { ok: false, messageId: 'date/no-month', params: { actual: text, month } };
  }
  if (day < 1 || day > daysIn(year, month)) {
    return { ok: false, messageId: 'date/not-real', params: { actual: text, day, month, year, days: daysIn(year, month) } };
  }
  return { ok: true, iso: `${year}-${pad2(month)}-${pad2(day)}`, clerk: `${pad2(day)}/${pad2(month)}/${year}`, canonical };
}

const CURLY = /^[“”„‟"'‘’]+|[“”„‟"'‘’]+$/g;

export type NumberReading = { ok: true; number: string } | { ok: false; messageId: string; params: Record<string, string | number> };

/** A document number: 5, 05, "05", “05” → "05"; empty stays empty (not yet assigned). */
export function readClerkNumber(value: unknown): NumberReading {
  if (value === null || value === '') return { ok: true, number: '' };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { ok: true, number: pad2(value) };
  const text = typeof value === 'string' ? value.trim().replace(CURLY, '') : String(value);
  if (/^\d+$/.test(text)) return { ok: true, number: pad2(Number(text.replace(/^0+(?=\d)/, ''))).padStart(2, '0') };
  const withSymbol = /^(\d+)\s*\/\s*(\S.*)$/.exec(text);
  if (withSymbol) return { ok: false, messageId: 'number/with-symbol', params: { actual: text, number: pad2(Number(withSymbol[1])), symbol: `/${withSymbol[2]}` } };
  return { ok: false, messageId: 'number/not-digits', params: { actual: text } };
}

interface Context {
  file: string;
  /** The source: messages quote a value as written (`06`, which yaml reads as the number 6). */
  text: string;
  doc: Document;
  locate: Locate;
}

/** Normalises the three kinds of field in place; returns the diagnostics, and the paths they cover (as display strings). */
export function normaliseClerkForms(data: unknown, { file, text, doc, locate }: Context): { diagnostics: Diagnostic[]; covered: Set<string>; silentFixes: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  /** Accepted forms that --fix rewrites to the usual one; `plan check` says nothing about them. */
  const silentFixes: Diagnostic[] = [];
  const covered = new Set<string>();
  const set = (path: (string | number)[], value: unknown) => {
    let node = data as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
  };
  const get = (path: (string | number)[]) => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], data);
  const written = (path: (string | number)[], value: unknown): string => {
    const range = nodeAt(doc, path)?.range;
    return range ? text.slice(range[0], range[1]).trim() : String(value);
  };
  const edit = (path: (string | number)[], text: string): TextEdit[] | undefined => {
    const range = nodeAt(doc, path)?.range;
    return range ? [{ start: range[0], end: range[1], text }] : undefined;
  };
  const report = (path: (string | number)[], pattern: Pattern, messageId: string, params: Record<string, string | number>, severity: Diagnostic['severity'], fix?: TextEdit[]) => {
    const range = locate(path);
    covered.add(displayPath(path));
    diagnostics.push({
      file, ...(range ? { range } : {}), severity, ruleId: messageId.split('/')[0] === 'date' ? 'format/date' : 'format/number',
      messageId, params: { label: LABELS[pattern.join('.')] ?? '', path: displayPath(path), ...params }, ...(fix ? { fix } : {}),
    });
  };

  const silent = (path: (string | number)[], pattern: Pattern, messageId: string, params: Record<string, string | number>, fix?: TextEdit[]) => {
    if (!fix) return;
    const range = locate(path);
    silentFixes.push({ file, ...(range ? { range } : {}), severity: 'info', ruleId: 'fix', messageId, params: { label: LABELS[pattern.join('.')] ?? '', path: displayPath(path), ...params }, fix });
  };

  for (const pattern of DATE_FIELDS) {
    for (const path of expand(data, pattern)) {
      const value = get(path);
      // "Bỏ trống khi chưa ký": an empty date is a date not yet known, as if the line were not there.
      if (value === null || value === '') {
        const parent = get(path.slice(0, -1)) as Record<string | number, unknown>;
        delete parent[path.at(-1)!];
        continue;
      }
      if (value === undefined) continue;
      const reading = readClerkDate(value);
      if (reading.ok) {
        set(path, reading.iso);
        if (!reading.canonical) silent(path, pattern, 'fix/date', { actual: String(value), fixed: reading.clerk }, edit(path, reading.clerk));
      } else {
        report(path, pattern, reading.messageId, reading.params, 'error');
      }
    }
  }
  for (const pattern of NUMBER_FIELDS) {
    for (const path of expand(data, pattern)) {
      const value = get(path);
      const reading = readClerkNumber(value);
      if (reading.ok) {
        set(path, reading.number);
        // Written as a padded string already, or left empty: nothing to change.
        if ((typeof value === 'string' && value === reading.number) || value === null || value === '') continue;
        silent(path, pattern, 'fix/number', { actual: written(path, value), fixed: `"${reading.number}"` }, edit(path, `"${reading.number}"`));
      } else {
        const fix = reading.messageId === 'number/with-symbol' ? edit(path, `"${reading.params.number}"`) : undefined;
        report(path, pattern, reading.messageId, { ...reading.params, fixed: `${path.at(-1)}: "${reading.params.number ?? ''}"` }, 'error', fix);
      }
    }
  }
  for (const pattern of CODE_FIELDS) {
    for (const path of expand(data, pattern)) {
      const value = get(path);
      if (typeof value !== 'string' || !/^[“”‘’„‟]|[“”‘’„‟]$/.test(value)) continue;
      const clean = value.replace(CURLY, '');
      set(path, clean);
      silent(path, pattern, 'fix/curly-quotes', { actual: value, fixed: clean }, edit(path, clean));
    }
  }
  return { diagnostics, covered, silentFixes };
}
