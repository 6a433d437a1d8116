import { readFile, writeFile } from 'node:fs/promises';
import { destinationPages, loadPdf, pdfOf, type LoadedPdf, type PageRange } from './pdf-pages.js';

/**
 * Letters per merged chunk document, measured on LibreOffice 7.4 here (2 cores, load 5): 100 letters took 2.6 s
 * (38 a second), 200 took 3.7–4.6 s, 300 took 4.7–5.8 s (52–64 a second), 500 took 8.5–11.4 s. Start-up (about 1.2 s)
 * weighs little from 200 on, and past about 300 the layout of a long document costs more per page. 250 also keeps a
 * retry cheap and gives two processes work to share from 500 letters on.
 */
export const LETTERS_PER_CHUNK = 250;
/** Fewer letters than this per chunk and a second process costs more in start-up than it saves. */
const MIN_LETTERS = 20;

/** Letters [start, end) of one merged chunk document. */
export interface LetterChunk {
  start: number;
  end: number;
}

/**
 * `n` letters in consecutive chunks of at most `size`, in enough chunks (of equal size) to give each of `processes`
 * some; one chunk for a few letters.
 */
export function letterChunks(n: number, processes: number, size = LETTERS_PER_CHUNK): LetterChunk[] {
  if (n === 0) return [];
  const count = Math.max(Math.ceil(n / size), Math.min(Math.max(1, processes), Math.ceil(n / MIN_LETTERS)));
  const each = Math.ceil(n / count);
  const chunks: LetterChunk[] = [];
  for (let start = 0; start < n; start += each) chunks.push({ start, end: Math.min(n, start + each) });
  return chunks;
}

/** The bookmark (and so the PDF destination) at the start of letter `i`: letters and digits only (see fill.ts). */
export const bookmarkOf = (i: number): string => `PlanLetter${i + 1}`;

/**
 * Where each letter of a converted chunk starts and ends in its PDF, from the named destinations of their bookmarks:
 * letter i is pages [start(i), start(i+1)), the last one to the end. A letter is undefined, never guessed, when its
 * destination or the next letter's is missing; all are when the destinations do not start at the first page and rise
 * (the PDF is then not what was asked for).
 */
export function letterRanges(chunk: LetterChunk, starts: ReadonlyMap<string, number>, pageCount: number): ({ from: number; to: number } | undefined)[] {
  const found = Array.from({ length: chunk.end - chunk.start }, (_, k) => starts.get(bookmarkOf(chunk.start + k)));
  const known = found.filter((page): page is number => page !== undefined);
  const rising = known.every((page, k) => k === 0 || page > known[k - 1]!);
  if (found[0] !== 0 || !rising || known.at(-1)! >= pageCount) return found.map(() => undefined);
  return found.map((from, k) => {
    const to = k + 1 < found.length ? found[k + 1] : pageCount;
    return from !== undefined && to !== undefined ? { from, to } : undefined;
  });
}

/** Where each letter's pages are: in its chunk's PDF, or in a PDF of its own (converted alone). */
export type LetterPages = { chunk: number; from: number; to: number } | { alone: string };

/**
 * Cuts a converted chunk into one PDF per letter (`letterPdf(i)` is where letter i's goes). Returns each letter's
 * pages, undefined for a letter whose pages are not known (see {@link letterRanges}), every one when the PDF cannot
 * be read.
 */
export async function cutChunk(
  pdf: string, index: number, chunk: LetterChunk, letterPdf: (i: number) => string, onLetter: (i: number) => void,
): Promise<(LetterPages | undefined)[]> {
  let doc: LoadedPdf;
  let ranges: ReturnType<typeof letterRanges>;
  try {
    doc = await loadPdf(await readFile(pdf));
    ranges = letterRanges(chunk, await destinationPages(doc), doc.getPageCount());
  } catch {
    return Array.from({ length: chunk.end - chunk.start }, () => undefined);
  }
  const pages: (LetterPages | undefined)[] = [];
  for (const [k, range] of ranges.entries()) {
    if (range === undefined) {
      pages.push(undefined);
      continue;
    }
    await writeFile(letterPdf(chunk.start + k), await pdfOf([{ source: doc, ...range }]));
    pages.push({ chunk: index, ...range });
    onLetter(chunk.start + k);
  }
  return pages;
}

/**
 * The merged letters' PDF: every letter's pages in order, taken from the chunks' PDFs (each chunk's consecutive
 * letters copied together, so its fonts are copied once) and from the PDFs of letters converted alone. One source is
 * read at a time.
 */
export function concatenate(letters: readonly LetterPages[], chunkPdf: (chunk: number) => string): Promise<Uint8Array> {
  const groups: { path: string; from?: number; to?: number }[] = [];
  for (const letter of letters) {
    const last = groups.at(-1);
    if ('alone' in letter) groups.push({ path: letter.alone });
    else if (last?.path === chunkPdf(letter.chunk) && last.to === letter.from) last.to = letter.to;
    else groups.push({ path: chunkPdf(letter.chunk), from: letter.from, to: letter.to });
  }
  async function* ranges(): AsyncGenerator<PageRange> {
    let source: { path: string; doc: LoadedPdf } | undefined;
    for (const group of groups) {
      if (source?.path !== group.path) source = { path: group.path, doc: await loadPdf(await readFile(group.path)) };
      yield { source: source.doc, from: group.from ?? 0, to: group.to ?? source.doc.getPageCount() };
    }
  }
  return pdfOf(ranges());
}
