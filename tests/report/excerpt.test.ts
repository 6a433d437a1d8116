import { describe, expect, test } from 'vitest';
import { excerpt, MAX_EXCERPT_WIDTH, sourceLine, textWidth } from '../../src/report/excerpt.js';

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
