import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { t } from '../../i18n/index.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { loadComposer, type MessageKind } from '../../send/compose.js';
import { redactor, resolveMailSettings } from '../../send/config.js';
import { deliver, EML_DIR, FatalSendError, type Delivery, type Outcome } from '../../send/deliver.js';
import { pdfOf, planMessages, SEND_KINDS, type Job, type SendKind, type Skip, type Where } from '../../send/jobs.js';
import { acceptedKeys, lock, LOG_NAME, readLog, SendLog } from '../../send/log.js';
import { progressBar } from '../../send/progress.js';
import { exitCode } from '../../core/exit-code.js';
import { ExitCode, type Io } from '../io.js';
import { recordMore, removeRecordedUnder } from '../../engine/record-outputs.js';
import { noteLines } from '../notes.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail as report, loadSinglePlan, usage } from '../single-plan.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { makeDir } from '../../write/temps.js';

export interface SendOptions extends OutputOptions {
  out?: string;
  only?: string;
  dryRun?: boolean;
  json?: boolean;
  templates?: string;
  /** Build fresh PDFs (through LibreOffice) of the documents to send that lack one, and attach them. */
  pdf?: boolean;
  /** E-mail a reminder, with the letter again, to each invitee who has not replied (plan rsvp). */
  remind?: boolean;
}

/** The templates each document is made from, under the templates folder. */
const SOURCES_OF: Record<SendKind, string> = { invitations: 'giay-moi', plan: 'ke-hoach' };
const KIND_OF: Record<MessageKind, SendKind> = { invitation: 'invitations', plan: 'plan', reminder: 'invitations' };

async function mtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest change among a document family's sources: the plan, its data file, its templates. */
async function newestSource(kind: SendKind, planFile: string, dataFile: string | undefined, templatesDir: string): Promise<number> {
  const files = [planFile, ...(kind === 'invitations' && dataFile ? [dataFile] : [])];
  const dir = join(templatesDir, SOURCES_OF[kind]);
  try {
    for (const name of await readdir(dir)) files.push(join(dir, name));
  } catch {
    // A missing templates folder is reported by the build.
  }
  const times = await Promise.all(files.map(mtime));
  return Math.max(0, ...times.map((t) => t ?? 0));
}

/** The document families whose files (of the messages still to send) are missing or older than their sources. */
async function staleKinds(jobs: readonly Job[], outDir: string, planFile: string, dataFile: string | undefined, templatesDir: string): Promise<SendKind[]> {
  const stale = new Set<SendKind>();
  const newest = new Map<SendKind, number>();
  for (const job of jobs) {
    const kind = KIND_OF[job.kind];
    if (stale.has(kind)) continue;
    if (!newest.has(kind)) newest.set(kind, await newestSource(kind, planFile, dataFile, templatesDir));
    const time = await mtime(join(outDir, job.document));
    if (time === undefined || time < newest.get(kind)!) stale.add(kind);
  }
  return SEND_KINDS.filter((k) => stale.has(k));
}

export async function runSend(file: string | undefined, options: SendOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const fail = (diagnostics: Diagnostic[], code: number) => report(diagnostics, code, options, io);

  const only = options.only ? options.only.split(',').map((s) => s.trim()).filter(Boolean) : [...SEND_KINDS];
  const unknown = only.filter((k) => !(SEND_KINDS as string[]).includes(k));
  if (unknown.length > 0) return fail([usage('send/only', { value: unknown.join(', '), allowed: SEND_KINDS.join(', ') })], ExitCode.usage);
  // Reminders concern the letters only.
  const kinds: SendKind[] = options.remind ? ['invitations'] : (only as SendKind[]);

  const plan = await loadSinglePlan(file, options, io);
  if (!plan.ok) return plan.code;
  const { planFile, check, templatesDir, outDir } = plan;
  const planName = basename(planFile, extname(planFile));
  const model = check.model;

  const config = await resolveMailSettings(model, io.env, !options.dryRun);
  if (!config.ok) {
    return fail(config.problems.map((p) => ({ file: planFile, severity: 'error', ruleId: 'send/config', messageId: p.messageId, ...(p.params ? { params: p.params } : {}) })), ExitCode.usage);
  }
  const settings = config.settings;
  const redact = redactor(settings.smtp?.password);

  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/');
  const whereText = (w: Where) => `${shown(w.file)}${w.line ? `:${w.line}` : ''}`;

  const planned = await planMessages(model, planFile, check.locate, templatesDir, kinds);
  if (!planned.ok) {
    emitReport([{ file: planned.diagnostics[0]?.file ?? planFile, diagnostics: planned.diagnostics }], options, io, 'stderr');
    return exitCode(planned.diagnostics, true);
  }
  let messages = planned.plan;
  if (options.remind) {
    const { loadBook } = await import('../../rsvp/load.js');
    const { reminderPlan } = await import('../../send/remind.js');
    const book = await loadBook(model, planFile);
    if (!book.ok) return fail(book.diagnostics, exitCode(book.diagnostics, true));
    const waiting = new Set(book.book.entries.flatMap((e, i) => (e.row.status === 'no-reply' ? [i] : [])));
    messages = reminderPlan(messages, waiting);
  }
  const { jobs, skipped } = messages;
  // The summary lists each recipient without a usable address; the rule saying the same is not repeated above it.
  const warnings: Diagnostic[] = [...check.diagnostics.filter((d) => d.ruleId !== 'email/address'), ...messages.diagnostics];
  const kindsUsed = [...new Set(jobs.map((j) => j.kind))];
  const composer = await loadComposer(model, templatesDir, kindsUsed);
  if (!composer.ok) return fail(composer.diagnostics, ExitCode.inputErrors);

  try {
    await makeDir(outDir);
  } catch (error) {
    return fail([writeErrorDiagnostic(error, io.cwd, outDir)], ExitCode.usage);
  }
  const logPath = join(outDir, LOG_NAME);
  let release: (() => Promise<void>) | undefined;
  if (!options.dryRun) {
    const held = await lock(`${logPath}.lock`);
    if (!held.ok) return fail([usage('send/locked', { pid: held.pid })], ExitCode.usage);
    release = held.release;
  }
  let stopRequested = false;
  const onInterrupt = () => {
    stopRequested = true;
  };
  process.once('SIGINT', onInterrupt);

  try {
    const read = await readLog(logPath);
    if (read.unreadable > 0) warnings.push({ file: logPath, severity: 'warning', ruleId: 'send/log', messageId: 'send/log-unreadable', params: { count: read.unreadable } });
    if (warnings.length > 0) {
      const byFile = new Map<string, Diagnostic[]>();
      for (const d of warnings) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
      emitReport([...byFile].map(([f, diagnostics]) => (f === planFile ? { ...check, diagnostics } : { file: f, diagnostics })), options, io, 'stderr');
    }
    const accepted = acceptedKeys(read.entries);
    const already = jobs.filter((j) => accepted.has(j.key));
    const pending = jobs.filter((j) => !accepted.has(j.key));

    // Documents first: what is missing or older than the plan, its data or its templates is built again; with --pdf,
    // so is every family a message of which has no PDF fit to send, and its PDFs are made.
    const stale = await staleKinds(pending, outDir, planFile, model.invitations?.data ? resolve(dirname(planFile), model.invitations.data) : undefined, templatesDir);
    const withoutPdf = options.pdf ? pending.filter((j) => pdfOf(outDir, j.document).state !== 'fresh').map((j) => KIND_OF[j.kind]) : [];
    const rebuilt = SEND_KINDS.filter((k) => stale.includes(k) || withoutPdf.includes(k));
    if (rebuilt.length > 0) {
      if (!options.json) io.stderr.write(`${t(options.pdf ? 'send/building-pdf' : 'send/building', undefined, lang)}\n`);
      const { runBuild } = await import('./build.js');
      const quiet: Io = { ...io, stdout: { write: () => true } };
      // Its findings are those shown above: the build reports only what stops it.
      const only = rebuilt.join(',');
      const code = await runBuild(planFile, { lang, format: options.format, out: outDir, only, json: true, findingsShown: true, ...(options.pdf ? { pdf: true } : {}), ...(options.templates ? { templates: templatesDir } : {}) }, quiet);
      if (code !== ExitCode.ok) return code;
    }
    const leftOut = pdfsLeftOut(pending, outDir, rebuilt);
    if (!options.json) for (const line of leftOutLines(leftOut, (d) => shown(join(outDir, d)), lang)) io.stderr.write(line);

    // A dry run replaces the .eml files of the last one: those the manifest lists, never a file of the clerk's.
    const oldDrafts = options.dryRun ? await removeRecordedUnder(outDir, EML_DIR) : [];
    const bar = progressBar(io, !options.json, t('send/progress', undefined, lang));
    const log = options.dryRun ? undefined : await SendLog.open(logPath);
    let delivery: Delivery;
    try {
      delivery = await deliver(pending, {
        settings,
        compose: composer.compose,
        outDir,
        planName,
        ...(log ? { log } : {}),
        dryRun: options.dryRun ?? false,
        redact,
        progress: (done, total) => bar.tick(done, total),
        stopRequested: () => stopRequested,
      });
    } finally {
      bar.end();
      await log?.close();
    }

    if (options.dryRun) {
      const drafts = delivery.outcomes.flatMap((o) => (o.file ? [join(outDir, o.file)] : []));
      for (const line of noteLines(await recordMore(outDir, drafts, io, oldDrafts), options.lang)) io.stderr.write(line);
    }
    const exit = summarise(delivery, already, skipped, leftOut, { options, io, outDir, logPath, shown, whereText, redact });
    return exit;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await release?.();
  }
}

type LeftOutReason = 'missing' | 'stale' | 'rebuilt';

/** A document whose messages go with the DOCX alone, and why its PDF is left out. */
interface LeftOut {
  document: string;
  reason: LeftOutReason;
  messages: number;
}

/**
 * The documents of `jobs` sent without their PDF: none was made (`missing`), it is older than the DOCX (`stale`), or
 * this run has just built the DOCX again because a source changed (`rebuilt`), so the PDF shows the old text.
 */
function pdfsLeftOut(jobs: readonly Job[], outDir: string, rebuilt: readonly SendKind[]): LeftOut[] {
  const byDocument = new Map<string, LeftOut>();
  for (const job of jobs) {
    const known = byDocument.get(job.document);
    if (known) {
      known.messages++;
      continue;
    }
    const { state } = pdfOf(outDir, job.document);
    if (state === 'fresh') continue;
    const reason: LeftOutReason = state === 'missing' ? 'missing' : rebuilt.includes(KIND_OF[job.kind]) ? 'rebuilt' : 'stale';
    byDocument.set(job.document, { document: job.document, reason, messages: 1 });
  }
  return [...byDocument.values()];
}

/** Examples named per reason; the rest are counted. */
const LEFT_OUT_SHOWN = 3;

/** One line per reason: how many messages go without a PDF, which documents, and that --pdf makes fresh ones. */
function leftOutLines(leftOut: readonly LeftOut[], shown: (document: string) => string, lang: SendOptions['lang']): string[] {
  const lines: string[] = [];
  for (const reason of ['rebuilt', 'stale', 'missing'] as const) {
    const these = leftOut.filter((l) => l.reason === reason);
    if (these.length === 0) continue;
    const names = these.slice(0, LEFT_OUT_SHOWN).map((l) => shown(l.document));
    const more = these.length - names.length;
    const files = more > 0 ? `${names.join(', ')} ${t('send/pdf-left-out/more', { count: more }, lang)}` : names.join(', ');
    const messages = these.reduce((n, l) => n + l.messages, 0);
    lines.push(`⚠ ${t(`send/pdf-left-out/${reason}`, { messages, files }, lang)}\n`);
  }
  return lines;
}

interface SummaryContext {
  options: SendOptions;
  io: Io;
  outDir: string;
  logPath: string;
  shown: (path: string) => string;
  whereText: (w: Where) => string;
  redact: (text: string) => string;
}

/** The end of a run: what was sent, skipped (and why, and where), failed (and why); the exit code. */
function summarise(delivery: Delivery, already: Job[], skipped: Skip[], leftOut: LeftOut[], c: SummaryContext): number {
  const { options, io } = c;
  const lang = options.lang;
  const sent = delivery.outcomes.filter((o) => o.result === 'accepted' || o.result === 'written');
  const failed = delivery.outcomes.filter((o) => o.result !== 'accepted' && o.result !== 'written');
  const fatal = delivery.stoppedBy instanceof FatalSendError ? delivery.stoppedBy : undefined;
  const exit = fatal ? ExitCode.usage : failed.length > 0 || delivery.notAttempted.length > 0 ? ExitCode.inputErrors : ExitCode.ok;

  if (options.json) {
    const job = (j: Job) => ({ kind: j.kind, document: j.document, recipient: j.recipient, to: j.address });
    const outcome = (o: Outcome) => ({
      ...job(o.job),
      messageId: o.messageId,
      result: o.result,
      attempts: o.attempts,
      ...(o.code ? { code: o.code } : {}),
      ...(o.response ? { response: o.response } : {}),
      ...(o.file ? { file: c.shown(join(c.outDir, o.file)) } : {}),
      ...(o.attachments ? { attachments: o.attachments } : {}),
    });
    const report = {
      dryRun: options.dryRun ?? false,
      log: c.shown(c.logPath),
      sent: sent.map(outcome),
      alreadySent: already.map(job),
      pdfLeftOut: leftOut.map((l) => ({ document: c.shown(join(c.outDir, l.document)), reason: l.reason, messages: l.messages })),
      skipped: skipped.map((s) => ({ kind: s.kind, recipient: s.recipient, reason: s.reason, ...(s.address ? { address: s.address } : {}), where: c.whereText(s.where) })),
      failed: failed.map(outcome),
      notAttempted: delivery.notAttempted.map(job),
      ...(fatal ? { error: { messageId: fatal.messageId, message: t(fatal.messageId, { detail: fatal.detail }, lang) } } : delivery.stoppedBy ? { stoppedBy: delivery.stoppedBy } : {}),
    };
    io.stdout.write(`${c.redact(JSON.stringify(report, null, 2))}\n`);
    return exit;
  }

  const lines: string[] = [];
  for (const s of skipped) {
    lines.push(`  ⚠ ${t(`send/skipped/${s.reason}`, { who: s.recipient, where: c.whereText(s.where), address: s.address ?? '' }, lang)}`);
  }
  for (const o of failed) {
    lines.push(`  ✖ ${t(`send/failed/${o.result}`, { who: o.job.recipient, to: o.job.address, response: o.response ?? '', attempts: o.attempts }, lang)}`);
  }
  if (fatal) lines.push(`✖ ${t(fatal.messageId, { detail: fatal.detail }, lang)} ${t('send/stopped/fatal', { count: delivery.notAttempted.length }, lang)}`);
  else if (delivery.stoppedBy) lines.push(`✖ ${t(`send/stopped/${delivery.stoppedBy}`, { count: delivery.notAttempted.length }, lang)}`);
  const counts = { sent: sent.length, already: already.length, skipped: skipped.length, failed: failed.length, pending: delivery.notAttempted.length };
  lines.push(
    options.dryRun
      ? `${exit === ExitCode.ok ? '✔' : '✖'} ${t('send/summary-dry', { written: sent.length, dir: `${c.shown(join(c.outDir, EML_DIR))}/`, already: already.length, skipped: skipped.length }, lang)}`
      : `${exit === ExitCode.ok ? '✔' : '✖'} ${t('send/summary', counts, lang)}`,
  );
  if (!options.dryRun) lines.push(`  ${t('send/log', { file: c.shown(c.logPath) }, lang)}`);
  io.stderr.write(`${c.redact(lines.join('\n'))}\n`);
  return exit;
}
