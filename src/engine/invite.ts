import { relativeSlashPath } from '../report/paths.js';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { ExitCode, exitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import type { WrittenFile } from '../core/output.js';
import { NO_PROGRESS, type Progress } from '../core/progress.js';
import { MERGED_NAME, prepareBatch, type Letter } from '../merge/invitations.js';
import { assertNotOpenInWord, AtomicBatch } from '../write/atomic.js';
import { writeErrorDiagnostic } from '../write/errors.js';
import { pathInside } from '../write/inside.js';
import { inParallel } from '../write/in-parallel.js';
import { openPlan, type NoPlan, type PlanRequest } from './plan.js';
import { recordOutputs, type Note } from './record-outputs.js';

export interface InviteRequest extends PlanRequest {
  /** Only the separate letters, or only the merged file; both by default. */
  separate?: boolean;
  merged?: boolean;
  /** A progress display for writing `total` letters; none by default. */
  progress?: (total: number) => Progress;
  /** Stops the run between letters (Ctrl+C): nothing of this run is put in place unless all of it is. */
  signal?: AbortSignal;
}

export interface InviteResult {
  /** Absent when the letters were written. */
  stopped?: 'plan' | 'prepare' | 'write' | 'interrupted';
  /** Why there was no plan to work on (stopped at 'plan'). */
  noPlan?: NoPlan;
  /** The plan file and its text, for source excerpts of `planFindings`. */
  plan?: { file: string; source?: string };
  /** The plan's findings and the letter's problems of the plan itself. */
  planFindings: Diagnostic[];
  /** Findings in other files (the invitee data file). */
  otherFindings: Diagnostic[];
  /** The write problem that stopped the run. */
  failure: Diagnostic[];
  outDir?: string;
  /** How many letters, and which files were asked for. */
  letters: number;
  separate: boolean;
  merged: boolean;
  written: WrittenFile[];
  removed: string[];
  notes: Note[];
  timings: { prepare?: number; write?: number };
  code: number;
}

/** Thrown between letters when the signal has stopped the run. */
class Interrupted extends Error {}

/** Letters in flight at once: as many as the batch flushes at once, so filling and writing go on while they flush. */
const CONCURRENCY = 64;

/**
 * `plan invite`: one letter per invitee and the merged file, written all or nothing in one atomic batch; letters an
 * earlier run wrote for invitees no longer on the list are removed. Prints nothing.
 */
export async function invite(request: InviteRequest, io: Pick<Io, 'cwd'>): Promise<InviteResult> {
  const separate = request.separate || !request.merged;
  const merged = request.merged || !request.separate;
  const result: InviteResult = {
    planFindings: [], otherFindings: [], failure: [], letters: 0, separate, merged, written: [], removed: [], notes: [], timings: {}, code: 0,
  };
  const plan = await openPlan(request, io);
  if (!plan.ok) {
    result.noPlan = plan;
    result.stopped = 'plan';
    result.code = exitCode(plan.usage ?? plan.check.diagnostics, true);
    return result;
  }
  const { planFile, check, templatesDir, outDir } = plan;
  result.plan = { file: check.file, ...(check.source !== undefined ? { source: check.source } : {}) };
  result.outDir = outDir;
  let started = performance.now();
  const prepared = await prepareBatch(check.model, planFile, templatesDir, {
    ...(request.data !== undefined ? { data: resolve(io.cwd, request.data) } : {}),
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
  });
  result.planFindings = [...check.diagnostics, ...prepared.diagnostics.filter((d) => d.file === planFile)];
  result.otherFindings = prepared.diagnostics.filter((d) => d.file !== planFile);
  result.timings.prepare = performance.now() - started;
  if (!prepared.ok) {
    result.stopped = 'prepare';
    result.code = exitCode(prepared.diagnostics, true);
    return result;
  }

  started = performance.now();
  const { template, letters } = prepared.batch;
  result.letters = letters.length;
  const total = (separate ? letters.length : 0) + (merged ? letters.length : 0);
  const bar = request.progress?.(total) ?? NO_PROGRESS;
  const shown = (path: string) => relativeSlashPath(path, io.cwd);
  const inside = (name: string): string => pathInside(outDir, name);

  const written: WrittenFile[] = [];
  let done = 0;
  const stopIfAborted = () => {
    if (request.signal?.aborted) throw new Interrupted();
  };
  try {
    // A letter or the merged file open in Word stops the run before anything is written.
    await assertNotOpenInWord([...(separate ? letters.map((l) => inside(l.name)) : []), ...(merged ? [inside(MERGED_NAME)] : [])]);
    // One batch, all or nothing as in `plan build`: every letter and the merged file go to temporary files first, and
    // all are flushed together before any is renamed into place (one flush per file and one per folder, not two per
    // file one after another).
    const batch = new AtomicBatch();
    try {
      if (separate) {
        written.push(...(await inParallel(letters.map((letter: Letter) => async (): Promise<WrittenFile> => {
          stopIfAborted();
          const path = inside(letter.name);
          await batch.write(path, template.fill(letter.values));
          bar.tick(++done, total);
          return { kind: 'invitation', path: shown(path), invitee: letter.recipient };
        }), CONCURRENCY)));
      }
      if (merged) {
        stopIfAborted();
        const start = done;
        const bytes = await template.merged(letters.map((l) => l.values), letters.length, (n) => bar.tick(start + n, total));
        const path = inside(MERGED_NAME);
        await batch.write(path, bytes);
        written.push({ kind: 'invitations', path: shown(path) });
      }
      stopIfAborted();
    } catch (error) {
      await batch.abort();
      throw error;
    }
    await batch.commit();
  } catch (error) {
    bar.end();
    if (error instanceof Interrupted) {
      result.stopped = 'interrupted';
      result.code = ExitCode.interrupted;
      return result;
    }
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    result.stopped = 'write';
    result.failure = [writeErrorDiagnostic(error, io.cwd, outDir)];
    result.code = exitCode(result.failure, true);
    return result;
  }
  bar.end();
  result.written = written;

  const tidied = await recordOutputs(outDir, written.map((w) => resolve(io.cwd, w.path)), separate, io);
  result.removed = tidied.removed;
  result.notes = tidied.notes;
  result.timings.write = performance.now() - started;
  return result;
}
