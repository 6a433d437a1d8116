import { isScalar, visit, type Document } from 'yaml';
import { DATE_FIELDS, expand, LABELS, NUMBER_FIELDS, readClerkDate } from '../load/clerk-forms.js';
import { nodeAt } from '../load/locate.js';
import { parsePlanYaml } from '../load/yaml.js';
import type { Diagnostic, TextEdit } from '../core/diagnostic.js';
import { applyEdits, weekdayFixes } from './fix/fix-text.js';

/** `--shift 1y` or `--shift 364d` (52 weeks: every weekday stays the same). */
export type Shift = { years: number; days: number };

export function parseShift(text: string): Shift | undefined {
  const m = /^\s*(\d{1,3})\s*([yd])\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]!.toLowerCase() === 'y' ? { years: n, days: 0 } : { years: 0, days: n };
}

/** One line for the clerk to look at in the new plan: what was changed there, or what was kept and may be stale. */
export interface ReviewItem {
  line: number;
  messageId: string;
  params: Record<string, string | number>;
}

export type InitFrom =
  | { ok: true; text: string; review: ReviewItem[]; year: number }
  | { ok: false; diagnostics: Diagnostic[] };

const FIELD = (path: (string | number)[]) => LABELS[path.map((s) => (typeof s === 'number' ? '*' : s)).join('.')] ?? path.join('.');
const SIGNING = new Set(['document.date', 'invitations.date']);
const pad2 = (n: number) => String(n).padStart(2, '0');

function shiftDate(iso: string, shift: Shift): { iso: string; clerk: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + shift.years;
  // 29/02 one year on is 28/02.
  const day = Math.min(d, new Date(Date.UTC(year, m, 0)).getUTCDate());
  const date = new Date(Date.UTC(year, m - 1, day + shift.days));
  const [yy, mm, dd] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return { iso: `${yy}-${pad2(mm)}-${pad2(dd)}`, clerk: `${pad2(dd)}/${pad2(mm)}/${yy}` };
}

/**
 * Last year's plan as the start of this year's: numbers cleared (the registry gives new ones); signing dates cleared,
 * the other dates moved on by a year (or, with a shift, every date moved by it, weekdays in the text put right); the
 * year advanced in the title and every text; the invitee list kept. Dates in the text that are not the plan's own
 * (a cited decision's date) are kept and listed for review. Pure: text in, text out.
 */
export function planFromLastYear(file: string, source: string, shift?: Shift): InitFrom {
  const parsed = parsePlanYaml(file, source);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (parsed.data === undefined || errors.length > 0) return { ok: false, diagnostics: errors };
  const doc = parsed.doc;
  const data = parsed.data;
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const edits: TextEdit[] = [];
  const review: ReviewItem[] = [];

  const dates = DATE_FIELDS.flatMap((pattern) => expand(data, pattern))
    .map((path) => ({ path, reading: readClerkDate((path as (string | number)[]).reduce<unknown>((n, s) => (n as Record<string | number, unknown>)[s], data)), node: nodeAt(doc, path) }));
  const year = dates.map((d) => (d.reading.ok ? Number(d.reading.iso.slice(0, 4)) : 0)).find((y) => y > 0);
  if (!year) return { ok: false, diagnostics: [{ file, severity: 'error', ruleId: 'init/from', messageId: 'init/from-no-year' }] };
  const step = shift ?? { years: 1, days: 0 };

  // The plan's own dates, as text writes them (31/7/2018 and 31/07/2018), to their new value.
  const moved = new Map<string, string>();
  for (const { path, reading, node } of dates) {
    if (!reading.ok || !node?.range) continue;
    const key = path.join('.').replace(/\.\d+\./g, '.*.');
    const line = lineOf(node.range[0]);
    if (!shift && SIGNING.has(key)) {
      edits.push({ start: node.range[0], end: node.range[1], text: '""' });
      review.push({ line, messageId: 'init/review-cleared-date', params: { field: FIELD(path), was: reading.clerk } });
      continue;
    }
    const next = shiftDate(reading.iso, step);
    const [y, m, d] = reading.iso.split('-').map(Number) as [number, number, number];
    moved.set(`${d}/${m}/${y}`, `${Number(next.clerk.slice(0, 2))}/${Number(next.clerk.slice(3, 5))}/${next.clerk.slice(6)}`);
    moved.set(reading.clerk, next.clerk);
    // The clerk's own way of writing dates is kept: ISO stays ISO.
    const iso = /^\d{4}-/.test(source.slice(node.range[0], node.range[1]));
    edits.push({ start: node.range[0], end: node.range[1], text: iso ? next.iso : next.clerk });
    review.push({ line, messageId: 'init/review-date', params: { field: FIELD(path), was: reading.clerk, now: next.clerk } });
  }
  for (const pattern of NUMBER_FIELDS) {
    for (const path of expand(data, pattern)) {
      const node = nodeAt(doc, path);
      if (!node?.range) continue;
      edits.push({ start: node.range[0], end: node.range[1], text: '""' });
      review.push({ line: lineOf(node.range[0]), messageId: 'init/review-number', params: { field: FIELD(path) } });
    }
  }

  const taken = (offset: number) => edits.some((e) => offset >= e.start && offset < e.end);
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range || taken(node.range[0])) return;
      const [start, end] = node.range;
      const written = source.slice(start, end);
      // Dates first (31/7/2018), then years standing alone: never a year inside a code such as 30/2020/NĐ-CP.
      const DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
      for (const m of written.matchAll(DATE)) {
        const now = moved.get(m[0]);
        const line = lineOf(start + m.index);
        if (now) {
          edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: now });
          review.push({ line, messageId: 'init/review-text-date', params: { was: m[0], now } });
        } else if (Number(m[3]) >= year - 1) {
          review.push({ line, messageId: 'init/review-kept-date', params: { date: m[0] } });
        }
      }
      const YEAR = /(?<![\d/.-])(\d{4})(?![\d/])/g;
      for (const m of written.matchAll(YEAR)) {
        const y = Number(m[1]);
        if (y !== year && y !== year + 1) continue;
        const inDate = [...written.matchAll(DATE)].some((d) => m.index >= d.index && m.index < d.index + d[0].length);
        if (inDate) continue;
        const now = String(y + (shift ? shift.years || Math.round(shift.days / 365) || 1 : 1));
        edits.push({ start: start + m.index, end: start + m.index + 4, text: now });
        review.push({ line: lineOf(start + m.index), messageId: 'init/review-year', params: { was: m[1]!, now } });
      }
    },
  });

  let text = applyEdits(source, edits);
  // Weekdays written before a moved date ("thứ Ba, ngày 31/7/2018") now name the new date's weekday.
  const weekdays = weekdayFixes(file, text);
  for (const w of weekdays) review.push({ line: lineOf(w.fix![0]!.start), messageId: 'init/review-weekday', params: { was: String(w.params!.written), now: String(w.params!.expected) } });
  text = applyEdits(text, weekdays.flatMap((w) => w.fix!));
  const invitees = (data as { invitations?: { invitees?: unknown[]; data?: string } }).invitations;
  if (invitees?.invitees?.length) {
    const node = nodeAt(doc, ['invitations', 'invitees']);
    review.push({ line: node?.range ? lineOf(node.range[0]) : 1, messageId: 'init/review-invitees', params: { count: invitees.invitees.length } });
  }
  if (invitees?.data) {
    const node = nodeAt(doc, ['invitations', 'data']);
    review.push({ line: node?.range ? lineOf(node.range[0]) : 1, messageId: 'init/review-data', params: { data: invitees.data } });
  }
  review.sort((a, b) => a.line - b.line);
  return { ok: true, text, review, year };
}

export type { Document };
