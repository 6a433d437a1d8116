import type { DataPath } from '../../load/locate.js';
import type { PlanModel } from '../../model/plan.js';
import type { Invitee } from '../../model/source.js';
import type { Range, Severity } from '../../core/diagnostic.js';

/** The invitee list read from the plan's data file (CSV/XLSX), each with where its cells are in that file. */
export interface DataInvitees {
  file: string;
  invitees: readonly DataInvitee[];
}

export interface DataInvitee extends Invitee {
  /** The row's start, and each filled field's cell: spreadsheet row / CSV line and column. */
  source: { line: number; column: number; cells: Partial<Record<keyof Invitee, Range>> };
}

/** What a rule reads: the typed plan, and the raw (NFC) source data for texts exactly as the clerk wrote them. */
export interface RuleContext {
  model: PlanModel;
  data: unknown;
  /**
   * Where the invitees come from: the plan's own list (`undefined`), the data file's rows, or `'unreadable'` when the
   * plan names a data file that could not be read (that failure is reported by itself; rules about invitees then say
   * nothing rather than guess).
   */
  dataInvitees?: DataInvitees | 'unreadable';
  /** The invitees' replies (`plan rsvp`), when the caller read the replies file: only `plan check` does. */
  replies?: RepliesFacts;
}

/** What the reply rules read about each invitee of the list: who, which group, the reply, where it is written. */
export interface ReplyFact {
  /** The invitee as printed. */
  who: string;
  name?: string;
  organization?: string;
  group?: string;
  status: 'coming' | 'not-coming' | 'delegate' | 'no-reply';
  /** When the reply came, as a calendar date (absent when not written or unreadable). */
  date?: { year: number; month: number; day: number };
  /** Its line in the replies file. */
  line?: number;
}

export interface RepliesFacts {
  /** The replies file, as shown to the clerk. */
  file: string;
  replies: ReplyFact[];
}

/** A place in another file than the plan (an invitee's row or cell in the data file). */
export interface ElsewhereAt {
  file: string;
  range: Range;
}

/**
 * One problem a rule found. The runner turns `path` into a source range (and `span`, when given, into a range inside
 * the scalar), and adds the file, the severity and the rule id.
 */
export interface Finding {
  path: DataPath;
  messageId: string;
  params?: Record<string, string | number>;
  /** Point at the key instead of the value (e.g. an unknown id in `rules:`). */
  target?: 'key' | 'value';
  /** A part of the string value: offset and length in UTF-16 code units, as JavaScript string indices. */
  span?: { start: number; length: number };
  /** Another place the message refers to: the runner fills the `{line}` parameter with its line number. */
  related?: DataPath;
  /** When set, the finding is in this file and range (the data file), not at `path` in the plan. */
  at?: ElsewhereAt;
}

export interface Rule {
  /** Namespaced: `dates/order`, `weekday/match`, … */
  id: string;
  defaultSeverity: Severity;
  /** Where the decree is the source, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3". */
  citation?: string;
  check(context: RuleContext): Finding[];
}

export const ND30 = 'Nghị định 30/2020/NĐ-CP';
