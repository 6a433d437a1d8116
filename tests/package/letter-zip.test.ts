// The two pieces that make a separate letter without compressing anything per letter: a deflate stream of fixed
// pieces compressed once with stored gaps between them, and a zip laid out once around one changing entry.
import { strFromU8, unzipSync } from 'fflate';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatePieces } from '../../src/package/deflate-pieces.js';
import { deflatedEntry, writeZip, type ZipEntry } from '../../src/package/zip.js';
import { ZipTemplate } from '../../src/package/zip-template.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const FIXED = ['<w:document><w:body><w:p><w:t>Số: ', '/GM-KHCN</w:t></w:p><w:p><w:t>Kính gửi: ', '</w:t></w:p></w:body></w:document>'].map(utf8);

describe('DeflatePieces', () => {
  it.each([
    ['short gaps', ['06', 'Ông Nguyễn Văn An']],
    ['empty gaps', ['', '']],
    ['a gap longer than one stored block', ['1', 'Đ'.repeat(40_000)]],
  ])('inflates to the fixed pieces with the gaps between them, with their CRC and length: %s', (_, gaps) => {
    const pieces = new DeflatePieces(FIXED);
    const { chunks, crc, size } = pieces.stream(gaps.map(utf8));
    const text = Buffer.concat([FIXED[0]!, utf8(gaps[0]!), FIXED[1]!, utf8(gaps[1]!), FIXED[2]!]);
    expect(inflateRawSync(Buffer.concat(chunks)).equals(text)).toBe(true);
    expect(crc).toBe(crc32(text));
    expect(size).toBe(text.length);
  });

  it('refuses the wrong number of gaps', () => {
    expect(() => new DeflatePieces(FIXED).stream([utf8('06')])).toThrow(RangeError);
  });
});

describe('ZipTemplate', () => {
  const date = new Date('2026-03-15T00:00:00Z');
  const entry = (name: string, text: string): ZipEntry => {
    const data = utf8(text);
    return deflatedEntry(name, deflateRawSync(data), crc32(data), data.length);
  };
  const fixed = [entry('[Content_Types].xml', '<Types/>'), entry('word/styles.xml', '<w:styles/>'), entry('đường/dẫn.xml', '<x/>')];

  it.each([0, 1, 3])('writes the bytes writeZip writes, with the changing entry at position %i', (at) => {
    const entries = [...fixed];
    entries.splice(at, 0, deflatedEntry('word/document.xml', new Uint8Array(0), 0, 0));
    const template = new ZipTemplate(entries, at, date);
    for (const text of ['<w:document>một</w:document>', '<w:document>' + 'hai '.repeat(5000) + '</w:document>']) {
      const data = utf8(text);
      const compressed = deflateRawSync(data);
      const halves = [compressed.subarray(0, 7), compressed.subarray(7)];
      entries[at] = deflatedEntry('word/document.xml', compressed, crc32(data), data.length);
      const written = template.write(halves, crc32(data), data.length);
      expect(Buffer.from(written).equals(Buffer.from(writeZip(entries, date)))).toBe(true);
      expect(strFromU8(unzipSync(written)['word/document.xml']!)).toBe(text);
    }
  });
});
