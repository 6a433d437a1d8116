import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { ExitCode, exitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import { NO_PROGRESS, type Progress } from '../core/progress.js';
import type { Lang } from '../i18n/messages/types.js';
import { loadComposer } from '../send/compose.js';
import { redactor, resolveMailSettings } from '../send/config.js';
import { deliver, EML_DIR, FatalSendError, type Delivery } from '../send/deliver.js';
import { pdfOf, planMessages, SEND_KINDS, type Job, type SendKind, type Skip } from '../send/jobs.js';
import { acceptedKeys, lock, LOG_NAME, readLog, SendLog } from '../send/log.js';
import { writeErrorDiagnostic } from '../write/errors.js';
import { makeDir } from '../write/temps.js';
import type { BuildResult } from './build.js';
import { openPlan, usageProblem, type NoPlan, type PlanRequest } from './plan.js';
import { recordMore, removeRecordedUnder, type Note } from './record-outputs.js';
import { KIND_OF, pdfsLeftOut, staleKinds, type LeftOut } from './send-documents.js';

export type { LeftOut, LeftOutReason } from './send-documents.js';

export interface SendRequest extends Pick<PlanRequest, 'file' | 'out' | 'templates'> {
  /** `--only`: comma-separated document families (invitations, plan). */
  only?: string;
  /** Write each message as an .eml file under the output folder instead of sending it. */
  dryRun?: boolean;
  /** Build fresh PDFs (through LibreOffice) of the documents to send that lack one, and attach them. */
  pdf?: boolean;
  /** E-mail a reminder, with the letter again, to each invitee who has not replied (plan rsvp). */
  remind?: boolean;
  /** The language of the words the engine puts into a message's params (why a PDF failed). */
  lang: Lang;
  /** Stops the run between messages (Ctrl+C): the message in flight is finished and logged first. */
  signal?: AbortSignal;
  /** A progress display for the messages; none by default. */
  progress?: () => Progress;
  /** Told as the run goes, before the long steps (the build, the sending), so a caller can show it at once. */
  notify?: (notice: SendNotice) => void;
}

/** A plan's findings in one file, with its text for source excerpts. */
export interface FileFindings {
  file: string;
  source?: string;
  diagnostics: Diagnostic[];
}

/**
 * What a run says before its long steps: the plan's and the list's warnings (after the lock is held); that documents
 * are built again, and how that went; which messages go without a PDF.
 */
export type SendNotice =
  | { step: 'findings'; files: FileFindings[] }
  | { step: 'building'; pdf: boolean }
  | { step: 'built'; build: BuildResult }
  | { step: 'pdfs-left-out'; outDir: string; leftOut: LeftOut[] };

/** Where a run stopped before sending: a usage problem, the plan, its messages, the replies, the wording, the folder, the lock, the build. */
export type SendStop = 'usage' | 'plan' | 'messages' | 'replies' | 'compose' | 'write' | 'locked' | 'build';

export interface SendResult {
  /** Absent when the messages were attempted (see `delivery` for how that went). */
  stopped?: SendStop;
  /** Why there was no plan to work on (stopped at 'plan'). */
  noPlan?: NoPlan;
  /** What stopped the run before sending (apart from `noPlan` and the build's own result). */
  failure: Diagnostic[];
  dryRun: boolean;
  outDir?: string;
  /** The send log (absent before the output folder is known). */
  logPath?: string;
  /** Every notice the run gave, in order (also passed to `notify`). */
  notices: SendNotice[];
  /** The documents built again before sending, if any. */
  build?: BuildResult;
  leftOut: LeftOut[];
  /** Each message's outcome, and those not attempted (stopped by Ctrl+C, the server, a fatal error). */
  delivery?: Delivery;
  /** Messages the log shows as accepted in an earlier run. */
  already: Job[];
  /** Recipients without a usable address. */
  skipped: Skip[];
  /** A dry run's .eml files, relative to the output folder. */
  written: string[];
  /** Manifest paths of the .eml files of an earlier dry run, removed. */
  removed: string[];
  /** What to tell about the output folder (the manifest not written). */
  notes: Note[];
  /** Hides the SMTP password in anything shown. */
  redact: (text: string) => string;
  /** Milliseconds per step. */
  timings: { build?: number; send?: number };
  code: number;
}

/**
 * `plan send`: e-mails each invitee's letter and the plan to each electronic recipient, once: every accepted message is
 * in the send log (src/send/log.ts) before the next one starts, and a later run sends only what the log does not show
 * as accepted. Documents missing or older than their sources are built first. One run per output folder at a time
 * (a lock file). The signal stops the run between messages. Never throws for bad input; prints nothing.
 */
export async function send(request: SendRequest, io: Pick<Io, 'cwd' | 'env' | 'pid' | 'isAlive'>): Promise<SendResult> {
  const dryRun = request.dryRun ?? false;
  const result: SendResult = {
    failure: [], dryRun, notices: [], leftOut: [], already: [], skipped: [], written: [], removed: [], notes: [], redact: (s) => s, timings: {}, code: 0,
  };
  const notify = (notice: SendNotice) => {
    result.notices.push(notice);
    request.notify?.(notice);
  };
  const stop = (stopped: SendStop, failure: Diagnostic[] = [], code = exitCode(failure, true)): SendResult => {
    result.stopped = stopped;
    result.failure = failure;
    result.code = code;
    return result;
  };

  const only = request.only ? request.only.split(',').map((s) => s.trim()).filter(Boolean) : [...SEND_KINDS];
  const unknown = only.filter((k) => !(SEND_KINDS as string[]).includes(k));
  if (unknown.length > 0) return stop('usage', [usageProblem('send/only', { value: unknown.join(', '), allowed: SEND_KINDS.join(', ') })]);
  // Reminders concern the letters only.
  const kinds: SendKind[] = request.remind ? ['invitations'] : (only as SendKind[]);

  const plan = await openPlan(request, io);
  if (!plan.ok) {
    result.noPlan = plan;
    return stop('plan', [], exitCode(plan.usage ?? plan.check.diagnostics, true));
  }
  const { planFile, check, templatesDir, outDir } = plan;
  result.outDir = outDir;
  const model = check.model;

  const config = await resolveMailSettings(model, io.env, !dryRun);
  if (!config.ok) {
    return stop('usage', config.problems);
  }
  const settings = config.settings;
  result.redact = redactor(settings.smtp?.password);

  const planned = await planMessages(model, planFile, check.locate, templatesDir, kinds);
  if (!planned.ok) return stop('messages', planned.diagnostics);
  let messages = planned.plan;
  if (request.remind) {
    const { loadBook } = await import('../rsvp/load.js');
    const { reminderPlan } = await import('../send/remind.js');
    const book = await loadBook(model, planFile);
    if (!book.ok) return stop('replies', book.diagnostics);
    const waiting = new Set(book.book.entries.flatMap((e, i) => (e.row.status === 'no-reply' ? [i] : [])));
    messages = reminderPlan(messages, waiting);
  }
  const { jobs, skipped } = messages;
  result.skipped = skipped;
  // The summary lists each recipient without a usable address; the rule saying the same is not repeated above it.
  const warnings: Diagnostic[] = [...check.diagnostics.filter((d) => d.ruleId !== 'email/address'), ...messages.diagnostics];
  const composer = await loadComposer(model, templatesDir, [...new Set(jobs.map((j) => j.kind))]);
  if (!composer.ok) return stop('compose', composer.diagnostics);

  try {
    await makeDir(outDir);
  } catch (error) {
    return stop('write', [writeErrorDiagnostic(error, io.cwd, outDir)]);
  }
  const logPath = join(outDir, LOG_NAME);
  result.logPath = logPath;
  let release: (() => Promise<void>) | undefined;
  if (!dryRun) {
    const held = await lock(`${logPath}.lock`, io);
    if (!held.ok) return stop('locked', [usageProblem('send/locked', { pid: held.pid })]);
    release = held.release;
  }

  try {
    const read = await readLog(logPath);
    if (read.unreadable > 0) warnings.push({ file: logPath, severity: 'warning', ruleId: 'send/log', messageId: 'send/log-unreadable', params: { count: read.unreadable } });
    if (warnings.length > 0) notify({ step: 'findings', files: byFile(warnings, planFile, check.source) });
    const accepted = acceptedKeys(read.entries);
    result.already = jobs.filter((j) => accepted.has(j.key));
    const pending = jobs.filter((j) => !accepted.has(j.key));

    // Documents first: what is missing or older than the plan, its data or its templates is built again; with --pdf,
    // so is every family a message of which has no PDF fit to send, and its PDFs are made.
    const dataFile = model.invitations?.data ? resolve(dirname(planFile), model.invitations.data) : undefined;
    const stale = await staleKinds(pending, outDir, planFile, dataFile, templatesDir);
    const withoutPdf = request.pdf ? pending.filter((j) => pdfOf(outDir, j.document).state !== 'fresh').map((j) => KIND_OF[j.kind]) : [];
    const rebuilt = SEND_KINDS.filter((k) => stale.includes(k) || withoutPdf.includes(k));
    if (rebuilt.length > 0) {
      notify({ step: 'building', pdf: request.pdf ?? false });
      const started = performance.now();
      const { build } = await import('./build.js');
      result.build = await build({
        file: planFile,
        out: outDir,
        only: rebuilt.join(','),
        lang: request.lang,
        ...(request.pdf ? { pdf: true } : {}),
        ...(request.templates ? { templates: templatesDir } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      }, io);
      result.timings.build = performance.now() - started;
      notify({ step: 'built', build: result.build });
      // Stopped by the signal: nothing is sent, and the summary says so.
      if (result.build.code !== ExitCode.ok && result.build.stopped !== 'interrupted') return stop('build', [], result.build.code);
    }
    result.leftOut = pdfsLeftOut(pending, outDir, rebuilt);
    if (result.leftOut.length > 0) notify({ step: 'pdfs-left-out', outDir, leftOut: result.leftOut });

    // A dry run replaces the .eml files of the last one: those the manifest lists, never a file of the clerk's.
    result.removed = dryRun ? await removeRecordedUnder(outDir, EML_DIR) : [];
    const started = performance.now();
    const bar = request.progress?.() ?? NO_PROGRESS;
    const log = dryRun ? undefined : await SendLog.open(logPath);
    let delivery: Delivery;
    try {
      delivery = await deliver(pending, {
        settings,
        compose: composer.compose,
        outDir,
        planName: basename(planFile, extname(planFile)),
        ...(log ? { log } : {}),
        dryRun,
        redact: result.redact,
        progress: (done, total) => bar.tick(done, total),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } finally {
      bar.end();
      await log?.close();
    }
    result.timings.send = performance.now() - started;
    result.delivery = delivery;

    if (dryRun) {
      result.written = delivery.outcomes.flatMap((o) => (o.file ? [o.file] : []));
      result.notes = await recordMore(outDir, result.written.map((f) => join(outDir, f)), io, result.removed);
    }
    result.code = deliveryCode(delivery);
    return result;
  } finally {
    await release?.();
  }
}

/** Stopped by Ctrl+C 130; by a fatal error (credentials, certificate) 2; a message failed or not attempted 1. */
function deliveryCode(delivery: Delivery): number {
  if (delivery.stoppedBy === 'interrupt') return ExitCode.interrupted;
  if (delivery.stoppedBy instanceof FatalSendError) return ExitCode.usage;
  const failed = delivery.outcomes.some((o) => o.result !== 'accepted' && o.result !== 'written');
  return failed || delivery.notAttempted.length > 0 ? ExitCode.inputErrors : ExitCode.ok;
}

/** The warnings by file, in the order met; the plan's with its text. */
function byFile(diagnostics: readonly Diagnostic[], planFile: string, source: string | undefined): FileFindings[] {
  const files = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) files.set(d.file ?? planFile, [...(files.get(d.file ?? planFile) ?? []), d]);
  return [...files].map(([file, found]) => (file === planFile && source !== undefined ? { file, source, diagnostics: found } : { file, diagnostics: found }));
}
