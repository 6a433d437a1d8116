import type { DataPath } from '../../../load/locate.js';
import { LetterPattern } from '../../../text/letter-classes.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

interface Tracked {
  /** Matches the phrase in any case; group 1 is the part whose case is compared. */
  pattern: LetterPattern;
}

/**
 * Phrases whose capitalisation is a choice the plan must make once (seed W12, W13): "quản lý nhà nước" or "quản lý Nhà
 * nước"; "hội nghị" or "Hội nghị" for this conference. Occurrences at the start of a sentence or in capitals say nothing
 * about the choice and are skipped.
 */
const TRACKED: readonly Tracked[] = [
  { pattern: new LetterPattern(({ L }) => `(?<![${L}])quản lý (nhà nước)(?![${L}])`, 'giu') },
  { pattern: new LetterPattern(({ L }) => `(?<![${L}])(hội nghị)(?![${L}])`, 'giu') },
];

interface Occurrence {
  path: DataPath;
  start: number;
  length: number;
  variant: string;
  /** The phrase as written, e.g. "quản lý Nhà nước". */
  written: string;
}

/** At the start of the text, or after ".", "!", "?", ":" or a line break: capitalised whatever the plan's choice. */
const SENTENCE_START = /(?:^|[.!?:\n])\s*$/u;
const sentenceStart = (text: string, index: number) => SENTENCE_START.test(text.slice(0, index));

export const capitalisationConsistency: Rule = {
  id: 'capitalisation/consistency',
  defaultSeverity: 'warning',
  citation: `${ND30}, Phụ lục II`,
  check({ data }) {
    const texts = runningTexts(data);
    const out: Finding[] = [];
    for (const { pattern } of TRACKED) {
      const found: Occurrence[] = [];
      for (const { path, text } of texts) {
        for (const m of text.matchAll(pattern.for(text))) {
          const variant = m[1]!;
          const at = m.index + m[0].length - variant.length;
          if (variant === variant.toUpperCase()) continue;
          if (at === m.index && sentenceStart(text, at)) continue;
          found.push({ path, start: m.index, length: m[0].length, variant, written: m[0] });
        }
      }
      const counts = new Map<string, number>();
      for (const o of found) counts.set(o.variant, (counts.get(o.variant) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The usual form: the most frequent; on a tie, the one written first.
      const usual = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
      const first = found.find((o) => o.variant === usual)!;
      for (const o of found) {
        if (o.variant === usual) continue;
        out.push({
          path: o.path,
          span: { start: o.start, length: o.length },
          messageId: 'capitalisation/consistency',
          params: { found: o.written, usual: first.written, count: counts.get(usual)! },
          related: first.path,
        });
      }
    }
    return out;
  },
};
