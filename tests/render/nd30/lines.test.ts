import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/render/nd30/lines.js';

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

  it('never splits an organisation’s name and breaks before the body it names', () => {
    // After the layout merge this came out as "BAN THƯỜNG VỤ HỘI NÔNG / DÂN THÀNH PHỐ HỘI AN".
    const lines = breakLines('BAN THƯỜNG VỤ HỘI NÔNG DÂN THÀNH PHỐ HỘI AN', ISSUER);
    expect(lines.join(' ')).toBe('BAN THƯỜNG VỤ HỘI NÔNG DÂN THÀNH PHỐ HỘI AN');
    expect(lines[1]).toMatch(/^HỘI NÔNG DÂN/u);
    for (const name of ['BAN CHẤP HÀNH CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH QUẢNG NAM', 'BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ QUẬN 11',
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH PHÚC', 'BAN CHẤP HÀNH ĐOÀN THANH NIÊN TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY']) {
      const text = breakLines(name, ISSUER).join('\n');
      expect(text.replace(/\n/gu, ' ')).toBe(name);
      expect(text).not.toMatch(/NÔNG\nDÂN|CÔNG\nĐOÀN|THANH\nNIÊN|PHỤ\nNỮ|MẶT\nTRẬN|LIÊN\nHIỆP|ỦY\nBAN/u);
    }
  });

  it('does not take the end of a compound for a body ("XÃ HỘI", "ỦY BAN", "VĂN PHÒNG")', () => {
    for (const name of ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẢI DƯƠNG', 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG']) {
      const lines = breakLines(name, ISSUER);
      expect(lines.join(' ')).toBe(name);
      expect(lines.every((l) => !/^(HỘI|BAN|PHÒNG|DÂN)\b/u.test(l))).toBe(true);
    }
  });

  it('keeps a count with the word after it ("6 tháng", "90 năm") as well as "năm" with its year', () => {
    // After the layout merge: "… sơ kết công tác dân vận 6 / tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022".
    const title = 'Tổ chức Hội nghị trực tuyến toàn quốc sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022';
    const lines = breakLines(title, TITLE);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(line).not.toMatch(/(\s\d{1,3}$)|(^tháng)/u);
    const anniversary = 'Tổ chức kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam và 70 năm Ngày thành lập tỉnh Vĩnh Phúc';
    for (const width of [60, 80, 100, 120]) {
      for (const line of breakLines(anniversary, { ...TITLE, widthMm: width })) expect(line).not.toMatch(/\s\d{1,3}$|^năm\b/u);
    }
  });
});
