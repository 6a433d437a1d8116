import { describe, expect, test } from 'vitest';
import { abbreviationsConsistency } from '../../../src/validate/rules/abbreviations/consistency.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('abbreviations/consistency', () => {
  test('the seed names the unit both "Quản lý Khoa học và Công nghệ" and "Quản lý KH&CN", and the Sở both ways (info)', async () => {
    const found = only(await check(SEED), 'abbreviations/consistency');
    expect(found.map((d) => [d.severity, d.range?.start.line, d.params?.full, d.params?.short, d.params?.line])).toEqual([
      ['info', 57, 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 26],
      ['info', 61, 'Quản lý Khoa học và Công nghệ', 'Quản lý KH&CN', 65],
      ['info', 93, 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 26],
    ]);
    const unit = rangeOf(SEED, 'Quản lý Khoa học và Công nghệ');
    expect(found[1]!.range).toEqual({ start: { line: 61, column: unit.start.column + 'Quản lý '.length }, end: unit.end });
  });

  test('a full form whose abbreviated name never occurs is fine (Sở Tài nguyên và Môi trường)', () => {
    const found = findingsOf(abbreviationsConsistency, SEED);
    expect(found.some((f) => String(f.params?.full).includes('Tài nguyên'))).toBe(false);
  });

  test('writing the unit the same way everywhere clears it', () => {
    const text = edit('phòng Quản lý Khoa học và Công nghệ cơ sở', 'phòng Quản lý KH&CN cơ sở');
    expect(findingsOf(abbreviationsConsistency, text).map((f) => f.params?.full)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ']);
  });
});
