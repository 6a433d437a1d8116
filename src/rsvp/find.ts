import { levenshtein } from '../validate/nearest.js';
import { matchWords } from './key.js';

/** An invitee as a query can find it: its key and the texts a clerk would type (name, organisation, the whole line). */
export interface Findable {
  key: string;
  /** The invitee as printed (`Ông Nguyễn Văn An, Giám đốc, Sở Y tế`). */
  label: string;
  names: string[];
}

export type Found<T> = { kind: 'one'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none'; nearest: T[] };

const joined = (words: string[]): string => ` ${words.join(' ')} `;

/** A query word matches a text word when equal, or one edit away for words of five letters or more (typos). */
const wordMatches = (q: string, w: string): boolean => q === w || (q.length >= 5 && levenshtein(q, w) <= 1);

/**
 * The invitee a clerk means by `query` (`Sở Y tế`, `so y te`, `Yên Thế`, a key): diacritics, case and punctuation do
 * not count. Tried in turn, each step deciding when it finds anything: the key itself; the query as a whole run of words
 * in the invitee's line (several: the one whose name or organisation is exactly the query, else ambiguous); every query
 * word close to some word of the line (typos). Never guesses between two.
 */
export function findInvitee<T extends Findable>(query: string, items: readonly T[]): Found<T> {
  const exactKey = items.filter((i) => i.key === query.trim());
  if (exactKey.length === 1) return { kind: 'one', item: exactKey[0]! };
  const q = matchWords(query);
  if (q.length === 0) return { kind: 'none', nearest: [] };
  const decide = (candidates: T[]): Found<T> | undefined => {
    if (candidates.length === 1) return { kind: 'one', item: candidates[0]! };
    if (candidates.length === 0) return undefined;
    const exact = candidates.filter((c) => c.names.some((n) => joined(matchWords(n)) === joined(q)));
    if (exact.length === 1) return { kind: 'one', item: exact[0]! };
    return { kind: 'ambiguous', candidates };
  };
  const phrase = items.filter((i) => joined(matchWords(i.label)).includes(joined(q)));
  const byPhrase = decide(phrase);
  if (byPhrase) return byPhrase;
  const fuzzy = items.filter((i) => {
    const words = matchWords(i.label);
    return q.every((qw) => words.some((w) => wordMatches(qw, w)));
  });
  const byWords = decide(fuzzy);
  if (byWords) return byWords;
  // Nothing: the three sharing most words with the query, to say what was perhaps meant.
  const score = (i: T): number => q.filter((qw) => matchWords(i.label).includes(qw)).length;
  const nearest = items.filter((i) => score(i) > 0).sort((a, b) => score(b) - score(a)).slice(0, 3);
  return { kind: 'none', nearest };
}
