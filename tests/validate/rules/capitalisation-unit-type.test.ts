import { describe, expect, test } from 'vitest';
import { capitalisationUnitType } from '../../../src/validate/rules/capitalisation/unit-type.js';
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

describe('capitalisation/unit-type on real text', () => {
  test('"Ủy ban MTTQ Việt Nam tỉnh": "ban" belongs to the type word "Ủy ban" (giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018)', async () => {
    const { capitalisationUnitType } = await import('../../../src/validate/rules/capitalisation/unit-type.js');
    const { edit: editSeed, findingsOf: run } = await import('./helpers.js');
    // http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27440
    const line = (text: string) => editSeed('    - Tham quan một số dự án', `    - ${text}.\n    - Tham quan một số dự án`);
    // The seed's own "phòng Quản lý" warnings (W11) aside: only what the added line raises.
    const added = (text: string) =>
      run(capitalisationUnitType, line(text)).filter((f) => /ban/iu.test(String(f.params?.found))).map((f) => f.params?.expected);
    expect(added('Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh')).toEqual([]);
    expect(added('Lãnh đạo Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh')).toEqual([]);
    // Still fires where it should: a lower-case type word before a name.
    expect(added('Lãnh đạo ủy ban MTTQ Việt Nam tỉnh')).toEqual(['Ủy ban MTTQ']);
  });
});
