/** The house style: one font, one colour and the sizes (in points) of the default profile "P13" of docs/nd30.md §2. */
export const FONT = 'Times New Roman';
export const COLOR = '000000';

export const SIZE = {
  quocHieu: 13,
  tieuNgu: 14,
  parent: 13,
  issuer: 13,
  number: 13,
  date: 14,
  kind: 14,
  summary: 14,
  signature: 14,
  recipientsLabel: 12,
  recipientsItem: 11,
  pageNumber: 14,
  table: 13,
} as const;

/** The header's right column: the Quốc hiệu at 13 pt bold is about 96 mm long and must fit on one line. */
export const RIGHT_COLUMN_MM = 99;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Upper case the Vietnamese way (the locale matters only for a few scripts, but say what we mean). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
