import { join } from 'node:path';
import { t } from '../../i18n/index.js';
import { EML_DIR, FatalSendError, type Outcome } from '../../send/deliver.js';
import type { Job, Where } from '../../send/jobs.js';
import { progressBar } from '../../send/progress.js';
import { send, type LeftOut, type SendNotice, type SendResult } from '../../engine/send.js';
import { relativeSlashPath } from '../../report/paths.js';
import { ExitCode, type Io } from '../io.js';
import { noteLines } from '../notes.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail, reportNoPlan } from '../single-plan.js';
import { interruptSignal } from '../interrupt.js';
import { printBuild } from './build.js';

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
  /** Stops the run between messages; by default Ctrl+C (SIGINT) does. */
  signal?: AbortSignal;
}

export async function runSend(file: string | undefined, options: SendOptions, io: Io): Promise<number> {
  const { signal, release } = interruptSignal(options.signal);
  try {
    const result = await send({
      ...(file !== undefined ? { file } : {}),
      ...(options.out !== undefined ? { out: options.out } : {}),
      ...(options.only !== undefined ? { only: options.only } : {}),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      ...(options.dryRun ? { dryRun: true } : {}),
      ...(options.pdf ? { pdf: true } : {}),
      ...(options.remind ? { remind: true } : {}),
      lang: options.lang,
      signal,
      progress: () => progressBar(io, !options.json, t('send/progress', undefined, options.lang)),
      notify: sendNotices(options, io),
    }, io);
    printSend(result, options, io);
    return result.code;
  } finally {
    release();
  }
}

/**
 * What `plan send` says before its long steps, as they come: the warnings, that documents are built again (and what
 * stopped that build), which messages go without a PDF.
 */
export function sendNotices(options: SendOptions, io: Io): (notice: SendNotice) => void {
  const lang = options.lang;
  return (notice) => {
    switch (notice.step) {
      case 'findings':
        emitReport(notice.files, options, io, 'stderr');
        return;
      case 'building':
        if (!options.json) io.stderr.write(`${t(notice.pdf ? 'send/building-pdf' : 'send/building', undefined, lang)}\n`);
        return;
      case 'built': {
        // Its findings are those shown above: the build reports only what stops it; its manifest is not ours to print.
        const quiet: Io = { ...io, stdout: { write: () => true } };
        printBuild(notice.build, { lang, format: options.format, json: true, findingsShown: true }, quiet);
        return;
      }
      case 'pdfs-left-out':
        if (!options.json) {
          const outDir = notice.outDir;
          for (const line of leftOutLines(notice.leftOut, (d) => relativeSlashPath(join(outDir, d), io.cwd), lang)) io.stderr.write(line);
        }
    }
  };
}

/** What `plan send` says at the end: what stopped it, or the .eml files' notes and the summary. */
export function printSend(result: SendResult, options: SendOptions, io: Io): void {
  if (result.noPlan) {
    reportNoPlan(result.noPlan, options, io);
    return;
  }
  if (result.stopped === 'build') return; // printed as it happened
  if (result.stopped) {
    fail(result.failure, result.code, options, io);
    return;
  }
  if (result.dryRun) for (const line of noteLines(result.notes, options.lang)) io.stderr.write(line);
  const shown = (path: string) => relativeSlashPath(path, io.cwd);
  summarise(result, { options, io, shown, whereText: (w: Where) => `${shown(w.file)}${w.line ? `:${w.line}` : ''}` });
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
  shown: (path: string) => string;
  whereText: (w: Where) => string;
}

/** The end of a run: what was sent, skipped (and why, and where), failed (and why). */
function summarise(result: SendResult, c: SummaryContext): void {
  const { options, io } = c;
  const { delivery, already, skipped, leftOut, redact } = result;
  const outDir = result.outDir!;
  const logPath = result.logPath!;
  if (!delivery) return;
  const lang = options.lang;
  const sent = delivery.outcomes.filter((o) => o.result === 'accepted' || o.result === 'written');
  const failed = delivery.outcomes.filter((o) => o.result !== 'accepted' && o.result !== 'written');
  const fatal = delivery.stoppedBy instanceof FatalSendError ? delivery.stoppedBy : undefined;
  const clean = result.code === ExitCode.ok;
  if (options.json) {
    const job = (j: Job) => ({ kind: j.kind, document: j.document, recipient: j.recipient, to: j.address });
    const outcome = (o: Outcome) => ({
      ...job(o.job),
      messageId: o.messageId,
      result: o.result,
      attempts: o.attempts,
      ...(o.code ? { code: o.code } : {}),
      ...(o.response ? { response: o.response } : {}),
      ...(o.file ? { file: c.shown(join(outDir, o.file)) } : {}),
      ...(o.attachments ? { attachments: o.attachments } : {}),
    });
    const report = {
      dryRun: result.dryRun,
      log: c.shown(logPath),
      sent: sent.map(outcome),
      alreadySent: already.map(job),
      pdfLeftOut: leftOut.map((l) => ({ document: c.shown(join(outDir, l.document)), reason: l.reason, messages: l.messages })),
      skipped: skipped.map((s) => ({ kind: s.kind, recipient: s.recipient, reason: s.reason, ...(s.address ? { address: s.address } : {}), where: c.whereText(s.where) })),
      failed: failed.map(outcome),
      notAttempted: delivery.notAttempted.map(job),
      ...(fatal ? { error: { messageId: fatal.messageId, message: t(fatal.messageId, { detail: fatal.detail }, lang) } } : delivery.stoppedBy ? { stoppedBy: delivery.stoppedBy } : {}),
    };
    io.stdout.write(`${redact(JSON.stringify(report, null, 2))}\n`);
    return;
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
    result.dryRun
      ? `${clean ? '✔' : '✖'} ${t('send/summary-dry', { written: sent.length, dir: `${c.shown(join(outDir, EML_DIR))}/`, already: already.length, skipped: skipped.length }, lang)}`
      : `${clean ? '✔' : '✖'} ${t('send/summary', counts, lang)}`,
  );
  if (!result.dryRun) lines.push(`  ${t('send/log', { file: c.shown(logPath) }, lang)}`);
  io.stderr.write(`${redact(lines.join('\n'))}\n`);
}
