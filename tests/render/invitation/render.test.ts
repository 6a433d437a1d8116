// A seed letter and the merged file through LibreOffice: one page per letter, each starting with the header at the
// same height as the first (no blank line at the top), numbers and names where they belong.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeRendering, pdfFonts, pdfLines, toPdf, type PdfLine } from '../../helpers/libreoffice.js';
import { run, workspace, type Manifest } from '../../helpers/invite.js';

const ws = workspace();
let pdfDir = '';
let letter: PdfLine[] = [];
let merged: PdfLine[] = [];
let mergedPdf = '';
let manifest: Manifest;

describeRendering('invitation letters rendered by LibreOffice', () => {
  beforeAll(async () => {
    const cwd = await ws.dir();
    const result = await run(['invite', 'plan.yaml', '--out', 'out', '--json'], cwd);
    expect(result.code).toBe(0);
    manifest = JSON.parse(result.stdout);
    pdfDir = await mkdtemp(join(tmpdir(), 'plan-invite-pdf-'));
    const second = manifest.files.find((f) => f.kind === 'invitation' && f.invitee === 'Hội đồng KH&CN Sở Y tế')!;
    const [a, b] = await Promise.all([toPdf(join(cwd, second.path), pdfDir), toPdf(join(cwd, 'out/giay-moi-tat-ca.docx'), pdfDir)]);
    letter = await pdfLines(a);
    mergedPdf = b;
    merged = await pdfLines(b);
  }, 300_000);
  afterAll(async () => {
    if (pdfDir) await rm(pdfDir, { recursive: true, force: true });
  });

  it('fits a letter on one page, in Times New Roman’s metric twin, with its invitee', () => {
    expect(new Set(letter.map((l) => l.page))).toEqual(new Set([1]));
    const text = letter.map((l) => l.text).join('\n');
    expect(text).toContain('Số: 06/GM-KHCN');
    expect(text).toContain('GIẤY MỜI');
    expect(text).toMatch(/kính mời: Hội đồng KH&CN Sở Y tế/);
    expect(text).toContain('Nơi nhận:');
    expect(text).not.toMatch(/^\s*1\s*$/m); // no page number on page 1
  });

  it('gives the merged file one page per letter, each starting with the header at the same height', async () => {
    const pages = [...new Set(merged.map((l) => l.page))];
    expect(pages).toHaveLength(26);
    const top = (page: number) => merged.filter((l) => l.page === page).sort((a, b) => a.yMin - b.yMin)[0]!;
    const first = top(1);
    expect(first.text).toMatch(/^UBND TỈNH BẮC GIANG/);
    for (const page of pages) {
      const line = top(page);
      expect(line.text, `page ${page}`).toMatch(/^UBND TỈNH BẮC GIANG/);
      expect(Math.abs(line.yMin - first.yMin), `page ${page}`).toBeLessThan(0.5);
      const text = merged.filter((l) => l.page === page).map((l) => l.text).join(' ');
      expect(text).toContain('Số: 06/GM-KHCN');
      // pdftotext may order the wrapped end of a justified line apart from it: compare words.
      const words = new Set(text.split(/\s+/));
      const invitee = manifest.files.filter((f) => f.kind === 'invitation')[page - 1]!.invitee!;
      expect(invitee.split(' ').filter((w) => !words.has(w)), `page ${page}: ${invitee}`).toEqual([]);
    }
    const fonts = (await pdfFonts(mergedPdf)).map((f) => f.name);
    expect(fonts.every((f) => /LiberationSerif|TimesNewRoman/.test(f))).toBe(true);
  });
});
