// The seed's Kế hoạch rendered by LibreOffice: what a reader sees, from pdftotext boxes (points).
import { beforeAll, expect, it } from 'vitest';
import { baseline, describeRendering, pdfFonts, pdfLines, toPdf, type PdfFont, type PdfLine } from '../../helpers/libreoffice.js';
import { buildSeedPlan } from './build.js';

const MM = 72 / 25.4;
let lines: PdfLine[];
let fonts: PdfFont[];

const find = (text: string | RegExp, page?: number): PdfLine => {
  const hit = lines.find((l) => (page === undefined || l.page === page) && (typeof text === 'string' ? l.text.startsWith(text) : text.test(l.text)));
  if (!hit) throw new Error(`No line ${String(text)} in:\n${lines.map((l) => `${l.page}: ${l.text}`).join('\n')}`);
  return hit;
};
const centre = (l: PdfLine) => (l.xMin + l.xMax) / 2;

describeRendering('the seed Kế hoạch rendered by LibreOffice', () => {
  beforeAll(async () => {
    const { dir, docx } = await buildSeedPlan();
    const pdf = await toPdf(docx, dir);
    lines = await pdfLines(pdf);
    fonts = await pdfFonts(pdf);
  }, 180_000);

  it('uses Liberation Serif (the metric twin of Times New Roman) only: no fallback font for ệ, ộ, ắ', () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.name).toMatch(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
  });

  it('is A4 and runs onto a second page', () => {
    expect(lines[0]!.pageWidth).toBeCloseTo(595.3, 0);
    expect(lines[0]!.pageHeight).toBeCloseTo(841.9, 0);
    expect(Math.max(...lines.map((l) => l.page))).toBeGreaterThanOrEqual(2);
  });

  it('puts the Quốc hiệu in the right half and the agency in the left', () => {
    const qh = find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh.page).toBe(1);
    expect(centre(qh)).toBeGreaterThan(qh.pageWidth / 2);
    expect(centre(find('SỞ KHOA HỌC VÀ CÔNG NGHỆ'))).toBeLessThan(qh.pageWidth / 2);
  });

  it('sets Số and the date on one line', () => {
    const so = find(/^Số: 05\/KH-KHCN/);
    const date = find(/Bắc Giang, ngày 05 tháng 7 năm 2018$/);
    expect(Math.abs(baseline(so) - baseline(date))).toBeLessThan(1.5);
  });

  it('numbers page 2 at the top centre, inside the top margin, and page 1 not at all', () => {
    const two = lines.filter((l) => l.page === 2 && l.text === '2');
    expect(two).toHaveLength(1);
    expect(two[0]!.yMax).toBeLessThan(20 * MM);
    expect(Math.abs(centre(two[0]!) - (30 * MM + (210 - 15) * MM) / 2)).toBeLessThan(3);
    expect(lines.filter((l) => l.page === 1 && /^\d+$/.test(l.text) && l.yMax < 20 * MM)).toEqual([]);
  });

  it('keeps the text inside the margins (left 30 mm, right 15 mm) outside the header table', () => {
    const bodyLines = lines.filter((l) => l.yMin > find('KẾ HOẠCH').yMax && !/^\d+$/.test(l.text));
    for (const l of bodyLines) {
      expect(l.xMin).toBeGreaterThanOrEqual(30 * MM - 1);
      expect(l.xMax).toBeLessThanOrEqual((210 - 15) * MM + 1);
    }
  });

  it('puts Nơi nhận level with the first line of the signature block, on the same page as the end of the body', () => {
    const label = find('Nơi nhận:');
    const authority = find('KT. GIÁM ĐỐC');
    expect(label.page).toBe(authority.page);
    expect(Math.abs(baseline(label) - baseline(authority))).toBeLessThan(2.5);
    expect(find(/\.\/\.$/).page).toBe(label.page);
    expect(find('Nguyễn Phúc Thương').yMin - authority.yMax).toBeGreaterThan(40); // room for signature and seal
  });
});
