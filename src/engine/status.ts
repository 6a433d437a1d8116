import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { LETTERS_DIR, MERGED_NAME } from '../merge/invitations.js';
import type { PlanModel } from '../model/plan.js';
import { ATTENDEES_FILE, BADGES_FILE, ENVELOPES_FILE, SIGN_IN_FILE } from './producers/attendees.js';
import { DISTRIBUTION_FILE } from './producers/distribution.js';
import type { ReplyBook } from '../rsvp/book.js';
import { LOG_NAME, readLog, type LogEntry } from '../send/log.js';
import { PLAN_DOCUMENT } from '../send/jobs.js';

/** Replies counted for one attendee group (or for invitees of no known group: `id` undefined). */
export interface GroupCount {
  id?: string;
  text: string;
  invited: number;
  coming: number;
  /** Of `coming`: those sending someone in their place. */
  delegates: number;
  notComing: number;
  noReply: number;
}

export interface DocumentState {
  kind: string;
  /** Relative to the output folder. */
  file: string;
  built: boolean;
  /** For the letters: how many single letters are in giay-moi/. */
  count?: number;
  /** Built before the last change of what it is made from (the plan, its invitee data, the replies). */
  stale?: boolean;
}

export interface SendState {
  /** Accepted messages by kind (invitation, plan, reminder). */
  sent: Record<string, number>;
  /** Messages whose last attempt was not accepted, with the server's answer. */
  failed: { kind: string; recipient: string; to: string; result: string; response?: string }[];
  /** Lines of the log that could not be read. */
  unreadable: number;
}

export interface StatusReport {
  groups: GroupCount[];
  total: Omit<GroupCount, 'id' | 'text'>;
  documents: DocumentState[];
  send: SendState;
}

const mtime = async (path: string): Promise<number | undefined> => {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
};

/** The replies counted by the plan's attendee groups, in their order. */
export function countReplies(model: PlanModel, book: ReplyBook, otherText: string): { groups: GroupCount[]; total: StatusReport['total'] } {
  const count = (entries: ReplyBook['entries']) => ({
    invited: entries.length,
    coming: entries.filter((e) => e.row.status === 'coming' || e.row.status === 'delegate').length,
    delegates: entries.filter((e) => e.row.status === 'delegate').length,
    notComing: entries.filter((e) => e.row.status === 'not-coming').length,
    noReply: entries.filter((e) => e.row.status === 'no-reply').length,
  });
  const known = new Set(model.attendees.map((g) => g.id));
  const groups: GroupCount[] = model.attendees
    .map((g) => ({ id: g.id, text: g.text, ...count(book.entries.filter((e) => e.invitee.group === g.id)) }))
    .filter((g) => g.invited > 0);
  const rest = book.entries.filter((e) => !e.invitee.group || !known.has(e.invitee.group));
  if (rest.length > 0) groups.push({ text: otherText, ...count(rest) });
  return { groups, total: count(book.entries) };
}

/**
 * The documents in the output folder and whether each is older than its sources: the plan file, the invitee data file,
 * and for the documents made from the replies, the replies file.
 */
export async function documentStates(model: PlanModel, planFile: string, outDir: string, repliesFile: string): Promise<DocumentState[]> {
  const data = model.invitations?.data ? resolve(dirname(planFile), model.invitations.data) : undefined;
  const base = Math.max(...(await Promise.all([planFile, data].filter((f): f is string => f !== undefined).map(mtime))).map((t) => t ?? 0));
  const replies = Math.max(base, (await mtime(repliesFile)) ?? 0);
  const kinds: [string, string, number][] = [
    ['plan', PLAN_DOCUMENT, base],
    ['invitations', MERGED_NAME, base],
    ['distribution', DISTRIBUTION_FILE, base],
    ['attendees', ATTENDEES_FILE, replies],
    ['sign-in', SIGN_IN_FILE, replies],
    ['badges', BADGES_FILE, replies],
    ['envelopes', ENVELOPES_FILE, base],
  ];
  const out: DocumentState[] = [];
  for (const [kind, file, source] of kinds) {
    const time = await mtime(join(outDir, file));
    const state: DocumentState = { kind, file, built: time !== undefined, ...(time !== undefined ? { stale: time < source } : {}) };
    if (kind === 'invitations') {
      const letters = await readdir(join(outDir, LETTERS_DIR)).catch(() => [] as string[]);
      state.count = letters.filter((n) => n.endsWith('.docx')).length;
    }
    out.push(state);
  }
  return out;
}

/** What the send log says: accepted messages by kind, and those whose latest attempt failed. */
export async function sendState(outDir: string): Promise<SendState> {
  const read = await readLog(join(outDir, LOG_NAME));
  const latest = new Map<string, LogEntry>();
  for (const e of read.entries) latest.set(e.key, e);
  const sent: Record<string, number> = {};
  const failed: SendState['failed'] = [];
  for (const e of latest.values()) {
    if (e.result === 'accepted') sent[e.kind] = (sent[e.kind] ?? 0) + 1;
    else failed.push({ kind: e.kind, recipient: e.recipient, to: e.to, result: e.result, ...(e.response ? { response: e.response } : {}) });
  }
  return { sent, failed, unreadable: read.unreadable };
}
