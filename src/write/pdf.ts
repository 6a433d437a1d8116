import { accessSync, constants } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import { AtomicBatch } from './atomic.js';
import { inParallel } from './in-parallel.js';
import { bookmarkOf, concatenate, cutChunk, letterChunks, type LetterChunk, type LetterPages } from './letter-pdfs.js';
import { convertRuns, Profiles, type PoolFile } from './soffice-pool.js';
import { makeDir, trackTemp, untrackTemp } from './temps.js';

/** Where LibreOffice lives when it is not on PATH (the macOS and Windows installers do not add it). */
const WELL_KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
};

const executable = (path: string): boolean => {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The LibreOffice program: PLAN_SOFFICE when set (and nothing else, so a wrong value is noticed), else `soffice` on
 * PATH, else the installers' usual places on macOS and Windows. Undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PLAN_SOFFICE) return executable(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  const path = env.PATH ?? env.Path ?? '';
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return (WELL_KNOWN[process.platform] ?? []).find(executable);
}

/** One document to convert: the DOCX already written, and where its PDF goes. */
export interface PdfJob {
  source: string;
  target: string;
}

/**
 * LibreOffice could not make a PDF. `source` is the document it failed on twice (first run and retry); `detail` is
 * LibreOffice's own words or exit status, absent when it ended normally but left the document out; `timedOut` when
 * it had to be stopped.
 */
export class PdfError extends Error {
  constructor(
    readonly source: string,
    readonly detail: string | undefined,
    readonly timedOut = false,
  ) {
    super(`${source}: ${timedOut ? 'timeout' : (detail ?? 'no PDF')}`);
    this.name = 'PdfError';
  }
}

/**
 * The letters of a mail merge, converted through merged chunk documents rather than one by one (LibreOffice pays its
 * start-up and a document load per file: 200 letters took 12 s one by one, 3 s merged).
 */
export interface LetterSet {
  /** Each letter's DOCX as written and where its PDF goes, in the letters' order. */
  letters: readonly PdfJob[];
  /** The merged letters' DOCX and PDF: the PDF is the letters' pages in order, not a conversion of its own. */
  merged?: PdfJob;
  /**
   * Letters [start, end) merged into one DOCX as the merged letters are, letter i's first paragraph carrying an empty
   * bookmark named `bookmark(i)` (i counts from 0 for the first letter of all).
   */
  chunk: (start: number, end: number, bookmark: (i: number) => string) => Promise<Uint8Array>;
}

export interface PdfOptions {
  soffice: string;
  /** A folder on the same file system as the targets (the output folder): the PDFs are made here, then renamed. */
  workDir: string;
  /** LibreOffice processes at once. Default: os.availableParallelism(). */
  processes?: number;
  /** Documents per LibreOffice process. Default: {@link CHUNK}. */
  chunkSize?: number;
  /** Letters, converted through merged chunk documents. */
  letters?: LetterSet;
  /** Letters per merged chunk document. Default: LETTERS_PER_CHUNK of letter-pdfs.ts. */
  lettersPerChunk?: number;
  /** How long LibreOffice may spend on one document before it is stopped. Default: {@link allowance}. */
  allowanceMs?: (docxBytes: number) => number;
  /** LibreOffice's environment: the caller's Io's, never this process's behind its back. */
  env: NodeJS.ProcessEnv;
  /** Told how many PDFs are made so far, out of all (a letter cut from its chunk counts as one). */
  onProgress?: (done: number, total: number) => void;
  /** Stops the conversion: LibreOffice is killed, the temporary files removed, and the promise rejects with the reason. */
  signal?: AbortSignal;
}

/**
 * Documents given to one LibreOffice process. LibreOffice 7.4 given more than 242 files converts 242 and exits 0
 * without a word about the rest; its start-up (about 1.2 s here) weighs little against 100 documents (about 5 s),
 * and 100 leaves room under that limit.
 */
export const CHUNK = 100;
/** Fewer documents than this per process and a second process costs more in start-up than it saves. */
const MIN_SHARE = 15;

/**
 * The documents' indices in chunks: each of `big` alone and first, then the others in order, in enough chunks to keep
 * every process busy, none over `size`.
 */
export function chunksOf(n: number, processes: number, size: number, big: readonly number[] = []): number[][] {
  const alone = new Set(big);
  const rest = Array.from({ length: n }, (_, i) => i).filter((i) => !alone.has(i));
  const count = Math.max(Math.ceil(rest.length / size), Math.min(Math.max(1, processes - alone.size), Math.ceil(rest.length / MIN_SHARE)));
  const each = Math.ceil(rest.length / count);
  const chunks = [...alone].map((i) => [i]);
  for (let start = 0; start < rest.length; start += each) chunks.push(rest.slice(start, start + each));
  return chunks;
}

/**
 * A document this big converts alone, and first: a distribution list of a few thousand rows takes LibreOffice
 * minutes (its table layout grows faster than its length), started first it runs beside the letters, not after them.
 */
const BIG_BYTES = 48 * 1024;
/** Small documents (the plan, a short list) go with the first letters' run when there are no more than this. */
const WITH_LETTERS = 8;

/**
 * LibreOffice runs for the documents (`docSizes`, indices 0…) and the letter chunks (indices after them): the big
 * documents alone and first, biggest first; then the chunks, the first with the small documents (one start-up fewer);
 * small documents that are too many for that in runs of their own.
 */
export function planRuns(docSizes: readonly number[], chunkCount: number, processes: number, size = CHUNK): number[][] {
  const big = docSizes.flatMap((bytes, i) => (bytes > BIG_BYTES ? [i] : [])).sort((a, b) => docSizes[b]! - docSizes[a]!);
  const small = docSizes.flatMap((bytes, i) => (bytes > BIG_BYTES ? [] : [i]));
  const chunks = Array.from({ length: chunkCount }, (_, k) => [docSizes.length + k]);
  if (chunks.length > 0 && small.length <= WITH_LETTERS) {
    chunks[0]!.unshift(...small);
    return [...big.map((i) => [i]), ...chunks];
  }
  const others = chunksOf(small.length, processes, size).map((run) => run.map((k) => small[k]!));
  return [...big.map((i) => [i]), ...chunks, ...others];
}

/**
 * A watchdog, not a time limit: a minute, plus 3 s for every KB of DOCX (about 9 pages of a letter). Under load,
 * LibreOffice took over 5 minutes for the 5,000-page merged letters (555 KB).
 */
export const allowance = (docxBytes: number): number => 60_000 + 3 * docxBytes;

/**
 * The export filter that writes each bookmark as a named destination: the page where each letter of a chunk starts.
 * Its option is given as JSON, which LibreOffice reads since 7.4.
 */
const PDF_WITH_DESTINATIONS = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}';

/**
 * Converts every DOCX through LibreOffice (see {@link convertAll}), into a private folder under `workDir`, with one
 * process per core, each with its own throw-away profile (`-env:UserInstallation`), so it neither joins a LibreOffice
 * the clerk has open nor trips on another's lock. Only when every PDF exists are they put in place, as one
 * {@link AtomicBatch}, as the documents are: a reader sees the old PDF or the whole new one, and when one cannot be
 * placed (a folder in the way, a PDF held open on Windows) every PDF already replaced gets its old file back. A
 * document LibreOffice fails on twice stops the whole conversion with a PdfError naming it, and no PDF is placed.
 */
export async function convertToPdf(jobs: readonly PdfJob[], options: PdfOptions): Promise<void> {
  const letters = options.letters?.letters ?? [];
  if (jobs.length === 0 && letters.length === 0) return;
  options.signal?.throwIfAborted();
  await makeDir(options.workDir);
  // The pid in the name lets a later run remove the folder if this one is killed (see sweepStaleTemps); every
  // folder is registered so Ctrl+C removes it.
  const work = await mkdtemp(join(options.workDir, `.pdf-${process.pid}-`));
  trackTemp(work, true);
  const profiles = new Profiles();
  const abort = new AbortController();
  const stop = () => abort.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const placements = await convertAll(jobs, options, work, profiles, abort);
    options.signal?.throwIfAborted();
    await placeAll(placements);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    abort.abort();
    await rm(work, { recursive: true, force: true });
    untrackTemp(work);
    await profiles.removeAll();
  }
}

/** A PDF made in the work folder, and the target it is put in place as. */
interface Placement {
  pdf: string;
  target: string;
}

/**
 * The conversion itself; returns what to put where. The documents are copied into the work folder with numbered names,
 * so letters with the same name in different folders cannot collide, and LibreOffice writes the PDFs beside them. The
 * letters go through merged chunk documents ({@link letterChunks}), each letter's start bookmarked, and each chunk's
 * PDF is cut into the letters' PDFs by the named destinations of those bookmarks as soon as it is made. A letter
 * whose pages are not known that way, or whose chunk failed twice, is converted alone; the merged letters' PDF is
 * the letters' pages put together. Every run is retried once for what it left out (see convertRuns).
 */
async function convertAll(
  jobs: readonly PdfJob[], options: PdfOptions, work: string, profiles: Profiles, abort: AbortController,
): Promise<Placement[]> {
  const set = options.letters;
  const letters = set?.letters ?? [];
  const processes = options.processes ?? availableParallelism();
  const chunkSize = options.chunkSize ?? CHUNK;
  const total = jobs.length + letters.length + (set?.merged ? 1 : 0);
  const done = new Set<string>();
  const tick = (key: string) => {
    if (done.has(key)) return;
    done.add(key);
    options.onProgress?.(done.size, total);
  };
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    abort.abort();
  };
  const pool = {
    soffice: options.soffice, env: options.env, outDir: work, processes, allowanceMs: options.allowanceMs ?? allowance, signal: abort.signal,
  };
  const stopped = () => {
    if (failure !== undefined) throw failure;
    options.signal?.throwIfAborted();
  };

  const files = await stage(jobs.map((job) => job.source), work, 'd');
  const docs = files.length;
  const bigDocs = files.filter((f) => f.bytes > BIG_BYTES).length;
  const chunks = await writeChunks(set, letterChunks(letters.length, Math.max(1, processes - bigDocs), options.lettersPerChunk), work);
  files.push(...chunks.map((c) => c.file));
  const letterPdf = (i: number) => join(work, `letter-${i + 1}.pdf`);
  const pages: (LetterPages | undefined)[] = new Array(letters.length);
  let cutting = Promise.resolve();
  await convertRuns(files, planRuns(files.slice(0, docs).map((f) => f.bytes), chunks.length, processes, chunkSize), {
    ...pool,
    ...(chunks.length > 0 ? { convertTo: PDF_WITH_DESTINATIONS } : {}),
  }, profiles, {
    onReported: (i) => {
      if (i < docs) tick(`d${i}`);
    },
    onConverted: (i) => {
      if (i < docs) return tick(`d${i}`);
      const chunk = chunks[i - docs]!.letters;
      cutting = cutting
        .then(async () => {
          const cut = await cutChunk(files[i]!.pdf, i - docs, chunk, letterPdf, (letter) => tick(`l${letter}`));
          cut.forEach((p, k) => (pages[chunk.start + k] = p));
        })
        .catch(fail);
    },
    onFailed: (i, outcome) => {
      // A chunk that failed twice leaves its letters to be converted alone, below.
      if (i < docs) fail(new PdfError(jobs[i]!.source, outcome.failure ?? outcome.complaint, outcome.timedOut === true));
    },
  });
  await cutting;
  stopped();

  const alone = letters.flatMap((_, i) => (pages[i] === undefined ? [i] : []));
  if (alone.length > 0) {
    const lonely = await stage(alone.map((i) => letters[i]!.source), work, 'f');
    await convertRuns(lonely, chunksOf(alone.length, processes, chunkSize), pool, profiles, {
      onReported: (k) => tick(`l${alone[k]}`),
      onConverted: (k) => {
        pages[alone[k]!] = { alone: lonely[k]!.pdf };
        tick(`l${alone[k]}`);
      },
      onFailed: (k, outcome) => fail(new PdfError(letters[alone[k]!]!.source, outcome.failure ?? outcome.complaint, outcome.timedOut === true)),
    });
    stopped();
  }

  const placements: Placement[] = [
    ...jobs.map((job, i) => ({ pdf: files[i]!.pdf, target: job.target })),
    ...letters.map((letter, i) => {
      const where = pages[i]!;
      return { pdf: 'alone' in where ? where.alone : letterPdf(i), target: letter.target };
    }),
  ];
  if (set?.merged) {
    const pdf = join(work, 'merged.pdf');
    // The chunks' PDFs were read when they were cut; a letter converted alone is read here first, and a PDF that
    // LibreOffice made unreadable is reported as its failure at the merged letters, not as a write problem.
    const bytes = await concatenate(pages as LetterPages[], (k) => files[docs + k]!.pdf).catch((error: Error) => {
      throw new PdfError(set.merged!.source, error.message);
    });
    await writeFile(pdf, bytes);
    placements.push({ pdf, target: set.merged.target });
    tick('merged');
  }
  return placements;
}

const pdfBeside = (docx: string): string => docx.replace(/\.docx$/, '.pdf');

/**
 * The merged chunk documents, written into the work folder as `letters-<n>.docx`. None when the letters cannot be
 * bookmarked (a letter template without a paragraph before the invitee's name): the letters are then converted alone.
 */
async function writeChunks(set: LetterSet | undefined, chunks: readonly LetterChunk[], work: string): Promise<{ letters: LetterChunk; file: PoolFile }[]> {
  const written: { letters: LetterChunk; file: PoolFile }[] = [];
  for (const [k, letters] of chunks.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await set!.chunk(letters.start, letters.end, bookmarkOf);
    } catch {
      return [];
    }
    const input = join(work, `letters-${k + 1}.docx`);
    await writeFile(input, bytes);
    written.push({ letters, file: { input, pdf: pdfBeside(input), bytes: bytes.length } });
  }
  return written;
}

/** Copies the documents into the work folder as `<prefix><n>.docx`; each with its PDF beside it and its size. */
async function stage(sources: readonly string[], work: string, prefix: string): Promise<PoolFile[]> {
  return inParallel(
    sources.map((source, i) => async (): Promise<PoolFile> => {
      const input = join(work, `${prefix}${i + 1}.docx`);
      await copyFile(source, input);
      return { input, pdf: pdfBeside(input), bytes: (await stat(input)).size };
    }),
    STAGING_CONCURRENCY,
  );
}

/** PDFs read at once while they are staged: a few, so ten thousand letters are never all in memory. */
const STAGING_CONCURRENCY = 8;

/** Every PDF to its target, all or none (see AtomicBatch). */
async function placeAll(placements: readonly Placement[]): Promise<void> {
  const batch = new AtomicBatch();
  try {
    await inParallel(placements.map(({ pdf, target }) => async () => batch.write(target, await readFile(pdf))), STAGING_CONCURRENCY);
    await batch.commit();
  } catch (error) {
    await batch.abort();
    throw error;
  }
}
