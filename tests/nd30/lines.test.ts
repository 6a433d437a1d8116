import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/render/nd30/lines.js';

// The header's left column holds about 71 mm of text (74 mm less the safety margin); the title line about 154 mm.
const ISSUER = { sizePt: 13, bold: true, widthMm: 71 };
const TITLE = { sizePt: 14, bold: true, widthMm: 154 };

describe('breakLines', () => {
  it('keeps text that fits on one line', () => {
    expect(breakLines('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ISSUER)).toEqual(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  });

  it('breaks a provincial People’s Committee before the level word, never inside the place name', () => {
    // Word wraps this as "ỦY BAN NHÂN DÂN TỈNH HẢI / DƯƠNG" (issue 14, item 2).
    expect(breakLines('ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG', ISSUER)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HẢI DƯƠNG']);
    expect(breakLines('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', ISSUER)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH']);
    expect(breakLines('HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', ISSUER)).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU']);
  });

  it('does not take "xã hội" for a commune', () => {
    const lines = breakLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', ISSUER);
    expect(lines.join(' ')).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(lines.every((l) => !l.startsWith('HỘI'))).toBe(true);
  });

  it('balances a long title so that the year is not alone on the last line', () => {
    const title = 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng và phong trào thi đua yêu nước của tỉnh Hải Dương năm 2018';
    const lines = breakLines(title, TITLE);
    expect(lines.length).toBe(2);
    expect(lines.at(-1)!.split(' ').length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(title);
    // even lines: neither is more than twice the other
    const [a, b] = lines.map((l) => l.length);
    expect(Math.max(a!, b!) / Math.min(a!, b!)).toBeLessThan(2);
  });

  it('never separates "năm" from its year, nor "tỉnh" from the name that follows', () => {
    const title = 'Tổ chức Hội nghị sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm của tỉnh Hải Dương năm 2021';
    const lines = breakLines(title, { ...TITLE, widthMm: 120 });
    for (const line of lines) {
      expect(line).not.toMatch(/(^\d)|(\btỉnh$)|(\bHải$)/u);
    }
  });
});
