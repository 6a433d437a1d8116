import { describe, expect, test } from 'vitest';
import { fromTcvn3, legacyEncoding } from '../../../src/text/legacy-encoding.js';
import { encodingLegacy } from '../../../src/validate/rules/encoding/legacy.js';
import { check, edit, findingsOf, only, SEED } from './helpers.js';

// ceremony-ubnd-xa-dan-luc-2019, http://danluc.trieuson.gov.vn/web/trang-chu/xd-nong-thon-moi/ke-hoach-to-chuc-le-cong-bo-xa-dan-luc-dat-chuan-nong-thon-moi.html
const DAN_LUC = 'Căn cứ Hướng dẫn số 24/VPĐP-ĐP&TT, ngµy 23/01/2015 của Văn phòng điều phối Chương trình xây dựng NTM tỉnh';

describe('encoding/legacy', () => {
  test('the seed is Unicode', async () => {
    expect(only(await check(SEED), 'encoding/legacy')).toEqual([]);
  });

  test('TCVN3 pasted into Unicode text ("ngµy") is a warning that proposes the Unicode text', async () => {
    const text = edit('    - Tham quan một số dự án', `    - ${DAN_LUC}.\n    - Tham quan một số dự án`);
    const found = only(await check(text), 'encoding/legacy');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', messageId: 'encoding/legacy/tcvn3' });
    expect(String(found[0]!.params?.converted)).toContain('ngày 23/01/2015');
  });

  test('TCVN3 text converts letter by letter', () => {
    expect(fromTcvn3('Uû ban nh©n d©n')).toBe('Uỷ ban nhân dân');
    expect(fromTcvn3('Hµ Néi, ngµy 05 th¸ng 7 n¨m 2018')).toBe('Hà Nội, ngày 05 tháng 7 năm 2018');
    expect(fromTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
  });
  test('converts only the TCVN3 words of a line that is partly Unicode, leaving the right words right', () => {
    // "tháng" and "Nội" are Unicode already; converted as TCVN3 they would read "thỏng", "Nụi".
    expect(fromTcvn3('Hội nghị tæng kÕt tháng 7 tại Hà Nội')).toBe('Hội nghị tổng kết tháng 7 tại Hà Nội');
    expect(fromTcvn3('Đại biểu «Phòng» c«ng t¸c')).toBe('Đại biểu «Phòng» công tác');
  });

  test('VNI ("ngaøy thaùng naêm") is recognised; it cannot be converted letter by letter', () => {
    expect(legacyEncoding('Haø Noäi, ngaøy 05 thaùng 7 naêm 2018')).toBe('vni');
    const text = edit('title: Tổ chức Hội nghị giao ban', 'title: Toå chöùc Hoäi nghò giao ban');
    expect(findingsOf(encodingLegacy, text).map((f) => [f.messageId, f.path.join('.')])).toEqual([['encoding/legacy/vni', 'document.title']]);
  });

  test('real Unicode text does not fire: quotations, units, every Vietnamese letter', () => {
    for (const ok of [
      'Lễ phát động «Tết trồng cây đời đời nhớ ơn Bác Hồ» Xuân Mậu Tuất 2018', // giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018
      'Hội trường 250 m², nhiệt độ 25°C, tầng 5',
      'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
      'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
      'Hướng dẫn số 24/VPĐP-ĐP&TT ngày 23/01/2015',
    ]) {
      expect(legacyEncoding(ok), ok).toBeUndefined();
    }
  });
});
