import { isScalar, isSeq, visit, type Document, type LineCounter, type Scalar } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { doubleQuoted } from './yaml-traps.js';

/** A word that begins in lower case: how the rest of a sentence goes on after a comma ("…các tỉnh, thành phố"). */
const CONTINUES = /^\p{Ll}/u;

/**
 * In a list written on one line (`[a, b]`), every comma starts a new item, so `[63 điểm cầu các tỉnh, thành phố]` is two
 * items, "63 điểm cầu các tỉnh" and "thành phố", and nothing says so. An unquoted item of several words followed by one
 * that begins in lower case is most likely one text cut at its comma: a warning at the second part, with the quoted
 * text as the fix. Lists of codes (`[time, venue]`, `[VT, VP]`) are single words or capitalised and never match.
 */
export function flowCommaTraps(file: string, text: string, doc: Document, lines: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Seq: (_key, seq) => {
      if (!isSeq(seq) || !seq.flow) return;
      const items = seq.items;
      for (let i = 0; i + 1 < items.length; i++) {
        const [before, after] = [items[i], items[i + 1]];
        if (!plain(before) || !plain(after) || !/\s/u.test(String(before.value))) continue;
        if (!CONTINUES.test(String(after.value))) continue;
        const [from] = before.range!;
        const to = after.range![1];
        // The items and the commas between them as written, one text again.
        const joined = `${String(before.value)}, ${String(after.value)}`;
        const start = lines.linePos(after.range![0]);
        const end = lines.linePos(to);
        out.push({
          file,
          range: { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } },
          severity: 'warning',
          ruleId: 'yaml/flow-comma',
          messageId: 'trap/flow-comma',
          params: { first: String(before.value), second: String(after.value), fixed: doubleQuoted(joined) },
          fix: [{ start: from, end: to, text: doubleQuoted(text.slice(from, to).replace(/,\s*/u, ', ')) }],
        });
        i++;
      }
    },
  });
  return out;
}

const plain = (node: unknown): node is Scalar & { range: [number, number, number] } =>
  isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && node.range !== undefined && node.range !== null;
