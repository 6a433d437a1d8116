import { describe, expect, it } from 'vitest';
import { isLetterFileName, letterFileName, slugify, MAX_SLUG_LENGTH } from '../../src/merge/filename.js';

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** What every letter file name must be, whatever the input. */
function expectSafe(name: string): void {
  expect(name).toMatch(/^[0-9]{3,}-[a-z0-9]+(-[a-z0-9]+)*\.docx$/);
  expect(name).not.toMatch(/[/\\:*?"<>|]|\.\./);
  expect(name.replace(/\.docx$/, '')).not.toMatch(RESERVED);
  expect(name).not.toMatch(RESERVED);
  // Recognised as a letter (a rerun removes those it did not write), and so is its PDF.
  expect(isLetterFileName(name)).toBe(true);
  expect(isLetterFileName(name.replace(/\.docx$/, '.pdf'))).toBe(true);
}

describe('letterFileName', () => {
  it('numbers and slugs the name, folding Vietnamese diacritics including đ/Đ', () => {
    const used = new Set<string>();
    expect(letterFileName(1, { organization: 'Hội đồng KHCN Sở Y tế' }, used)).toBe('001-hoi-dong-khcn-so-y-te.docx');
    expect(letterFileName(2, { name: 'Đặng Thị Ngọc Ánh', organization: 'Sở Y tế' }, used)).toBe('002-dang-thi-ngoc-anh.docx');
    expect(letterFileName(3, { name: 'ĐOÀN   VĂN  ĐỨC' }, used)).toBe('003-doan-van-duc.docx');
    expect(letterFileName(4, { organization: 'Công ty Hòa & Bình' }, used)).toBe('004-cong-ty-hoa-binh.docx');
    expect(letterFileName(5, { name: 'Nguyễn Văn An'.normalize('NFD') }, used)).toBe('005-nguyen-van-an.docx');
    expect([...used]).toEqual([
      '001-hoi-dong-khcn-so-y-te.docx',
      '002-dang-thi-ngoc-anh.docx',
      '003-doan-van-duc.docx',
      '004-cong-ty-hoa-binh.docx',
      '005-nguyen-van-an.docx',
    ]);
  });

  it('pads the number to the width of the total, at least 3 digits', () => {
    expect(letterFileName(7, { name: 'An' }, new Set())).toBe('007-an.docx');
    expect(letterFileName(7, { name: 'An' }, new Set(), 12)).toBe('007-an.docx');
    expect(letterFileName(7, { name: 'An' }, new Set(), 1200)).toBe('0007-an.docx');
    expect(letterFileName(12345, { name: 'An' }, new Set(), 12345)).toBe('12345-an.docx');
    expect(letterFileName(1234, { name: 'An' }, new Set())).toBe('1234-an.docx');
  });

  it('makes hostile names safe', () => {
    const cases: [string, string][] = [
      ['../../x', '001-x.docx'],
      ['..', '001-khach-moi.docx'],
      ['.', '001-khach-moi.docx'],
      ['CON', '001-con.docx'],
      ['nul.txt', '001-nul-txt.docx'],
      ['a/b\\c', '001-a-b-c.docx'],
      ['C:\\Windows\\System32', '001-c-windows-system32.docx'],
      ['😀🎉', '001-khach-moi.docx'],
      ['王小明', '001-khach-moi.docx'],
      ['  ---  ', '001-khach-moi.docx'],
      ['a\u0000b', '001-a-b.docx'],
    ];
    for (const [name, expected] of cases) {
      const result = letterFileName(1, { name }, new Set());
      expect(result, name).toBe(expected);
      expectSafe(result);
    }
  });

  it('falls back to the organisation when the name has nothing to slug, then to khach-moi', () => {
    expect(letterFileName(1, { name: '王小明', organization: 'Sở Ngoại vụ' }, new Set())).toBe('001-so-ngoai-vu.docx');
    expect(letterFileName(1, {}, new Set())).toBe('001-khach-moi.docx');
  });

  it('is unique within `used`, ignoring case, and records what it returns', () => {
    const used = new Set<string>(['001-NGUYEN-VAN-AN.DOCX']);
    const a = letterFileName(1, { name: 'Nguyễn Văn An' }, used);
    const b = letterFileName(1, { name: 'NGUYỄN VĂN AN' }, used);
    const c = letterFileName(1, { name: 'nguyen van an' }, used);
    expect([a, b, c]).toEqual(['001-nguyen-van-an-2.docx', '001-nguyen-van-an-3.docx', '001-nguyen-van-an-4.docx']);
    expect(used.size).toBe(4);
    // Names added by the caller between calls count too.
    used.add('002-Le-Van-Binh.docx');
    expect(letterFileName(2, { name: 'Lê Văn Bình' }, used)).toBe('002-le-van-binh-2.docx');
  });

  it('bounds the slug length, cutting at a word boundary', () => {
    const long = 'Trung tâm Kiểm soát bệnh tật tỉnh Bình Định thuộc Sở Y tế tỉnh Bình Định nhiệm kỳ 2020–2025';
    const name = letterFileName(1, { organization: long }, new Set());
    expectSafe(name);
    const slug = name.replace(/^001-/, '').replace(/\.docx$/, '');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(MAX_SLUG_LENGTH / 2);
    expect(slug).toBe('trung-tam-kiem-soat-benh-tat-tinh-binh-dinh-thuoc-so-y-te');
    // One endless word is cut hard, without a trailing dash.
    const word = slugify('a'.repeat(200));
    expect(word).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('recognises no other file as a letter', () => {
    for (const name of ['ghi-chu.docx', '01-ngan.docx', '003-ban-nhap.txt', 'Thu moi 027.docx', '003-Hoa.docx', '~$3-so-y-te.docx', '.003-so-y-te.docx.1.tmp', '003-.docx']) {
      expect(isLetterFileName(name), name).toBe(false);
    }
  });

  it('rejects a negative or fractional index', () => {
    expect(() => letterFileName(-1, { name: 'An' }, new Set())).toThrow(RangeError);
    expect(() => letterFileName(1.5, { name: 'An' }, new Set())).toThrow(RangeError);
  });
});
