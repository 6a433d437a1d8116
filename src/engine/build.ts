import { relativeSlashPath } from '../report/paths.js';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { ExitCode, exitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import type { Output, WrittenFile } from '../core/output.js';
import type { Progress } from '../core/progress.js';
import type { Lang } from '../i18n/messages/types.js';
import { AtomicBatch } from '../write/atomic.js';
import { writeErrorDiagnostic } from '../write/errors.js';
import { pathInside } from '../write/inside.js';
import { findSoffice } from '../write/pdf.js';
import { openPlan, usageProblem } from './plan.js';
import { DEFAULT_PRODUCER_NAMES, PRODUCERS, PRODUCER_NAMES, sharedInvitees, type ProducerName } from './producers.js';
import { recordMore, recordOutputs, type Note } from './record-outputs.js';

export interface BuildRequest {
  /** The plan file as the clerk named it; default: the only plan in plans/. */
  file?: string;
  out?: string;
  /** `--only`: comma-separated producer names. */
  only?: string;
  templates?: string;
  /** Also write a PDF of every document through LibreOffice. */
  pdf?: boolean;
  /** The language of the words the engine puts into a message's params (why a PDF failed). */
  lang: Lang;
  /** A progress display for a long step; none by default. */
  progress?: (step: 'pdf') => Progress;
  /** Stops the build between documents (Ctrl+C): nothing of this run is put in place unless all of it is. */
  signal?: AbortSignal;
}

/**
 * Where a build stopped: before the plan (usage), at the plan's errors, at a document, at writing, at the PDFs; or
 * where the signal stopped it (`interrupted`).
 */
export type BuildStop = 'usage' | 'plan' | 'produce' | 'write' | 'pdf' | 'interrupted';

export interface BuildResult {
  /** Absent when the build went through. */
  stopped?: BuildStop;
  /** The plan file and its text, for source excerpts of `findings`. */
  plan?: { file: string; source?: string };
  /** The plan's findings and every document's, in order. */
  findings: Diagnostic[];
  /** What stopped the build apart from the findings: a usage, write or PDF problem. */
  failure: Diagnostic[];
  outDir?: string;
  /** The manifest: every file written, PDFs last. */
  written: WrittenFile[];
  /** The letters of an earlier run removed, as the manifest shows paths. */
  removed: string[];
  /** What to tell about the output folder (letters removed or kept, manifest problems). */
  notes: Note[];
  /** Milliseconds per step. */
  timings: { render?: number; write?: number; pdf?: number };
  code: number;
}

/**
 * `plan build`: check the plan, render every document in memory (a problem in any means nothing is written), write
 * them in one atomic batch, record them in the manifest (removing letters an earlier run wrote for invitees no longer
 * on the list), then the PDFs. Never throws for bad input or a file-system problem; prints nothing.
 */
export async function build(request: BuildRequest, io: Pick<Io, 'cwd' | 'env'>): Promise<BuildResult> {
  const result: BuildResult = { findings: [], failure: [], written: [], removed: [], notes: [], timings: {}, code: 0 };
  const stop = (stopped: BuildStop, failure: Diagnostic[] = []): BuildResult => {
    result.stopped = stopped;
    result.failure = failure;
    result.code = stopped === 'interrupted' ? ExitCode.interrupted : exitCode([...result.findings, ...failure], true);
    return result;
  };
  const aborted = () => request.signal?.aborted === true;
  // Without LibreOffice, --pdf stops before anything is written.
  const soffice = request.pdf ? findSoffice(io.env) : undefined;
  if (request.pdf && soffice === undefined) {
    return stop('usage', [usageProblem(io.env.PLAN_SOFFICE ? 'pdf/bad-env' : 'pdf/no-soffice', { path: io.env.PLAN_SOFFICE ?? '' })]);
  }
  const only = request.only ? request.only.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_PRODUCER_NAMES;
  const unknown = only.filter((name) => !(PRODUCER_NAMES as string[]).includes(name));
  if (unknown.length > 0) return stop('usage', [usageProblem('usage/only', { value: unknown.join(', '), allowed: PRODUCER_NAMES.join(', ') })]);

  const plan = await openPlan(request, io);
  if (!plan.ok) {
    if (plan.usage) return stop('usage', plan.usage);
    result.plan = { file: plan.check.file, ...(plan.check.source !== undefined ? { source: plan.check.source } : {}) };
    result.findings = plan.check.diagnostics;
    return stop('plan');
  }
  const { check, outDir } = plan;
  result.plan = { file: check.file, ...(check.source !== undefined ? { source: check.source } : {}) };
  result.outDir = outDir;
  result.findings = [...check.diagnostics];
  const context = {
    model: check.model,
    planFile: plan.planFile,
    templatesDir: plan.templatesDir,
    outDir,
    progress: () => {},
    invitees: sharedInvitees(check.model, plan.planFile),
  };

  let started = performance.now();
  const outputs: Output[] = [];
  for (const name of only as ProducerName[]) {
    if (aborted()) return stop('interrupted');
    const produced = await PRODUCERS[name](context);
    result.findings.push(...produced.diagnostics);
    if (!produced.ok) return stop('produce');
    outputs.push(...produced.outputs);
  }
  result.timings.render = performance.now() - started;

  // All documents in one atomic batch: each goes to a temporary file, all are flushed together, then renamed into place.
  started = performance.now();
  const paths = outputs.map((output) => pathInside(outDir, output.name));
  const batch = new AtomicBatch();
  const staged = await Promise.allSettled(outputs.map((output, i) => batch.write(paths[i]!, output.bytes)));
  const stageFailure = staged.findIndex((s) => s.status === 'rejected');
  if (stageFailure >= 0) {
    await batch.abort();
    return stop('write', [writeErrorDiagnostic((staged[stageFailure] as PromiseRejectedResult).reason, io.cwd, paths[stageFailure]!)]);
  }
  if (aborted()) {
    await batch.abort();
    return stop('interrupted');
  }
  try {
    await batch.commit();
  } catch (error) {
    return stop('write', [writeErrorDiagnostic(error, io.cwd, outDir)]);
  }
  outputs.forEach((output, i) => {
    result.written.push({ kind: output.kind, path: relativeSlashPath(paths[i]!, io.cwd), ...(output.invitee ? { invitee: output.invitee } : {}) });
  });
  // The documents are in place: they go in the manifest, and the letters an earlier run wrote for invitees no longer
  // on the list go.
  const tidied = await recordOutputs(outDir, paths, outputs.some((o) => o.kind === 'invitation'), io);
  result.removed = tidied.removed;
  result.notes = tidied.notes;
  result.timings.write = performance.now() - started;

  if (soffice !== undefined) {
    if (aborted()) return stop('interrupted');
    started = performance.now();
    const { writePdfs } = await import('./pdfs.js');
    const merged = outputs.findIndex((output) => output.letters !== undefined);
    const letters = merged >= 0 ? { merged: result.written[merged]!.path, ...outputs[merged]!.letters! } : undefined;
    const pdfs = await writePdfs(result.written, soffice, outDir, {
      lang: request.lang,
      ...(request.progress ? { progress: request.progress('pdf') } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(letters ? { letters } : {}),
    }, io);
    if (!pdfs.ok) return aborted() ? stop('interrupted') : stop('pdf', pdfs.diagnostics);
    result.written.push(...pdfs.files);
    result.notes.push(...(await recordMore(outDir, pdfs.files.map((f) => resolve(io.cwd, f.path)), io)));
    result.timings.pdf = performance.now() - started;
  }
  return result;
}
