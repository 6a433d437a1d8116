import { join, relative, resolve, sep } from 'node:path';
import type { Output } from '../../engine/documents.js';
import { DEFAULT_PRODUCER_NAMES, PRODUCERS, PRODUCER_NAMES, sharedInvitees, type ProducerName } from '../../engine/producers.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { AtomicBatch } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { findSoffice } from '../../write/pdf.js';
import { buildSummary, fileList } from '../build-summary.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail as report, loadSinglePlan, usage } from '../single-plan.js';
import { recordMore, recordOutputs, type Recorded } from '../record-outputs.js';

export interface BuildOptions extends OutputOptions {
  out?: string;
  only?: string;
  json?: boolean;
  templates?: string;
  /** Also write a PDF of every document through LibreOffice. */
  pdf?: boolean;
  /** List every file written, not only how many of each kind. */
  verbose?: boolean;
  /** The caller (`plan send`) has shown the plan's and the invitee list's findings: only errors are reported here. */
  findingsShown?: boolean;
}

export async function runBuild(file: string | undefined, options: BuildOptions, io: Io): Promise<number> {
  const fail = (diagnostics: Diagnostic[]) => report(diagnostics, ExitCode.usage, options, io);
  // Without LibreOffice, --pdf stops before anything is written.
  const soffice = options.pdf ? findSoffice(io.env) : undefined;
  if (options.pdf && soffice === undefined) return fail([usage(io.env.PLAN_SOFFICE ? 'pdf/bad-env' : 'pdf/no-soffice', { path: io.env.PLAN_SOFFICE ?? '' })]);

  const only = options.only ? options.only.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_PRODUCER_NAMES;
  const unknown = only.filter((name) => !(PRODUCER_NAMES as string[]).includes(name));
  if (unknown.length > 0) return fail([usage('usage/only', { value: unknown.join(', '), allowed: PRODUCER_NAMES.join(', ') })]);

  const plan = await loadSinglePlan(file, options, io);
  if (!plan.ok) return plan.code;
  const { check, outDir } = plan;
  const context = {
    model: check.model,
    planFile: plan.planFile,
    templatesDir: plan.templatesDir,
    outDir,
    progress: () => {},
    invitees: sharedInvitees(check.model, plan.planFile),
  };

  // Render everything first: a problem in any document means nothing is written.
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [...check.diagnostics];
  /** The findings, once, after what was written (so the list of documents never scrolls them away). */
  const showFindings = () => {
    const shown = options.findingsShown ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length > 0) emitReport([{ ...check, diagnostics: shown }], options, io, 'stderr');
  };
  for (const name of only as ProducerName[]) {
    const produced = await PRODUCERS[name](context);
    diagnostics.push(...produced.diagnostics);
    if (!produced.ok) {
      showFindings();
      return produced.ioFailure ? ExitCode.usage : ExitCode.inputErrors;
    }
    outputs.push(...produced.outputs);
  }

  const written: { kind: string; path: string; invitee?: string; source?: string }[] = [];
  // All documents in one atomic batch: each goes to a temporary file, all are flushed together, then renamed into place.
  const paths = outputs.map((output) => {
    const path = join(outDir, output.name);
    if (!path.startsWith(outDir + sep)) throw new Error(`refusing to write outside the output folder: ${output.name}`);
    return path;
  });
  const writeFailed = (path: string, error: unknown) => {
    showFindings();
    return fail([writeErrorDiagnostic(error, io.cwd, path)]);
  };
  const tell = () => {
    if (options.json) return;
    const summary = buildSummary(written, outDir, io.cwd, options.lang);
    io.stderr.write(`${options.verbose ? fileList(written) : ''}${summary}${diagnostics.length > 0 && !options.findingsShown ? '\n' : ''}`);
  };
  const batch = new AtomicBatch();
  const staged = await Promise.allSettled(outputs.map((output, i) => batch.write(paths[i]!, output.bytes)));
  const stageFailure = staged.findIndex((s) => s.status === 'rejected');
  if (stageFailure >= 0) {
    await batch.abort();
    return writeFailed(paths[stageFailure]!, (staged[stageFailure] as PromiseRejectedResult).reason);
  }
  try {
    await batch.commit();
  } catch (error) {
    return writeFailed(outDir, error);
  }
  outputs.forEach((output, i) => {
    written.push({ kind: output.kind, path: relative(io.cwd, paths[i]!).split(sep).join('/'), ...(output.invitee ? { invitee: output.invitee } : {}) });
  });
  // The documents are in place: they go in the manifest, and the letters an earlier run wrote for invitees no longer
  // on the list go.
  const tidied: Recorded = await recordOutputs(outDir, paths, outputs.some((o) => o.kind === 'invitation'), options, io);

  if (soffice !== undefined) {
    const { writePdfs } = await import('./pdf.js');
    const pdfs = await writePdfs(written, soffice, outDir, options, io);
    if (!pdfs.ok) {
      tell();
      for (const line of tidied.lines) io.stderr.write(line);
      showFindings();
      return fail(pdfs.diagnostics);
    }
    written.push(...pdfs.files);
    tidied.lines.push(...(await recordMore(outDir, pdfs.files.map((f) => resolve(io.cwd, f.path)), options, io)));
  }

  if (options.json) io.stdout.write(`${JSON.stringify({ files: written, ...(tidied.removed.length ? { removed: tidied.removed } : {}) }, null, 2)}\n`);
  tell();
  for (const line of tidied.lines) io.stderr.write(line);
  showFindings();
  return ExitCode.ok;
}
