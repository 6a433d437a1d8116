import { accessSync, constants } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { AtomicBatch } from './atomic.js';
import { inParallel } from './in-parallel.js';
import { runSoffice } from './soffice-run.js';
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

export interface PdfOptions {
  soffice: string;
  /** A folder on the same file system as the targets (the output folder): the PDFs are made here, then renamed. */
  workDir: string;
  /** LibreOffice processes at once. Default: os.availableParallelism(). */
  processes?: number;
  /** Documents per LibreOffice process. Default: {@link CHUNK}. */
  chunkSize?: number;
  /** How long LibreOffice may spend on one document before it is stopped. Default: {@link allowance}. */
  allowanceMs?: (docxBytes: number) => number;
  /** LibreOffice's environment: the caller's Io's, never this process's behind its back. */
  env: NodeJS.ProcessEnv;
  /** Told how many documents are converted so far, out of all. */
  onProgress?: (done: number, total: number) => void;
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
 * The documents' indices in chunks: each of `big` alone and first (a 5,000-page merged letter takes as long as
 * thousands of letters; started first, it runs beside them instead of after them), then the others in order, in
 * enough chunks to keep every process busy, none over `size`.
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

/** A document this many times the median size is big (the merged letters of a large list): see {@link chunksOf}. */
const BIG = 4;
const bigOnes = (sizes: readonly number[]): number[] => {
  const median = [...sizes].sort((a, b) => a - b)[sizes.length >> 1] ?? 0;
  return sizes.flatMap((s, i) => (sizes.length > MIN_SHARE && s > BIG * median ? [i] : []));
};

/**
 * A watchdog, not a time limit: a minute, plus 3 s for every KB of DOCX (about 9 pages of a letter). Under load,
 * LibreOffice took over 5 minutes for the 5,000-page merged letters (555 KB).
 */
export const allowance = (docxBytes: number): number => 60_000 + 3 * docxBytes;

const pdfExists = (pdf: string): Promise<boolean> => stat(pdf).then((s) => s.size > 0, () => false);

/**
 * Converts every DOCX through LibreOffice, in chunks ({@link chunksOf}) run by one process per core. The DOCX files
 * are copied into a private folder under `workDir` with numbered names, so letters with the same name in different
 * folders cannot collide; LibreOffice writes the PDFs beside them. Each process has its own throw-away profile
 * (`-env:UserInstallation`), so it neither joins a LibreOffice the clerk has open nor trips on another's lock.
 * A chunk whose process dies or leaves PDFs out is run once more, for the missing documents only, with a fresh profile
 * (a killed LibreOffice can leave its profile half-written); a document still missing then stops the whole
 * conversion with a PdfError naming it. Only when every PDF exists are they put in place, as one {@link AtomicBatch},
 * as the documents are: a reader sees the old PDF or the whole new one, and when one cannot be placed (a folder in
 * the way, a PDF held open on Windows) every PDF already replaced gets its old file back.
 */
export async function convertToPdf(jobs: readonly PdfJob[], options: PdfOptions): Promise<void> {
  if (jobs.length === 0) return;
  await makeDir(options.workDir);
  // The pid in the name lets a later run remove the folder if this one is killed (see sweepStaleTemps); every
  // folder is registered so Ctrl+C removes it.
  const work = await mkdtemp(join(options.workDir, `.pdf-${process.pid}-`));
  trackTemp(work, true);
  const profiles: string[] = [];
  const newProfile = async (): Promise<string> => {
    const profile = await mkdtemp(join(tmpdir(), 'plan-lo-profile-'));
    trackTemp(profile, true);
    profiles.push(profile);
    return profile;
  };
  const abort = new AbortController();
  try {
    const width = String(jobs.length).length;
    const inputs = jobs.map((_, i) => join(work, `${String(i + 1).padStart(width, '0')}.docx`));
    const pdfs = inputs.map((input) => input.replace(/\.docx$/, '.pdf'));
    const sizes = await inParallel(
      jobs.map((job, i) => async () => {
        await copyFile(job.source, inputs[i]!);
        return (await stat(inputs[i]!)).size;
      }),
      STAGING_CONCURRENCY,
    );
    const allowanceOf = options.allowanceMs ?? allowance;
    const chunks = chunksOf(jobs.length, options.processes ?? availableParallelism(), options.chunkSize ?? CHUNK, bigOnes(sizes));
    let converted = 0;
    const report = (done: number) => options.onProgress?.(Math.min(done, jobs.length), jobs.length);
    const missingOf = async (indices: readonly number[]) =>
      (await Promise.all(indices.map(async (i) => ((await pdfExists(pdfs[i]!)) ? -1 : i)))).filter((i) => i >= 0);

    let failure: PdfError | undefined;
    let next = 0;
    const worker = async (): Promise<void> => {
      try {
        await convertChunks();
      } catch (error) {
        abort.abort();
        throw error;
      }
    };
    const convertChunks = async (): Promise<void> => {
      let profile = await newProfile();
      const run = async (indices: readonly number[]) => {
        let seen = 0;
        const outcome = await runSoffice({
          soffice: options.soffice,
          profile,
          outDir: work,
          inputs: indices.map((i) => inputs[i]!),
          allowanceMs: (k) => allowanceOf(sizes[indices[k]!]!),
          env: options.env,
          signal: abort.signal,
          onConverted: () => report(converted + ++seen),
        });
        const missing = await missingOf(indices);
        converted += indices.length - missing.length;
        report(converted);
        return { outcome, missing };
      };
      while (next < chunks.length && !abort.signal.aborted) {
        const first = await run(chunks[next++]!);
        if (first.missing.length === 0 || abort.signal.aborted) continue;
        profile = await newProfile();
        const second = await run(first.missing);
        if (second.missing.length === 0 || abort.signal.aborted) continue;
        const { outcome } = second;
        failure ??= new PdfError(jobs[second.missing[0]!]!.source, outcome.failure ?? outcome.complaint, outcome.timedOut === true);
        abort.abort();
      }
    };
    const workers = await Promise.allSettled(Array.from({ length: Math.min(chunks.length, options.processes ?? availableParallelism()) }, worker));
    const broken = workers.find((w) => w.status === 'rejected');
    if (broken) throw broken.reason;
    if (failure) throw failure;
    await placeAll(pdfs.map((pdf, i) => ({ pdf, target: jobs[i]!.target })));
  } finally {
    abort.abort();
    for (const folder of [work, ...profiles]) {
      await rm(folder, { recursive: true, force: true });
      untrackTemp(folder);
    }
  }
}

/** PDFs read at once while they are staged: a few, so ten thousand letters are never all in memory. */
const STAGING_CONCURRENCY = 8;

/** Every PDF to its target, all or none (see AtomicBatch). */
async function placeAll(placements: readonly { pdf: string; target: string }[]): Promise<void> {
  const batch = new AtomicBatch();
  try {
    await inParallel(placements.map(({ pdf, target }) => async () => batch.write(target, await readFile(pdf))), STAGING_CONCURRENCY);
    await batch.commit();
  } catch (error) {
    await batch.abort();
    throw error;
  }
}
