// Renders the sample through LibreOffice and checks where things land on the page (pdftotext boxes, in points).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packSample, SAMPLE } from './sample.js';
import {
  bodyParagraph, closingTable, createDocument, headerTable, numberLine, packDocx, titleBlock, type PageOptions,
} from '../../../src/render/nd30/index.js';
import { baseline, describeRendering, pdfFonts, pdfLines, toPdfs, type PdfFont, type PdfLine } from '../../helpers/libreoffice.js';

const MM = 72 / 25.4;
const TOP_MARGIN = 20 * MM;
const TEXT_LEFT = 30 * MM;
const TEXT_RIGHT = (210 - 15) * MM;
const TEXT_CENTRE = (TEXT_LEFT + TEXT_RIGHT) / 2;
/** Body lengths around the point where the closing block no longer fits on page 2 (measured: 10 and 11 do). */
const SWEEP = [8, 9, 10, 11, 12];

let dir: string;
let lines: PdfLine[];
let fonts: PdfFont[];
const sweep = new Map<string, PdfLine[]>();

const find = (list: PdfLine[], text: string | RegExp): PdfLine => {
  const hit = list.find((l) => (typeof text === 'string' ? l.text.startsWith(text) : text.test(l.text)));
  if (!hit) throw new Error(`No line ${String(text)} in:\n${list.map((l) => `${l.page}: ${l.text}`).join('\n')}`);
  return hit;
};
const centre = (l: { xMin: number; xMax: number }): number => (l.xMin + l.xMax) / 2;

/** A one-page, undated, unnumbered letter with the official files' margins (25/20/35/20) and 13 pt body text. */
const OFFICIAL: PageOptions = { margins: { top: 25, bottom: 20, left: 35, right: 20 }, fontSize: 13 };
function packLetter(): Promise<Uint8Array> {
  const doc = createDocument(
    [
      headerTable(
        { parent: 'UBND tỉnh Bắc Giang', issuer: 'Sở Khoa học và Công nghệ', numberLine: numberLine(undefined, 'GM', 'KHCN'), place: 'Bắc Giang' },
        OFFICIAL,
      ),
      ...titleBlock('Giấy mời', 'Dự Hội nghị giao ban nhiệm vụ KH&CN cơ sở năm 2018', OFFICIAL),
      bodyParagraph('Sở Khoa học và Công nghệ trân trọng kính mời: Ông/Bà …', { end: true }),
      closingTable(
        { paper: ['Như trên'], archive: 'VT, KHCNCS', authority: ['KT. Giám đốc', 'Phó Giám đốc'], name: 'Nguyễn Văn An' },
        OFFICIAL,
      ),
    ],
    OFFICIAL,
  );
  return packDocx(doc, { title: 'Giấy mời', created: new Date('2018-07-20') });
}

describeRendering('ND30 sample rendered by LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nd30-render-'));
    const jobs: Array<{ key: string; bytes: Promise<Uint8Array> }> = [
      { key: 'sample', bytes: packSample() },
      { key: 'letter', bytes: packLetter() },
    ];
    for (const n of SWEEP) {
      jobs.push({ key: `keep-${n}`, bytes: packSample({ bodyParagraphs: n }) });
      jobs.push({ key: `loose-${n}`, bytes: packSample({ bodyParagraphs: n, keepClosing: false }) });
    }
    const paths: string[] = [];
    for (const job of jobs) {
      const path = join(dir, `${job.key}.docx`);
      writeFileSync(path, await job.bytes);
      paths.push(path);
    }
    const pdfs = await toPdfs(paths, dir);
    for (const [i, job] of jobs.entries()) sweep.set(job.key, await pdfLines(pdfs[i]!));
    lines = sweep.get('sample')!;
    fonts = await pdfFonts(pdfs[0]!);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has two A4 pages', () => {
    expect(Math.max(...lines.map((l) => l.page))).toBe(2);
    expect(lines[0]!.pageWidth).toBeCloseTo(595.3, 0);
    expect(lines[0]!.pageHeight).toBeCloseTo(841.9, 0);
  });

  it('uses Liberation Serif only (Times New Roman\'s twin), no fallback font for Vietnamese letters', () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.name).toMatch(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
  });

  it('puts the Quốc hiệu on one line in the right column, clear of the agency names', () => {
    const qh = find(lines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh.page).toBe(1);
    expect(centre(qh)).toBeGreaterThan(qh.pageWidth / 2 + 40);
    expect(qh.xMax).toBeLessThanOrEqual(200 * MM);
    const agency = lines.filter((l) => l.page === 1 && l.yMax < find(lines, 'Số:').yMin && l.xMax < qh.xMin);
    expect(agency.map((l) => l.text)).toEqual([SAMPLE.parent, 'TRUNG TÂM ỨNG DỤNG TIẾN', 'BỘ KHOA HỌC VÀ CÔNG NGHỆ']);
    const tn = find(lines, /Độc lập - Tự do - Hạnh phúc/);
    expect(Math.abs(centre(tn) - centre(qh))).toBeLessThan(2);
  });

  it('sets Số and the place-date line on one baseline', () => {
    const so = find(lines, 'Số: 05/KH-TTUD');
    const date = find(lines, /ngày 05 tháng 7 năm 2018$/);
    if (so === date) {
      expectNumberThenDate(so); // pdftotext merged them into one line: same baseline by its own rule
      return;
    }
    expect(Math.abs(baseline(so) - baseline(date))).toBeLessThan(1.5);
    expect(so.xMax).toBeLessThan(date.xMin);
    expect(Math.abs(centre(date) - centre(find(lines, 'CỘNG HÒA')))).toBeLessThan(2);
  });

  it('checks a merged Số and date line word by word (as pdftotext gives it on some systems)', () => {
    const word = (text: string, xMin: number, xMax: number) => ({ text, xMin, xMax, yMin: 100, yMax: 114 });
    const merged = (words: ReturnType<typeof word>[]): PdfLine =>
      ({ page: 1, text: words.map((w) => w.text).join(' '), words, xMin: 85, xMax: 540, yMin: 100, yMax: 114, pageWidth: 595.3, pageHeight: 841.9 });
    const date = ['Bắc', 'Giang,', 'ngày', '05', 'tháng', '7', 'năm', '2018'].map((t, i) => word(t, 330 + i * 26, 352 + i * 26));
    expectNumberThenDate(merged([word('Số:', 110, 130), word('05/KH-TTUD', 133, 200), ...date]));
    expect(() => expectNumberThenDate(merged([...date, word('Số:', 110, 130), word('05/KH-TTUD', 133, 200)]))).toThrow();
    const left = ['Bắc', 'Giang,', 'ngày', '05', 'tháng', '7', 'năm', '2018'].map((t, i) => word(t, 210 + i * 10, 218 + i * 10));
    expect(() => expectNumberThenDate(merged([word('Số:', 110, 130), word('05/KH-TTUD', 133, 200), ...left]))).toThrow();
  });

  it('centres the kind name and the summary on the text width', () => {
    for (const text of ['KẾ HOẠCH', 'Tổ chức Hội nghị giao ban']) {
      expect(Math.abs(centre(find(lines, text)) - TEXT_CENTRE), text).toBeLessThan(2);
    }
  });

  it('numbers page 2 with a centred "2" in the top margin, and page 1 not at all', () => {
    expect(lines.filter((l) => l.page === 1 && l.yMax < TOP_MARGIN)).toEqual([]);
    const top = lines.filter((l) => l.page === 2 && l.yMax < TOP_MARGIN);
    expect(top.map((l) => l.text)).toEqual(['2']);
    expect(Math.abs(centre(top[0]!) - TEXT_CENTRE)).toBeLessThan(2);
    expect(top[0]!.yMin).toBeGreaterThan(8 * MM);
  });

  it('keeps every line inside the page: body within the margins, tables at most 5 mm into them', () => {
    for (const l of lines) {
      expect(l.xMin, l.text).toBeGreaterThanOrEqual(25 * MM - 0.5);
      expect(l.xMax, l.text).toBeLessThanOrEqual(200 * MM + 0.5);
    }
    const body = find(lines, /^Trung tâm Ứng dụng tiến bộ/);
    expect(Math.abs(body.xMin - (TEXT_LEFT + 10 * MM))).toBeLessThan(1.5); // 1 cm first-line indent
    expect(Math.abs(body.xMax - TEXT_RIGHT)).toBeLessThan(1.5); // justified
  });

  it('sets "Nơi nhận:" level with the first authority line, at the body\'s left edge', () => {
    const label = find(lines, 'Nơi nhận:');
    const authority = find(lines, /KT\. GIÁM ĐỐC/);
    expect(label.page).toBe(authority.page);
    const labelWord = label.words[0]!;
    const authorityWord = authority.words.find((w) => w.text === 'KT.')!;
    expect(Math.abs(baseline(labelWord) - baseline(authorityWord))).toBeLessThan(1.5);
    expect(Math.abs(labelWord.xMin - TEXT_LEFT)).toBeLessThan(1.5);
  });

  it('centres the signature block under the Quốc hiệu', () => {
    const qh = find(lines, 'CỘNG HÒA');
    const kt = find(lines, /KT\. GIÁM ĐỐC/).words.filter((w) => w.xMin > TEXT_CENTRE);
    const name = find(lines, new RegExp(`${SAMPLE.name}$`)).words.filter((w) => w.xMin > TEXT_CENTRE);
    for (const words of [kt, name]) {
      expect(Math.abs((words[0]!.xMin + words.at(-1)!.xMax) / 2 - centre(qh))).toBeLessThan(2);
    }
  });

  it('keeps the closing block on the page of the end of the body', () => {
    const pageOf = (key: string, text: string | RegExp) => find(sweep.get(key)!, text).page;
    const parts = (key: string) => [pageOf(key, /^Trên đây là/), pageOf(key, 'Nơi nhận:'), pageOf(key, /Nguyễn Văn An$/)];
    let moved = 0;
    let separated = 0;
    for (const n of SWEEP) {
      const kept = parts(`keep-${n}`);
      expect(new Set(kept).size, `body length ${n}: ${kept.join(', ')}`).toBe(1);
      // The row never splits even without keep-with-next.
      expect(parts(`loose-${n}`)[1]).toBe(parts(`loose-${n}`)[2]);
      if (new Set(parts(`loose-${n}`)).size > 1) separated++;
      if (pageOf(`keep-${n}`, /^Trên đây là/) > pageOf(`loose-${n}`, /^Trên đây là/)) moved++;
    }
    // The sweep must include a body length where, without keep-with-next, the signature would sit alone on a page.
    expect(separated).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
  });

  it('keeps the header on its lines with other margins, and the text edges follow the margins', () => {
    const letter = sweep.get('letter')!;
    expect(Math.max(...letter.map((l) => l.page))).toBe(1);
    expect(find(letter, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ').words.length).toBe(6);
    expect(find(letter, 'CỘNG HÒA').text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const blank = /^Bắc Giang, ngày\s+tháng\s+năm 20…$/;
    const dateRow = find(letter, /^Bắc Giang, ngày/);
    const sameRow = letter
      .filter((l) => l.page === 1 && Math.abs(l.yMin - dateRow.yMin) < 2 && l.xMin >= dateRow.xMin)
      .sort((a, b) => a.xMin - b.xMin);
    expect(sameRow.map((l) => l.text).join(' ')).toMatch(blank);
    const label = find(letter, 'Nơi nhận:').words[0]!;
    expect(Math.abs(label.xMin - 35 * MM)).toBeLessThan(1.5);
    const body = find(letter, /^Sở Khoa học và Công nghệ trân trọng/);
    expect(Math.abs(body.xMin - 45 * MM)).toBeLessThan(1.5);
    expect(find(letter, 'CỘNG HÒA').yMin).toBeGreaterThan(25 * MM - 1);
  });
});

/** One line holding `Số: 05/KH-TTUD` and then the place-date line, the date's centre in the right half of the page. */
function expectNumberThenDate(line: PdfLine): void {
  const words = line.words.map((w) => w.text);
  const number = words.indexOf('05/KH-TTUD');
  expect(words.slice(number - 1, number + 1)).toEqual(['Số:', '05/KH-TTUD']);
  const date = line.words.slice(number + 1);
  expect(date.map((w) => w.text).join(' ')).toMatch(/ngày 05 tháng 7 năm 2018$/);
  expect(line.words[number]!.xMax).toBeLessThan(date[0]!.xMin);
  expect((date[0]!.xMin + date.at(-1)!.xMax) / 2).toBeGreaterThan(line.pageWidth / 2);
}
