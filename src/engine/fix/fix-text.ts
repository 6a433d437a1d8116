import { isScalar, parseDocument, Scalar, visit } from 'yaml';
import type { Diagnostic, TextEdit } from '../../core/diagnostic.js';
import { weekdayMismatches } from '../../validate/rules/weekday/match.js';
import { checkPlanTextOnly as checkPlanText } from '../check-plan.js';

/** One change `plan check --fix` made, described by the diagnostic it answers (its message says what and where). */
export interface AppliedFix {
  diagnostic: Diagnostic;
  /** 1-based line of the change in the text before that round. */
  line: number;
}

export interface FixOutcome {
  text: string;
  applied: AppliedFix[];
}

const MAX_ROUNDS = 10;

/**
 * The safe repairs of a plan's text, applied in rounds (a syntax fix can reveal the next problem): the fixes the
 * checks attach to their diagnostics (quote a sentence with a colon, Tabs to spaces, a missing colon …), the
 * accepted clerk forms rewritten to the usual ones (31/7/2018 → 31/07/2018, 5 → "05", “KHCN” → KHCN), and a weekday
 * corrected from the date written after it. Each edit replaces only the characters of one line or one value, so
 * comments, key order and blank lines stay. A round that leaves more syntax errors than before is undone: that
 * fix was not certain. Pure: no files, so a web page can call it too.
 */
export function fixPlanText(file: string, original: string): FixOutcome {
  let text = original;
  const applied: AppliedFix[] = [];
  let syntaxErrors = countSyntaxErrors(checkPlanText(file, text).diagnostics);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const check = checkPlanText(file, text);
    const candidates = [
      ...check.diagnostics.filter((d) => d.fix && d.fix.length > 0),
      ...(check.fixes ?? []),
      ...weekdayFixes(file, text),
    ];
    const chosen = nonOverlapping(candidates);
    if (chosen.length === 0) break;
    const next = applyEdits(text, chosen.flatMap((d) => d.fix!));
    const afterCheck = checkPlanText(file, next).diagnostics;
    const after = countSyntaxErrors(afterCheck);
    // A Tab becomes two spaces only when those lines then read; otherwise the Tab's width was meant otherwise.
    const tabLines = new Set(chosen.filter((d) => d.messageId.startsWith('trap/tab')).flatMap((d) => d.fix!.map((e) => lineOf(text, e.start))));
    const tabsWrong = tabLines.size > 0 && afterCheck.some((d) => d.ruleId.startsWith('yaml/') && d.severity === 'error' &&
      (tabLines.has(d.range?.start.line ?? 0) || d.messageId === 'yaml/bad-indent' || d.messageId === 'trap/over-indented'));
    if (after > syntaxErrors || tabsWrong) break;
    syntaxErrors = after;
    applied.push(...chosen.map((d) => ({ diagnostic: d, line: lineOf(text, d.fix![0]!.start) })));
    text = next;
  }
  return { text, applied };
}

const countSyntaxErrors = (diagnostics: readonly Diagnostic[]): number =>
  diagnostics.filter((d) => d.severity === 'error' && d.ruleId.startsWith('yaml/')).length;

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Diagnostics whose edits touch no edit of an earlier one; the rest wait for the next round. */
function nonOverlapping(candidates: readonly Diagnostic[]): Diagnostic[] {
  const taken: TextEdit[] = [];
  const out: Diagnostic[] = [];
  for (const d of candidates) {
    const edits = d.fix ?? [];
    if (edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end))) continue;
    taken.push(...edits);
    out.push(d);
  }
  return out;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * A weekday that does not match the date after it, corrected in place. Only in a value written on one line, plain or
 * quoted without escapes, where the characters of the source are the characters of the text; elsewhere the rule's
 * finding stays a report.
 */
export function weekdayFixes(file: string, text: string): Diagnostic[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      const value = node.value;
      const offset =
        node.type === Scalar.PLAIN && source === value ? 0
          : (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && source.slice(1, -1) === value ? 1
            : undefined;
      if (offset === undefined || value.includes('\n')) return;
      for (const m of weekdayMismatches(value)) {
        const start = node.range[0] + offset + m.start;
        out.push({
          file,
          severity: 'error',
          ruleId: 'weekday/match',
          messageId: 'fix/weekday',
          params: { written: m.written, date: m.date, expected: m.replacement },
          fix: [{ start, end: start + m.written.length, text: m.replacement }],
        });
      }
    },
  });
  return out;
}
