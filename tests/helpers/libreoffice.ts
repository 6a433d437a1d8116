import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, it } from 'vitest';

const run = promisify(execFile);

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function hasSoffice(): boolean {
  return onPath('soffice') && onPath('pdftotext') && onPath('pdffonts');
}

/**
 * Converts a DOCX to PDF with LibreOffice and returns the PDF's path. Each call gets its own LibreOffice profile,
 * so parallel test workers never share (and lock) one.
 */
export async function toPdf(docxPath: string, outDir: string, timeoutMs = 120_000): Promise<string> {
  const [pdf] = await toPdfs([docxPath], outDir, timeoutMs);
  return pdf!;
}

/** Converts several DOCX files in one LibreOffice run (starting LibreOffice costs seconds); returns the PDF paths. */
export async function toPdfs(docxPaths: readonly string[], outDir: string, timeoutMs = 180_000): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      { timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((docxPath) => {
    const pdf = join(outDir, basename(docxPath).replace(/\.[^.]+$/, '') + '.pdf');
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF from ${docxPath}`);
    return pdf;
  });
}

export interface PdfBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One word of a PDF line, with its box. */
export interface PdfWord extends PdfBox {
  text: string;
}

/** One text line of a PDF page; coordinates in points from the page's top-left corner. */
export interface PdfLine {
  page: number;
  text: string;
  words: PdfWord[];
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

/** The text lines of a PDF with their boxes, from `pdftotext -bbox-layout`. */
export async function pdfLines(pdfPath: string): Promise<PdfLine[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const doc = new DOMParser().parseFromString(stdout, 'text/xml');
  const out: PdfLine[] = [];
  Array.from(doc.getElementsByTagNameNS('*', 'page')).forEach((page, i) => {
    for (const line of Array.from(page.getElementsByTagNameNS('*', 'line'))) {
      const words = Array.from(line.getElementsByTagNameNS('*', 'word')).map((w) => ({
        text: w.textContent ?? '',
        xMin: num(w, 'xMin'),
        yMin: num(w, 'yMin'),
        xMax: num(w, 'xMax'),
        yMax: num(w, 'yMax'),
      }));
      out.push({
        page: i + 1,
        text: words.map((w) => w.text).join(' '),
        words,
        xMin: num(line, 'xMin'),
        yMin: num(line, 'yMin'),
        xMax: num(line, 'xMax'),
        yMax: num(line, 'yMax'),
        pageWidth: num(page, 'width'),
        pageHeight: num(page, 'height'),
      });
    }
  });
  return out;
}

/**
 * The baseline of a line box, for comparing lines of one font at different sizes: pdftotext boxes span the font's
 * ascent and descent, which for Liberation Serif are 0.891 and 0.216 em.
 */
export function baseline(line: PdfBox): number {
  return line.yMin + (line.yMax - line.yMin) * (0.891 / (0.891 + 0.216));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts a PDF uses, from `pdffonts`; subset prefixes (`ABCDEF+`) are removed from the names. */
export async function pdfFonts(pdfPath: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  const lines = stdout.split('\n');
  const rule = lines.findIndex((l) => l.startsWith('---'));
  if (rule < 1) throw new Error(`Unexpected pdffonts output:\n${stdout}`);
  // Columns are fixed width, delimited by the runs of dashes in the rule line.
  const spans = [...lines[rule]!.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const cut = (l: string, i: number): string => l.slice(spans[i]![0], spans[i]![1] + 1).trim();
  return lines
    .slice(rule + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => ({
      name: cut(l, 0).replace(/^[A-Z]{6}\+/, ''),
      type: cut(l, 1),
      embedded: cut(l, 3) === 'yes',
    }));
}

/**
 * `describe` for tests that need LibreOffice and poppler. Without them the block is skipped with a notice, except on
 * CI (`CI=true`), where their absence is a failure.
 */
export function describeRendering(name: string, body: () => void): void {
  if (hasSoffice()) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs LibreOffice (soffice) and poppler-utils (pdftotext, pdffonts)', () => {
        throw new Error('soffice/pdftotext/pdffonts not found on PATH, and CI=true requires the rendering tests');
      });
    });
  } else {
    console.warn(`[skipped] ${name}: soffice, pdftotext or pdffonts is not on PATH`);
    describe.skip(name, body);
  }
}
