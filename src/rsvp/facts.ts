import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { RepliesFacts } from '../validate/rules/types.js';
import type { ReplyBook } from './book.js';
import { repliesPath } from './file.js';
import { loadBook } from './load.js';
import { parseReplyTime } from './reply.js';

/** The book as the reply rules read it. */
export function replyFacts(book: ReplyBook, path: string): RepliesFacts {
  return {
    file: basename(path),
    replies: book.entries.map((e) => {
      const time = e.row.when ? parseReplyTime(e.row.when) : undefined;
      return {
        who: e.label,
        ...(e.invitee.name ? { name: e.invitee.name } : {}),
        ...(e.invitee.organization ? { organization: e.invitee.organization } : {}),
        ...(e.invitee.group ? { group: e.invitee.group } : {}),
        status: e.row.status,
        ...(time ? { date: { year: time.year, month: time.month, day: time.day } } : {}),
        ...(e.row.line ? { line: e.row.line } : {}),
      };
    }),
  };
}

/**
 * For `plan check`: the replies beside the plan, when there is a replies file, and what is wrong in it (under its own
 * file). No file, or a plan without invitees, is no facts and nothing to say: other checks report a missing list.
 */
export async function loadReplyFacts(planFile: string, model: PlanModel): Promise<{ facts?: RepliesFacts; diagnostics: Diagnostic[] }> {
  // Most plans have no replies yet: the invitee list (perhaps a workbook) is read only when there is a file to judge.
  if (!model.invitations || !existsSync(repliesPath(planFile))) return { diagnostics: [] };
  const load = await loadBook(model, planFile);
  if (!load.ok) return { diagnostics: load.diagnostics.filter((d) => d.file !== planFile && d.messageId !== 'invite/no-invitees') };
  if (!load.exists) return { diagnostics: [] };
  return { facts: replyFacts(load.book, load.path), diagnostics: load.diagnostics.filter((d) => d.file === load.path) };
}
