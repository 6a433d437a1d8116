import type { DataPath } from '../../load/locate.js';
import type { PlanModel } from '../../model/plan.js';
import type { Severity } from '../../report/diagnostic.js';

/** What a rule reads: the typed plan, and the raw (NFC) source data for texts exactly as the clerk wrote them. */
export interface RuleContext {
  model: PlanModel;
  data: unknown;
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
}

export interface Rule {
  /** Namespaced: `dates/order`, `weekday/match`, … */
  id: string;
  defaultSeverity: Severity;
  description: { vi: string; en: string };
  /** Where the decree is the source, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3". */
  citation?: string;
  check(context: RuleContext): Finding[];
}

export const ND30 = 'Nghị định 30/2020/NĐ-CP';
