// The seed's list rendered by LibreOffice: all the text is there, A4, Times New Roman (Liberation Serif) only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanModel } from '../../../src/model/plan.js';
import { inviteeName } from '../../../src/model/invitee.js';
import { describeRendering, pdfFonts, pdfLines, toPdf, type PdfFont, type PdfLine } from '../../helpers/libreoffice.js';
import { produce, seedModel } from './helpers.js';

const MM = 72 / 25.4;
let dir: string;
let model: PlanModel;
let lines: PdfLine[];
let fonts: PdfFont[];

/** The rendered text with line breaks and runs of spaces as one space, to find cell text that wrapped. */
const flat = (): string => lines.map((l) => l.text).join(' ').replace(/\s+/gu, ' ');
const squash = (text: string): string => text.replace(/\s+/gu, ' ');

describeRendering('the distribution list rendered by LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'distribution-render-'));
    model = await seedModel();
    const path = join(dir, 'danh-sach-phat-hanh.docx');
    writeFileSync(path, (await produce(model)).bytes);
    const pdf = await toPdf(path, dir);
    lines = await pdfLines(pdf);
    fonts = await pdfFonts(pdf);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is A4 portrait on every page', () => {
    for (const l of lines) {
      expect(l.pageWidth).toBeCloseTo(210 * MM, 0);
      expect(l.pageHeight).toBeCloseTo(297 * MM, 0);
    }
    expect(new Set(lines.map((l) => l.page)).size).toBeGreaterThanOrEqual(2);
  });

  it('uses Times New Roman’s metric twin only (no fallback font)', () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.name).toMatch(/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
  });

  it('shows the title, every recipient and invitee, and every number 1..N', () => {
    const text = flat();
    expect(text).toContain('DANH SÁCH PHÁT HÀNH');
    expect(text).toContain('Kèm theo Kế hoạch số 05/KH-KHCN');
    const names = [
      ...model.recipients.electronic.map((c) => c.name),
      ...model.invitations!.invitees.map(inviteeName),
      ...model.recipients.archive.map((a) => `Lưu: ${a}`),
    ];
    // Read the Nơi nhận column top to bottom, page after page: each name, even wrapped, appears whole and in order.
    const words = lines.flatMap((l) => l.words.map((w) => ({ ...w, page: l.page })));
    const tableTop = new Map(words.filter((w) => w.text === 'STT').map((w) => [w.page, w.yMin]));
    // The column lies between the STT header and the Văn bản header, wherever the widths put them.
    const columnLeft = words.find((w) => w.text === 'STT')!.xMax;
    const columnRight = words.find((w) => w.text === 'Văn' && w.yMin <= tableTop.get(w.page)! + 2)!.xMin;
    const column = words
      .filter((w) => w.yMin >= (tableTop.get(w.page) ?? Infinity))
      .filter((w) => w.xMin > columnLeft && w.xMax < columnRight)
      .sort((a, b) => a.page - b.page || Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' ')
      .replace(/Nơi nhận /gu, '') // the column label on each page
      .replace(/ Tổng số: .*$/u, ''); // the total row spans the column
    expect(squash(column)).toBe(names.map(squash).join(' '));
    const numbers = lines.filter((l) => /^\d+$/.test(l.text) && l.xMax < 45 * MM).map((l) => Number(l.text));
    expect(numbers).toEqual(names.map((_, i) => i + 1));
    expect(text).toContain(`Tổng số: ${names.length} nơi nhận`);
  });

  it('repeats the column labels at the top of each page', () => {
    const pages = new Set(lines.map((l) => l.page));
    for (const page of pages) expect(lines.filter((l) => l.page === page && l.text === 'Ký nhận'), `page ${page}`).toHaveLength(1);
  });

  it('keeps the table inside the margins', () => {
    const table = lines.filter((l) => /^\d+$/.test(l.text) || l.text === 'Ký nhận');
    for (const l of table) {
      expect(l.xMin).toBeGreaterThanOrEqual(30 * MM - 1);
      expect(l.xMax).toBeLessThanOrEqual((210 - 15) * MM + 1);
    }
  });
});
