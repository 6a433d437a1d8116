import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cellExcerpt,
  displayChar,
  excerpt,
  MAX_EXCERPT_WIDTH,
  plainExcerpt,
  sanitize,
  sourceLine,
  textWidth,
} from '../../src/report/excerpt.js';

const LINE = '  name: Sở Khoa học và Công nghệ';
/** 1-based [start, end) columns of `word` in `line`, in UTF-16 code units. */
const cols = (line: string, word: string): [number, number] => {
  const i = line.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${line}`);
  return [i + 1, i + 1 + word.length];
};

describe('caret placement', () => {
  test.each([
    ['after Vietnamese letters (NFC, one column each)', LINE, 'Công', 23, 4],
    ['the whole Vietnamese value', LINE, 'Sở Khoa học và Công nghệ', 8, 24],
    ['after a tab (stops every 4 columns)', '\tti\ttle: x', 'x', 13, 1],
    ['under wide CJK characters (two columns each)', 'tên: 日本語 ok', 'ok', 12, 2],
    ['under the wide characters themselves', 'tên: 日本語 ok', '日本語', 5, 6],
    ['after an emoji outside the BMP (two UTF-16 units, two columns)', 'x: 🎉 ok', 'ok', 6, 2],
  ])('%s', (_name, line, word, spaces, carets) => {
    const [start, end] = cols(line, word);
    expect(excerpt(line, start, end).caret).toBe(' '.repeat(spaces) + '^' + '~'.repeat(carets - 1));
  });

  test('NFD text (combining marks) lines up like NFC text', () => {
    const nfd = LINE.normalize('NFD');
    expect(nfd).not.toBe(LINE);
    const [start, end] = cols(nfd, 'Công'.normalize('NFD'));
    expect(excerpt(nfd, start, end).caret).toBe(`${' '.repeat(23)}^~~~`);
    expect(textWidth(nfd)).toBe(textWidth(LINE));
  });

  test('tabs are shown as spaces so the caret lines up in any terminal', () => {
    expect(excerpt('\tti\ttle: x', 1, 2)).toEqual({ text: '    ti  tle: x', caret: '^~~~' });
  });

  test.each([
    ['an empty range', 5, 5, '    ^'],
    ['no end column', 5, undefined, '    ^'],
    ['an end before the start', 5, 2, '    ^'],
    ['a start past the end of the line', 99, 120, `${' '.repeat(LINE.length)}^`],
    ['an end past the end of the line', 25, 120, `${' '.repeat(24)}^~~~~~~~`],
  ])('%s gets a single caret or stops at the end of the line', (_name, start, end, caret) => {
    expect(excerpt(LINE, start, end).caret).toBe(caret);
  });

  test('a long line is cut around the caret, which still points at the right character', () => {
    const line = `${'a'.repeat(299)}X${'b'.repeat(300)}`;
    const { text, caret } = excerpt(line, 300, 301);
    expect(textWidth(text)).toBeLessThanOrEqual(MAX_EXCERPT_WIDTH);
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
    expect(text[caret.indexOf('^')]).toBe('X');
  });

  test('control characters are made visible', () => {
    expect(excerpt('a\u001b[31mb\u0007', 1).text).toBe('a␛[31mb␇');
  });
});

describe('sourceLine', () => {
  test.each([
    ['a\nb\nc', 2, 'b'],
    ['a\r\nb\r\nc', 2, 'b'],
    ['a\nb', 3, undefined],
    ['a\n', 2, ''],
    ['a', 0, undefined],
  ])('%j line %d', (source, n, expected) => {
    expect(sourceLine(source, n)).toBe(expected);
  });
});

describe('displayChar and sanitize', () => {
  const everyCodePoint = function* (): Generator<string> {
    for (let cp = 0; cp <= 0x10ffff; cp++) yield cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  };

  test('Latin letters and punctuation take the short way to the same answer: shown as they are, one column', () => {
    // The answer of the regular expressions every other character goes through (the wide ranges start at U+1100).
    const slow = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]$|^\p{Emoji_Presentation}$/u;
    const latin = [...everyCodePoint()].filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return (cp >= 0xa0 && cp < 0x300) || (cp >= 0x20 && cp < 0x7f) || (cp >= 0x1e00 && cp <= 0x1eff);
    });
    expect(latin.filter((ch) => slow.test(ch) || textWidth(ch) !== 1 || displayChar(ch).text !== ch)).toEqual([]);
  });

  test('sanitize gives, for every character, what displayChar shows', () => {
    const differ = [...everyCodePoint()].filter((ch) => sanitize(ch) !== displayChar(ch).text);
    expect(differ).toEqual([]);
    expect(sanitize('Sở KH&CN\u001b[31m\u202Ex')).toBe('Sở KH&CN␛[31m\uFFFDx');
  });
});

describe('plain lines', () => {
  test('a line of one-column characters gets, without going character by character, the excerpt cellExcerpt gives', () => {
    const plain = fc
      .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0x2ff }), fc.integer({ min: 0x1e00, max: 0x1eff }))
      .map((cp) => String.fromCharCode(cp));
    const line = fc.oneof(fc.array(plain, { maxLength: 300 }), fc.array(plain, { minLength: 95, maxLength: 260 })).map((a) => a.join(''));
    const column = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(Number.NaN));
    fc.assert(
      fc.property(line, column, fc.option(column, { nil: undefined }), (text, start, end) => {
        expect(plainExcerpt(text, start, end)).toEqual(cellExcerpt(text, start, end));
      }),
      { seed: 20250801, numRuns: 5000 },
    );
  });

  test('only lines of one-column characters take the short way', () => {
    expect(excerpt('\tx', 2).text).toBe('    x');
    expect(excerpt('tên: 日本語 ok', 10, 12).caret).toBe(`${' '.repeat(12)}^~`);
  });
});
