// The pieces of `build --pdf` for letters: the merged chunk documents with a bookmark at each letter's start, how
// letters are shared into chunks and runs, how a chunk's PDF is read back into each letter's pages, and stopping.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, PDFName, PDFNull, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/engine/build.js';
import { checkPlan } from '../../src/engine/check-plan.js';
import { LetterTemplate } from '../../src/merge/fill.js';
import { renderLetter } from '../../src/render/invitation/letter.js';
import { letterDate, planLetter, SENTINEL_VALUES } from '../../src/render/invitation/letter-plan.js';
import { defaultTemplatesDir } from '../../src/render/templates.js';
import { bookmarkOf, letterChunks, letterRanges, LETTERS_PER_CHUNK } from '../../src/write/letter-pdfs.js';
import { destinationPages, loadPdf } from '../../src/write/pdf-pages.js';
import { CHUNK, convertToPdf, planRuns } from '../../src/write/pdf.js';
import { ooxmlValidate } from '../e2e/ooxml.js';
import { SEED_PLAN } from '../helpers/seed.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a merged chunk with bookmarks', () => {
  const templates: Record<string, LetterTemplate> = {};
  beforeAll(async () => {
    // Both letter forms made per invitee: the Giấy mời, and the Thư mời addressed to each invitee.
    for (const form of ['giay-moi', 'thu-moi']) {
      const dir = tempDir('plan-chunk-');
      const plan = join(dir, 'plan.yaml');
      writeFileSync(plan, readFileSync(SEED_PLAN, 'utf8').replace(/^invitations:\n/m, `invitations:\n  form: ${form}\n`));
      const model = (await checkPlan(plan)).model!;
      const letter = await planLetter(model, defaultTemplatesDir(), plan);
      if (!letter.ok) throw new Error(JSON.stringify(letter.diagnostics));
      templates[form] = new LetterTemplate(await renderLetter(letter.plan, SENTINEL_VALUES), letterDate(letter.plan));
    }
  });

  it.each(['giay-moi', 'thu-moi'])('%s: each letter\'s first paragraph starts with its own empty bookmark; Word would open it', async (form) => {
    const names = ['Sở Y tế', 'Báo Bắc Giang', 'A & B <C>'];
    const docx = await templates[form]!.merged(names.map((recipient) => ({ recipient, number: '06' })), names.length, undefined, (i) => bookmarkOf(10 + i));
    const dom = new DOMParser().parseFromString(strFromU8(unzipSync(docx)['word/document.xml']!), 'text/xml');
    const starts = Array.from(dom.getElementsByTagNameNS(W, 'bookmarkStart'));
    expect(starts.map((b) => b.getAttributeNS(W, 'name'))).toEqual(['PlanLetter11', 'PlanLetter12', 'PlanLetter13']);
    expect(new Set(starts.map((b) => b.getAttributeNS(W, 'id'))).size).toBe(3);
    for (const start of starts) {
      // In a paragraph, right after its properties, with its end next to it.
      expect(start.parentNode!.localName).toBe('p');
      expect(start.previousSibling === null || (start.previousSibling as Element).localName === 'pPr').toBe(true);
      expect((start.nextSibling as Element).localName).toBe('bookmarkEnd');
      expect((start.nextSibling as Element).getAttributeNS(W, 'id')).toBe(start.getAttributeNS(W, 'id'));
    }
    // Before each recipient: letter k's bookmark comes before letter k's name and after letter k-1's.
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml.indexOf('PlanLetter11')).toBeLessThan(xml.indexOf('Sở Y tế'));
    expect(xml.indexOf('PlanLetter12')).toBeGreaterThan(xml.indexOf('Sở Y tế'));
    expect(xml.indexOf('PlanLetter12')).toBeLessThan(xml.indexOf('Báo Bắc Giang'));
    const file = join(tempDir('plan-chunk-ooxml-'), `${form}.docx`);
    writeFileSync(file, docx);
    const verdict = await ooxmlValidate([file]);
    expect(verdict.ok, verdict.output).toBe(true);
  });

  it('refuses a bookmark name LibreOffice would escape', async () => {
    await expect(templates['giay-moi']!.merged([{ recipient: 'A', number: '06' }], 1, undefined, () => 'Plan_Letter')).rejects.toThrow(/letters and digits/);
  });

  it('is the merged file unchanged when no bookmarks are asked for', async () => {
    const values = [{ recipient: 'A', number: '06' }];
    const plain = strFromU8(unzipSync(await templates['giay-moi']!.merged(values, 1))['word/document.xml']!);
    expect(plain).not.toContain('bookmark');
    expect(plain.indexOf('A')).toBeGreaterThan(0);
  });
});

describe('letters shared into chunks and runs', () => {
  it.each([
    [1, 2],
    [30, 2],
    [100, 2],
    [250, 2],
    [1000, 2],
    [5001, 2],
    [1000, 8],
  ])('%i letters, %i processes: consecutive, each letter once, none over the chunk size, every process some', (n, processes) => {
    const chunks = letterChunks(n, processes);
    expect(chunks[0]!.start).toBe(0);
    chunks.forEach((c, k) => k > 0 && expect(c.start).toBe(chunks[k - 1]!.end));
    expect(chunks.at(-1)!.end).toBe(n);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(LETTERS_PER_CHUNK);
    expect(chunks.length).toBe(Math.max(Math.ceil(n / LETTERS_PER_CHUNK), Math.min(processes, Math.ceil(n / 20))));
  });

  it('runs: a big document alone and first; the small ones with the first letters; too many small ones in their own runs', () => {
    // Two documents (the plan, a 5,000-row list) and 3 chunks, whose indices follow the documents'.
    expect(planRuns([14_000, 120_000], 3, 2)).toEqual([[1], [0, 2], [3], [4]]);
    expect(planRuns([14_000, 30_000], 2, 2)).toEqual([[0, 1, 2], [3]]);
    expect(planRuns([14_000, 30_000], 0, 2)).toEqual([[0, 1]]);
    const many = Array.from({ length: 12 }, () => 10_000);
    const runs = planRuns(many, 1, 2);
    expect(runs[0]).toEqual([12]);
    expect(runs.slice(1).flat().sort((a, b) => a - b)).toEqual(many.map((_, i) => i));
    for (const run of runs) expect(run.length).toBeLessThanOrEqual(CHUNK);
  });
});

describe('a chunk PDF read back into letters', () => {
  const chunk = { start: 10, end: 14 };
  const starts = (pages: (number | undefined)[]) => new Map(pages.flatMap((p, k) => (p === undefined ? [] : [[bookmarkOf(10 + k), p] as const])));

  it('gives each letter its pages, up to the next letter or the end', () => {
    expect(letterRanges(chunk, starts([0, 1, 3, 4]), 5)).toEqual([{ from: 0, to: 1 }, { from: 1, to: 3 }, { from: 3, to: 4 }, { from: 4, to: 5 }]);
  });

  it('never guesses: a letter without its destination is unknown, and so is the one before it', () => {
    expect(letterRanges(chunk, starts([0, 1, undefined, 4]), 5)).toEqual([{ from: 0, to: 1 }, undefined, undefined, { from: 4, to: 5 }]);
    expect(letterRanges(chunk, starts([0, 1, 3, undefined]), 5)).toEqual([{ from: 0, to: 1 }, { from: 1, to: 3 }, undefined, undefined]);
  });

  it('trusts none when the destinations do not start on the first page, do not rise, or pass the end', () => {
    expect(letterRanges(chunk, starts([1, 2, 3, 4]), 5)).toEqual([undefined, undefined, undefined, undefined]);
    expect(letterRanges(chunk, starts([0, 2, 2, 4]), 5)).toEqual([undefined, undefined, undefined, undefined]);
    expect(letterRanges(chunk, starts([0, 3, 2, 4]), 5)).toEqual([undefined, undefined, undefined, undefined]);
    expect(letterRanges(chunk, starts([0, 1, 2, 5]), 5)).toEqual([undefined, undefined, undefined, undefined]);
    expect(letterRanges(chunk, starts([undefined, 1, 2, 3]), 5)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads named destinations from the catalog /Dests and from a /Names tree', async () => {
    const doc = await PDFDocument.create();
    const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
    const dest = (page: number) => doc.context.obj([pages[page]!.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]);
    doc.catalog.set(PDFName.of('Dests'), doc.context.obj({ PlanLetter1: dest(0), PlanLetter2: doc.context.obj({ D: dest(2) }) }));
    const kid = doc.context.register(doc.context.obj({ Names: [PDFString.of('PlanLetter3'), dest(1)] }));
    doc.catalog.set(PDFName.of('Names'), doc.context.obj({ Dests: doc.context.obj({ Kids: [kid] }) }));
    const read = await destinationPages(await loadPdf(await doc.save()));
    expect(Object.fromEntries(read)).toEqual({ PlanLetter1: 0, PlanLetter2: 2, PlanLetter3: 1 });
  });
});

/** A LibreOffice that never finishes: it notes its pid in `pids` and sleeps (in a process of its own, as soffice.bin). */
function slowSoffice(dir: string, pids: string): string {
  const soffice = join(dir, 'slow-soffice.sh');
  writeFileSync(soffice, `#!/bin/sh\nsleep 600 &\necho $! >> '${pids}'\nwait\n`);
  chmodSync(soffice, 0o755);
  return soffice;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, ms: number): Promise<void> {
  const started = Date.now();
  while (!condition() && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 50));
}

describe('stopping a conversion', () => {
  it('plan build --pdf stopped by the signal in the PDF step: interrupted, LibreOffice killed, no PDF, no temporary file', async () => {
    const dir = tempDir('plan-build-abort-');
    const pids = join(dir, 'pids');
    const controller = new AbortController();
    const building = build(
      { file: SEED_PLAN, out: join(dir, 'out'), pdf: true, lang: 'vi', signal: controller.signal },
      { cwd: dir, env: { PLAN_SOFFICE: slowSoffice(dir, pids), PATH: process.env.PATH } },
    );
    await until(() => existsSync(pids), 20_000);
    controller.abort();
    const result = await building;
    expect(result.stopped).toBe('interrupted');
    const pid = Number(readFileSync(pids, 'utf8').trim().split('\n')[0]);
    await until(() => !alive(pid), 5_000);
    expect(alive(pid)).toBe(false);
    const left = readdirSync(join(dir, 'out'), { recursive: true }) as string[];
    expect(left.filter((f) => f.endsWith('.pdf') || f.split('/').some((part) => part.startsWith('.pdf-')))).toEqual([]);
  });

  it('kills LibreOffice, removes the temporary files and rejects with the reason; nothing is put in place', async () => {
    const dir = tempDir('plan-pdf-abort-');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const pids = join(dir, 'pids');
    const soffice = slowSoffice(dir, pids);
    const source = join(dir, 'ke-hoach.docx');
    writeFileSync(source, 'PK');
    const out = join(dir, 'out');
    const controller = new AbortController();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const converting = convertToPdf([{ source, target: join(out, 'ke-hoach.pdf') }], {
        soffice, workDir: out, env: { PATH: process.env.PATH }, signal: controller.signal,
      });
      await until(() => existsSync(pids), 10_000);
      controller.abort(new Error('stopped by the clerk'));
      await expect(converting).rejects.toThrow('stopped by the clerk');
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    const pid = Number(readFileSync(pids, 'utf8').trim());
    await until(() => !alive(pid), 5_000);
    expect(alive(pid)).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
