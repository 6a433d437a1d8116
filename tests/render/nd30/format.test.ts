import { describe, expect, it } from 'vitest';
import {
  dateLine, halfPoints, mmToTwip, numberLine, romanNumeral, shareWidths, textWidthMm, vietnameseLetter, withEnd,
} from '../../../src/render/nd30/index.js';

const BLANK = '\u00A0'.repeat(6);

describe('units', () => {
  it('rounds millimetres to the nearest twip (docx rounds down)', () => {
    expect([15, 20, 25, 30, 35].map(mmToTwip)).toEqual([850, 1134, 1417, 1701, 1984]);
    expect(mmToTwip(210)).toBe(11906);
    expect(mmToTwip(297)).toBe(16838);
  });
  it('gives sizes in half-points', () => {
    expect([11, 12, 13, 14].map(halfPoints)).toEqual([22, 24, 26, 28]);
  });
});

describe('dateLine', () => {
  it('pads the day below 10 and months 1 and 2 only', () => {
    expect(dateLine('Bắc Giang', '2018-07-05')).toBe('Bắc Giang, ngày 05 tháng 7 năm 2018');
    expect(dateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(dateLine('Hà Nội', '2020-02-29')).toBe('Hà Nội, ngày 29 tháng 02 năm 2020');
    expect(dateLine('Thành phố Hồ Chí Minh', '2019-06-29')).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
    expect(dateLine('Bắc Giang', '2018-12-31')).toBe('Bắc Giang, ngày 31 tháng 12 năm 2018');
    expect(dateLine('Bắc Giang', '2018-03-10')).toBe('Bắc Giang, ngày 10 tháng 3 năm 2018');
  });
  it('reads a Date by its UTC calendar day, whatever the time zone', () => {
    expect(dateLine('Bắc Giang', new Date('2018-07-05'))).toBe('Bắc Giang, ngày 05 tháng 7 năm 2018');
  });
  it('leaves blanks for the văn thư when there is no date, or only a year', () => {
    expect(dateLine('Bắc Giang', undefined)).toBe(`Bắc Giang, ngày${BLANK}tháng${BLANK}năm 20…`);
    expect(dateLine('Bắc Giang', '')).toBe(`Bắc Giang, ngày${BLANK}tháng${BLANK}năm 20…`);
    expect(dateLine('Bắc Giang', '2018')).toBe(`Bắc Giang, ngày${BLANK}tháng${BLANK}năm 2018`);
  });
  it('rejects days that do not exist', () => {
    expect(() => dateLine('X', '2018-02-30')).toThrow(RangeError);
    expect(() => dateLine('X', '31/7/2018')).toThrow(RangeError);
    expect(() => dateLine('X', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('numberLine', () => {
  it('pads numbers below 10 and joins the ký hiệu with hyphens', () => {
    expect(numberLine(5, 'KH', 'KHCN')).toBe('Số: 05/KH-KHCN');
    expect(numberLine('5', 'GM', 'KHCN')).toBe('Số: 05/GM-KHCN');
    expect(numberLine(10, 'KH', 'KHCN')).toBe('Số: 10/KH-KHCN');
    expect(numberLine(123, 'QĐ', 'BNV')).toBe('Số: 123/QĐ-BNV');
  });
  it('leaves a blank for an unnumbered document', () => {
    expect(numberLine(undefined, 'KH', 'KHCN')).toBe(`Số:${BLANK}/KH-KHCN`);
    expect(numberLine('', 'KH', 'KHCN')).toBe(`Số:${BLANK}/KH-KHCN`);
  });
  it('rejects what is not a positive whole number', () => {
    expect(() => numberLine(0, 'KH', 'KHCN')).toThrow(RangeError);
    expect(() => numberLine('5a', 'KH', 'KHCN')).toThrow(RangeError);
  });
});

describe('numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 400, 1994].map(romanNumeral)).toEqual(
      ['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV'],
    );
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
  it('follows the Vietnamese letter sequence (no f, j, w, z; đ after d)', () => {
    const letters = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i + 1)).join('');
    expect(letters).toBe('abcdđeghiklmnopqrstuvxy');
    expect(() => vietnameseLetter(24)).toThrow(RangeError);
    expect(() => vietnameseLetter(0)).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('adds end punctuation unless the author gave some', () => {
    expect(withEnd('Như trên', ';')).toBe('Như trên;');
    expect(withEnd('Lưu: VT, KHCNCS', '.')).toBe('Lưu: VT, KHCNCS.');
    expect(withEnd('Hội đồng KH&CN các sở, ngành,', ';')).toBe('Hội đồng KH&CN các sở, ngành,');
  });
  it('shares table widths exactly', () => {
    expect(shareWidths([1, 6, 3], 9355)).toEqual([935, 5613, 2807]);
    expect(shareWidths([1, 1, 1], 100).reduce((a, b) => a + b)).toBe(100);
  });
  it('estimates text widths close to the measured ones (Quốc hiệu ≈ 96 mm at 13 pt bold)', () => {
    expect(textWidthMm('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeGreaterThan(92);
    expect(textWidthMm('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeLessThan(99);
  });
});
