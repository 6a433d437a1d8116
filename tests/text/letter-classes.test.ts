import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  isLatinText,
  LATIN_CLASSES,
  LetterPattern,
  UNICODE_CLASSES,
  type LetterClasses,
} from '../../src/text/letter-classes.js';

/** Every character the fast classes are used for. */
const LATIN_CHARACTERS: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) if (isLatinText(String.fromCharCode(cp))) LATIN_CHARACTERS.push(String.fromCharCode(cp));

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('letter classes', () => {
  test('Latin text is the Latin blocks, the combining diacritics, punctuation and currency signs, nothing astral', () => {
    expect(LATIN_CHARACTERS.length).toBeGreaterThan(1000);
    for (const ch of ['a', 'Đ', 'ư', 'ạ', 'ỹ', '\u0301', '–', '…', '“', '₫', '\t', '\n', '\u00A0']) expect(isLatinText(ch), hex(ch)).toBe(true);
    for (const ch of ['\u0345', 'Ω', 'Ж', '中', '😀', '𝐀', '\uD835', '\u212A', 'ﬁ', 'Ⓐ', '①']) expect(isLatinText(ch), hex(ch)).toBe(false);
    expect(isLatinText('')).toBe(true);
  });

  // Case-insensitive matching compares case-folded characters: the fast class must fold like \p{…} on every Latin character.
  test.each([
    ['L', ['u', 'iu']],
    ['Lu', ['u']],
    ['N', ['u', 'iu']],
    ['M', ['u', 'iu']],
  ] as const)('[%s] and its negation match what \\p{…} matches on every Latin character, with flags %j', (name, flagsList) => {
    for (const flags of flagsList) {
      const fast = new RegExp(`[${LATIN_CLASSES[name]}]`, flags);
      const fastNot = new RegExp(`[^${LATIN_CLASSES[name]}]`, flags);
      const unicode = new RegExp(`[${UNICODE_CLASSES[name]}]`, flags);
      const unicodeNot = new RegExp(`[^${UNICODE_CLASSES[name]}]`, flags);
      const differ = LATIN_CHARACTERS.filter((ch) => fast.test(ch) !== unicode.test(ch) || fastNot.test(ch) !== unicodeNot.test(ch));
      expect(differ.map(hex), `flags ${flags}`).toEqual([]);
    }
  });

  test('a text with a character outside the Latin blocks is matched with the \\p{…} classes', () => {
    const word = new LetterPattern(({ L }) => String.raw`[${L}]+`, 'gu');
    expect(word.for('Sở KH&CN').source).not.toContain('\\p{');
    expect(word.for('Sở 𝐊𝐇&CN').source).toContain('\\p{L}');
    expect([...'Sở 𝐊𝐇&CN'.matchAll(word.for('Sở 𝐊𝐇&CN'))].map((m) => m[0])).toEqual(['Sở', '𝐊𝐇', 'CN']);
  });

  test('any text gets the matches of the \\p{…} expression', () => {
    const patterns: [(c: LetterClasses) => string, string][] = [
      [({ L, N }) => String.raw`(?<![${L}${N}&/-])[${L}]+(?:\s*[&-]\s*[${L}]+)+(?![${L}${N}&])`, 'gu'],
      [({ L }) => String.raw`(?<![${L}])(hội nghị)(?![${L}])`, 'giu'],
      [({ L, Lu }) => String.raw`;\s+([${Lu}][${L}]*)(?:\s+([${L}]+))?`, 'gu'],
      [({ L, N, M }) => String.raw`[^${L}${N}]+|[${M}]+`, 'giu'],
    ];
    const latin = fc.constantFrom(...'aAkKsSđĐưƯạẠỹỸ hộiHỘInghịNGHỊ;&-/0123²½\u0301ſßẞǅǄ\t–'.match(/./gsu)!);
    const other = fc.constantFrom(...'\u0345\u212AΩωЖ中😀𝐀İı'.match(/./gsu)!);
    const texts = fc.oneof(fc.array(latin, { maxLength: 30 }), fc.array(fc.oneof(latin, other), { maxLength: 30 }));
    fc.assert(
      fc.property(texts, (chars) => {
        const text = chars.join('');
        for (const [source, flags] of patterns) {
          const pattern = new LetterPattern(source, flags);
          const expected = [...text.matchAll(new RegExp(source(UNICODE_CLASSES), flags))].map((m) => [m.index, ...m]);
          expect([...text.matchAll(pattern.for(text))].map((m) => [m.index, ...m])).toEqual(expected);
        }
      }),
      { seed: 20250801, numRuns: 2000 },
    );
  });
});
