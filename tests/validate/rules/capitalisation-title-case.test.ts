import { describe, expect, test } from 'vitest';
import { capitalisationTitleCase } from '../../../src/validate/rules/capitalisation/title-case.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

// giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018, http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27440
const HAI_DUONG = 'Đồng chí Nguyễn Thị Kim Ngân, Uỷ viên Bộ Chính trị, Chủ Tịch Quốc Hội';
const withText = (line: string) => edit('    - Tham quan một số dự án', `    - ${line}.\n    - Tham quan một số dự án`);
const found = (line: string) => findingsOf(capitalisationTitleCase, withText(line)).map((f) => [f.params?.found, f.params?.expected]);

describe('capitalisation/title-case', () => {
  test('the seed writes its names and titles the Phụ lục II way', async () => {
    expect(only(await check(SEED), 'capitalisation/title-case')).toEqual([]);
  });

  test('"Chủ Tịch Quốc Hội" is a warning at the words, proposing "Chủ tịch Quốc hội"', async () => {
    const text = withText(HAI_DUONG);
    const diagnostics = only(await check(text), 'capitalisation/title-case');
    expect(diagnostics).toMatchObject([{ severity: 'warning', params: { found: 'Chủ Tịch Quốc Hội', expected: 'Chủ tịch Quốc hội' } }]);
    expect(diagnostics[0]!.range).toEqual(rangeOf(text, 'Chủ Tịch Quốc Hội'));
    expect(found('Văn phòng Quốc Hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam')).toEqual([['Quốc Hội', 'Quốc hội']]);
    expect(found('Ủy Ban Nhân Dân tỉnh')).toEqual([['Ủy Ban Nhân Dân', 'Ủy ban nhân dân']]);
  });

  test('names of people and places and correct titles do not fire', () => {
    for (const ok of [
      'Đồng chí Nguyễn Thị Kim Ngân, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội',
      'Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh', // the same Giấy mời
      'Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động',
      'Mặt trận Tổ quốc Việt Nam tỉnh Bà Rịa - Vũng Tàu',
      'Trường Đại học Nông Lâm Bắc Giang',
      'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH',
    ]) {
      expect(found(ok), ok).toEqual([]);
    }
  });
});
