import { describe, expect, test } from 'vitest';
import { capitalisationUnitType } from '../../src/validate/rules/capitalisation/unit-type.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('capitalisation/unit-type', () => {
  test('seed W11: each "phòng Quản lý …" is a warning at "phòng Quản"', async () => {
    const found = only(await check(SEED), 'capitalisation/unit-type');
    expect(found.map((d) => [d.severity, d.range?.start.line, d.params?.found, d.params?.expected])).toEqual([
      ['warning', 61, 'phòng Quản', 'Phòng Quản'],
      ['warning', 65, 'phòng Quản', 'Phòng Quản'],
      ['warning', 66, 'phòng Quản', 'Phòng Quản'],
      ['warning', 70, 'phòng Quản', 'Phòng Quản'],
    ]);
    expect(found[0]!.range).toEqual(rangeOf(SEED, 'phòng Quản'));
    expect(found[0]!.citation).toBe('Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II.1');
  });

  test('"văn phòng Sở" needs "Văn phòng"; "Văn phòng Sở" alone is fine', () => {
    const text = edit('Văn phòng Sở phối hợp', 'Giao văn phòng Sở phối hợp');
    expect(findingsOf(capitalisationUnitType, text).map((f) => f.params?.expected)).toContain('Văn phòng Sở');
    expect(findingsOf(capitalisationUnitType, SEED).some((f) => String(f.params?.found).includes('Sở'))).toBe(false);
  });

  test('generic and compound uses stay lower case', () => {
    const text = edit(
      'Việc tổ chức Hội nghị phải',
      'Trưởng phòng Tổng hợp, các phòng Chuyên môn, trụ sở UBND, môi trường Internet, cơ sở KH&CN, Hội trường A2, nhà trường Việt Nam. Việc tổ chức Hội nghị phải',
    );
    expect(findingsOf(capitalisationUnitType, text).filter((f) => f.path[0] === 'purpose')).toEqual([]);
  });
});
