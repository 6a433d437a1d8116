import type { DataPath } from '../../load/locate.js';
import { foldDiacritics } from '../../text/fold.js';

/** A string of running text in the plan and where it is. */
export interface TextNode {
  path: DataPath;
  text: string;
}

/** The value at `path` in the raw data, or undefined. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** Sub-trees that hold codes, upper-case header lines or settings rather than prose. */
const SKIPPED_ROOTS = new Set(['issuer', 'signer', 'page', 'rules', 'order']);
/** Keys whose strings are codes, dates, times or addresses, never prose. */
const SKIPPED_KEYS = new Set([
  'number', 'date', 'from', 'to', 'start', 'end', 'replyBy', 'numbering', 'data', 'sheet', 'phone', 'email',
  'id', 'group', 'role', 'salutation', 'archive',
]);

/** Seven rules read the running texts of the same plan: it is walked once. */
const textsOfPlan = new WeakMap<object, readonly TextNode[]>();

/**
 * Every string of prose in the raw data, in document order: the title, purpose, content, attendee texts, venue, funding,
 * responsibilities, sections, recipients, invitation texts and invitees. Not the issuer block, the signer, codes or dates.
 */
export function runningTexts(data: unknown): readonly TextNode[] {
  if (data === null || typeof data !== 'object') return collectRunningTexts(data);
  let texts = textsOfPlan.get(data);
  if (!texts) textsOfPlan.set(data, (texts = Object.freeze(collectRunningTexts(data))));
  return texts;
}

function collectRunningTexts(data: unknown): TextNode[] {
  const out: TextNode[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'string') {
      out.push({ path, text: node });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (path.length === 0 && SKIPPED_ROOTS.has(key)) continue;
        if (SKIPPED_KEYS.has(key) && typeof value !== 'object') continue;
        if (key === 'archive') continue;
        if (key === 'time' && typeof value === 'string') continue; // programme slots: "08:00 - 08:30"
        walk(value, [...path, key]);
      }
    }
  };
  walk(data, []);
  return out;
}

/** Lower case, no diacritics, runs of spaces as one: for case- and diacritic-insensitive comparison. */
export const foldKey = (text: string): string =>
  foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
