import { pad2 } from '../../text/pad.js';
import { numberLine as nd30NumberLine } from './format.js';
import { QUOC_HIEU, RIGHT_COLUMN_MM, SIZE, TIEU_NGU } from './style.js';

/** One line of fixed text in the header: its words, size in points and weight. */
export interface FixedLine {
  text: string;
  size: number;
  bold: boolean;
}

/**
 * What differs between the house styles the layout knows: the State's (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the
 * Party's (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 of the Văn phòng Trung ương Đảng, Phụ lục 3). The layout itself (the
 * two-column header, the rules, the title block) is shared; every difference is a value here, not a branch.
 */
export interface HouseStyle {
  id: 'nd30' | 'dang' | 'doan';
  /** Right column, above the place and date: the Quốc hiệu and Tiêu ngữ, or the tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM". */
  heading: readonly FixedLine[];
  /** The solid rule under the last heading line is as long as that line in both styles. */
  sizes: { parent: number; issuer: number; number: number; date: number; kind: number; summary: number };
  /** Width of the header's right column (the heading and the date line); the agencies take the rest. */
  rightColumnMm: number;
  /** Under the issuing agency: a short rule (ND30) or a star (HD 36). */
  issuerMark: 'rule' | 'star';
  /** The ký hiệu made from the type abbreviation and the agency's: `KH-KHCN` (ND30) or `KH/BDVTW` (HD 36). */
  symbol(type: string, agency: string): string;
  /** `Số: 05/KH-KHCN` (ND30) or `Số 2297-KH/BDVTW` (HD 36); no number leaves a blank for the văn thư. */
  numberLine(number: string | number | undefined, symbol: string): string;
}

/** Room left for the văn thư to write the number by hand. */
const BLANK = '\u00A0'.repeat(6);

export const ND30_STYLE: HouseStyle = {
  id: 'nd30',
  heading: [
    { text: QUOC_HIEU, size: SIZE.quocHieu, bold: true },
    { text: TIEU_NGU, size: SIZE.tieuNgu, bold: true },
  ],
  sizes: { parent: SIZE.parent, issuer: SIZE.issuer, number: SIZE.number, date: SIZE.date, kind: SIZE.kind, summary: SIZE.summary },
  rightColumnMm: RIGHT_COLUMN_MM,
  issuerMark: 'rule',
  symbol: (type, agency) => `${type}-${agency}`,
  numberLine: (number, symbol) => nd30NumberLine(number, symbol),
};

/**
 * HD 36, Phụ lục 3: tiêu đề in hoa 15 đứng đậm with a rule as long as it; cơ quan cấp trên in hoa 14 đứng; cơ quan ban
 * hành in hoa 14 đứng đậm with a star under it; `Số 127-QĐ/TW` 14 đứng (no colon); place and date 14 nghiêng; tên loại
 * 15–16 đậm; trích yếu 14–15 đậm.
 */
export const DANG_STYLE: HouseStyle = {
  id: 'dang',
  heading: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15, bold: true }],
  sizes: { parent: 14, issuer: 14, number: 14, date: 14, kind: 16, summary: 14 },
  // The tiêu đề at 15 pt bold is about 75 mm, the date line about 80 mm: the agencies get the room they need for
  // "BAN CHẤP HÀNH TRUNG ƯƠNG" at 14 pt on one line, as in the guidance's own header.
  rightColumnMm: 88,
  issuerMark: 'star',
  symbol: (type, agency) => `${type}/${agency}`,
  numberLine: (number, symbol) => partyNumberLine('Số ', number, symbol),
};

function partyNumberLine(prefix: string, number: string | number | undefined, symbol: string): string {
  const n = typeof number === 'string' ? number.trim() : number;
  if (n === undefined || n === '') return `${prefix.trimEnd()}${BLANK}-${symbol}`;
  const value = Number(n);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Not a document number: ${String(number)}`);
  return `${prefix}${pad2(value)}-${symbol}`;
}

/**
 * The Youth Union's documents (Đoàn TNCS Hồ Chí Minh) follow the Party's layout with their own tiêu đề: "ĐOÀN TNCS HỒ
 * CHÍ MINH" on the right, the stars under the issuing committee, and `Số: 15-KH/ĐTN` (with the colon, as the Đoàn's
 * plans print it: tests/fixtures/real/sources/contest-doan-truong-thpt-luong-van-tuy-2021.md).
 */
export const DOAN_STYLE: HouseStyle = {
  ...DANG_STYLE,
  id: 'doan',
  heading: [{ text: 'ĐOÀN TNCS HỒ CHÍ MINH', size: 15, bold: true }],
  numberLine: (number, symbol) => partyNumberLine('Số: ', number, symbol),
};

export const HOUSE_STYLES = { nd30: ND30_STYLE, dang: DANG_STYLE, doan: DOAN_STYLE } as const;
export type HouseStyleId = keyof typeof HOUSE_STYLES;
