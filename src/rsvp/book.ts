import type { Invitee } from '../model/plan.js';
import { inviteeName } from '../model/invitee.js';
import { closeEnough, inviteeKeys, slug } from './key.js';
import type { ReplyRow } from './file.js';
import { hasContent, replySummary, sameReply, type Reply } from './reply.js';

/** One invitee of the current list, with its key and its reply row (a row saying `chưa trả lời` when none yet). */
export interface Entry {
  invitee: Invitee;
  key: string;
  label: string;
  row: ReplyRow;
  /** The row was stored under another key (a corrected spelling): written back under the new one. */
  rekeyedFrom?: string;
}

/** The invitees and their replies; the rows whose invitee is no longer on the list (kept, and reported). */
export interface ReplyBook {
  entries: Entry[];
  orphans: ReplyRow[];
}

/** The organisation's part of a key (before `/`, without a `~2` suffix). */
const unitPart = (key: string): string => key.split('/')[0]!.replace(/~\d+$/, '');

const blank = (key: string, label: string): ReplyRow => ({ key, label, status: 'no-reply', history: '' });

/**
 * Pairs the stored rows with the current invitee list. A row goes to the invitee with the same key; a row whose key
 * matches nobody goes to the one unclaimed invitee whose key is close to it, or whose printed line has the same
 * words as the row's `Khách mời` cell (a corrected spelling, a title added), or else the one unclaimed invitee of the
 * same organisation (a person's name added to a unit): only when exactly one invitee is that close, so two similar units never swap replies. Rows left over are orphans: never dropped.
 */
export function reconcile(invitees: readonly Invitee[], rows: readonly ReplyRow[]): ReplyBook {
  const keys = inviteeKeys(invitees);
  const labels = invitees.map(inviteeName);
  const claimed = new Map<number, ReplyRow>();
  const index = new Map(keys.map((k, i) => [k, i]));
  const rest: ReplyRow[] = [];
  for (const row of rows) {
    const i = index.get(row.key);
    if (i !== undefined && !claimed.has(i)) claimed.set(i, row);
    else rest.push(row);
  }
  const orphans: ReplyRow[] = [];
  const rekeyed = new Map<number, string>();
  for (const row of rest) {
    const open = keys.map((_, i) => i).filter((i) => !claimed.has(i));
    const near = open.filter((i) => closeEnough(row.key, keys[i]!) || (row.label !== '' && slug(row.label) === slug(labels[i])));
    // A name added to (or dropped from) a unit keeps the unit part of the key: `so-y-te` → `so-y-te/nguyen-van-an`.
    const sameUnit = open.filter((i) => unitPart(keys[i]!) === unitPart(row.key));
    if (near.length === 0 && sameUnit.length === 1) near.push(sameUnit[0]!);
    if (near.length === 1) {
      claimed.set(near[0]!, row);
      rekeyed.set(near[0]!, row.key);
    } else if (hasContent(row)) {
      orphans.push(row);
    } // A row that matches nobody and holds no reply (`chưa trả lời`, nothing else) is the list's old shape: let go.

  }
  const entries = invitees.map((invitee, i): Entry => {
    const stored = claimed.get(i);
    const row = stored ? { ...stored, key: keys[i]!, label: labels[i]! } : blank(keys[i]!, labels[i]!);
    return { invitee, key: keys[i]!, label: labels[i]!, row, ...(rekeyed.has(i) ? { rekeyedFrom: rekeyed.get(i)! } : {}) };
  });
  return { entries, orphans };
}

/** The rows to write back: the current list in its order, then the orphans as they were. */
export const bookRows = (book: ReplyBook): ReplyRow[] => [...book.entries.map((e) => e.row), ...book.orphans];

/**
 * A new reply for an entry. The reply already there, if any, moves to the history column (oldest first), so nothing
 * recorded is lost; the same reply again changes nothing (`changed: false`).
 */
export function record(entry: Entry, reply: Reply): { changed: boolean; previous?: Reply } {
  const row = entry.row;
  if (hasContent(row) && sameReply(row, reply)) return { changed: false };
  const previous = hasContent(row) ? { ...row } : undefined;
  const history = previous ? [row.history, replySummary(previous)].filter(Boolean).join(' | ') : row.history;
  const { delegate: _d, via: _v, when: _w, note: _n, ...kept } = row;
  entry.row = { ...kept, ...reply, history };
  return { changed: true, ...(previous ? { previous } : {}) };
}
