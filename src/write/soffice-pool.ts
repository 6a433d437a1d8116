import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSoffice, type SofficeOutcome } from './soffice-run.js';
import { trackTemp, untrackTemp } from './temps.js';

/** One file to convert: the DOCX in the work folder, the PDF LibreOffice makes beside it, and its size. */
export interface PoolFile {
  input: string;
  pdf: string;
  bytes: number;
}

export interface PoolOptions {
  soffice: string;
  env: NodeJS.ProcessEnv;
  outDir: string;
  /** LibreOffice processes at once. */
  processes: number;
  /** How long LibreOffice may spend on a document of this many DOCX bytes before it is stopped. */
  allowanceMs: (docxBytes: number) => number;
  /** The `--convert-to` argument of every run; default `pdf`. */
  convertTo?: string;
  /** Stops every run: its LibreOffice is killed. */
  signal: AbortSignal;
}

/** Throw-away LibreOffice profiles, one per process at a time; all removed by {@link Profiles.removeAll}. */
export class Profiles {
  private readonly idle: string[] = [];
  private readonly all: string[] = [];

  /** An idle profile, or a new one. */
  async take(): Promise<string> {
    const idle = this.idle.pop();
    if (idle !== undefined) return idle;
    const profile = await mkdtemp(join(tmpdir(), 'plan-lo-profile-'));
    trackTemp(profile, true);
    this.all.push(profile);
    return profile;
  }

  /** A profile whose last run went well, for the next run. One whose run died is not given back: it may be half-written. */
  give(profile: string): void {
    this.idle.push(profile);
  }

  async removeAll(): Promise<void> {
    for (const profile of this.all) {
      await rm(profile, { recursive: true, force: true });
      untrackTemp(profile);
    }
    this.all.length = 0;
    this.idle.length = 0;
  }
}

export interface PoolEvents {
  /** LibreOffice reported files[i] converted (its "convert … ->" line). */
  onReported?: (i: number) => void;
  /** files[i]'s PDF exists after its run ended. */
  onConverted?: (i: number) => void;
  /** files[i] has no PDF after its run and the retry: LibreOffice's outcome of the retry. */
  onFailed?: (i: number, outcome: SofficeOutcome) => void;
}

const pdfExists = (pdf: string): Promise<boolean> => stat(pdf).then((s) => s.size > 0, () => false);

/**
 * Converts `runs` (each a list of indices into `files`, given to one LibreOffice process) with one process per core,
 * in order of starting. A run whose process dies or leaves PDFs out is run once more, for its missing files only, with
 * a fresh profile; a file still missing then is reported through `onFailed`, and the other runs go on (the caller
 * aborts `options.signal` to stop them). Resolves when every run has ended or the signal stopped them.
 */
export async function convertRuns(
  files: readonly PoolFile[], runs: readonly (readonly number[])[], options: PoolOptions, profiles: Profiles, events: PoolEvents = {},
): Promise<void> {
  let next = 0;
  const runOnce = async (indices: readonly number[]): Promise<{ outcome: SofficeOutcome; missing: number[] }> => {
    const profile = await profiles.take();
    const outcome = await runSoffice({
      soffice: options.soffice,
      profile,
      outDir: options.outDir,
      inputs: indices.map((i) => files[i]!.input),
      allowanceMs: (k) => options.allowanceMs(files[indices[k]!]!.bytes),
      env: options.env,
      signal: options.signal,
      onConverted: (k) => {
        if (k !== undefined) events.onReported?.(indices[k]!);
      },
      ...(options.convertTo !== undefined ? { convertTo: options.convertTo } : {}),
    });
    const missing: number[] = [];
    for (const i of indices) {
      if (await pdfExists(files[i]!.pdf)) events.onConverted?.(i);
      else missing.push(i);
    }
    if (missing.length === 0 && outcome.failure === undefined && !outcome.timedOut) profiles.give(profile);
    return { outcome, missing };
  };
  const worker = async (): Promise<void> => {
    while (next < runs.length && !options.signal.aborted) {
      const first = await runOnce(runs[next++]!);
      if (first.missing.length === 0 || options.signal.aborted) continue;
      const second = await runOnce(first.missing);
      if (options.signal.aborted) return;
      for (const i of second.missing) events.onFailed?.(i, second.outcome);
    }
  };
  const workers = await Promise.allSettled(Array.from({ length: Math.min(runs.length, options.processes) }, worker));
  const broken = workers.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (broken) throw broken.reason;
}
