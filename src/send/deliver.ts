import { basename, join } from 'node:path';
import nodemailer from 'nodemailer';
import { writeFileAtomic } from '../write/atomic.js';
import type { Composer } from './compose.js';
import { messageId } from './compose.js';
import { transportOptions, type MailSettings } from './config.js';
import { attachmentsOf, type Job } from './jobs.js';
import type { LogEntry, Result, SendLog } from './log.js';

/** Where a dry run writes its messages, under the output folder. */
export const EML_DIR = 'thu-dien-tu';

export interface Outcome {
  job: Job;
  messageId: string;
  /** `written`: a dry run's .eml file. */
  result: Result | 'written';
  attempts: number;
  response?: string;
  code?: number;
  /** The .eml file (dry run), relative to the output folder. */
  file?: string;
  /** The names of the files attached. */
  attachments?: string[];
}

/** A problem that makes every further message pointless: bad credentials, a certificate that does not verify. */
export class FatalSendError extends Error {
  constructor(
    readonly messageId: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface DeliverOptions {
  settings: MailSettings;
  compose: Composer;
  outDir: string;
  /** The plan file's base name, part of every Message-ID. */
  planName: string;
  /** A real run appends each outcome here; absent in a dry run. */
  log?: SendLog;
  dryRun: boolean;
  redact: (text: string) => string;
  progress: (done: number, total: number) => void;
  /**
   * Stops the run between messages (Ctrl+C): the message in flight finishes and is logged, then the run stops. A pause
   * before a retry ends at once, and the message is logged as not yet sent.
   */
  signal?: AbortSignal;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface Delivery {
  outcomes: Outcome[];
  /** Jobs not attempted because the run stopped (Ctrl-C, the server unreachable, a fatal error). */
  notAttempted: Job[];
  stoppedBy?: 'interrupt' | 'connection' | FatalSendError;
}

type Failure = { kind: 'permanent' | 'temporary' | 'connection'; code?: number; response: string } | { kind: 'fatal'; error: FatalSendError };

const TLS_PROBLEM = /certificate|self[- ]signed|CERT_|altname|ssl|tls/i;

/** Sorts nodemailer's errors: SMTP replies by their code class, then what is wrong with the connection. */
function classify(error: unknown, redact: (t: string) => string): Failure {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const text = redact(String(e.response ?? e.message ?? error)).replace(/\s+/g, ' ').trim().slice(0, 500);
  if (e.code === 'EAUTH') return { kind: 'fatal', error: new FatalSendError('send/auth-failed', text) };
  if (e.code === 'ETLS' || (e.responseCode === undefined && TLS_PROBLEM.test(`${e.code ?? ''} ${e.message ?? ''}`))) {
    return { kind: 'fatal', error: new FatalSendError('send/tls-failed', text) };
  }
  if (typeof e.responseCode === 'number') {
    if (e.responseCode >= 500) return { kind: 'permanent', code: e.responseCode, response: text };
    if (e.responseCode >= 400) return { kind: 'temporary', code: e.responseCode, response: text };
  }
  return { kind: 'connection', response: text };
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((done) => {
    if (signal?.aborted) return done();
    const stop = () => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      done();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });

/**
 * Sends (or, in a dry run, writes as .eml) each job in turn, at most `perMinute` a minute. A 4xx reply or a lost
 * connection is retried after a growing pause (retryDelay, doubled each time, at most 10 minutes); a 5xx reply is
 * final for that message. Each outcome is appended to the log, fsynced, before the next message starts. When a
 * message cannot reach the server after its retries the run stops: the rest would fail the same way.
 */
export async function deliver(jobs: readonly Job[], options: DeliverOptions): Promise<Delivery> {
  const { settings, redact } = options;
  const sleep = options.sleep ?? defaultSleep;
  const { signal } = options;
  const now = options.now ?? Date.now;
  const transport = options.dryRun
    ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    : nodemailer.createTransport(transportOptions(settings.smtp!));
  const interval = 60_000 / settings.perMinute;
  let nextStart = 0;
  const outcomes: Outcome[] = [];
  let planIndex = 0;
  // One letter sent to many (a Thông báo triệu tập): each message gets its own .eml, numbered by the invitee.
  const shared = new Set(jobs.map((j) => j.document).filter((d, i, all) => all.indexOf(d) !== i));
  const emlName = (job: Job): string => {
    if (job.kind === 'plan') return `ke-hoach-${String(++planIndex).padStart(2, '0')}`;
    const base = `${job.kind === 'reminder' ? 'nhac-xac-nhan' : 'giay-moi'}-${basename(job.document, '.docx')}`;
    return shared.has(job.document) && job.invitee !== undefined ? `${base}-${String(job.invitee + 1).padStart(3, '0')}` : base;
  };

  try {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      if (signal?.aborted) return { outcomes, notAttempted: jobs.slice(i), stoppedBy: 'interrupt' };
      const id = messageId(options.planName, job.key, settings.from.address);
      const attachments = attachmentsOf(options.outDir, job.document);
      const text = options.compose(job.kind, {
        recipient: job.recipient,
        ...(job.kind !== 'plan' ? { number: job.number } : {}),
        attachments: attachments.map((a) => a.filename),
        sender: settings.from,
      });
      const mail = {
        from: { name: settings.from.name, address: settings.from.address },
        to: { name: job.recipient, address: job.address },
        subject: text.subject,
        text: text.text,
        messageId: id,
        attachments,
        headers: { 'X-Plan-Document': `${job.kind}; ${job.document}` },
      };

      if (options.dryRun) {
        const info = (await transport.sendMail(mail)) as { message: Buffer };
        const file = `${EML_DIR}/${emlName(job)}.eml`;
        await writeFileAtomic(join(options.outDir, file), Buffer.from(redact(info.message.toString('utf8')), 'utf8'));
        outcomes.push({ job, messageId: id, result: 'written', attempts: 0, file, attachments: attachments.map((a) => a.filename) });
        options.progress(i + 1, jobs.length);
        continue;
      }

      let attempts = 0;
      let outcome: Outcome | undefined;
      let lastFailure: Failure | undefined;
      /** A message left without an answer: deferred after a temporary reply, failed after a lost connection. */
      const outstanding = (failure: Exclude<Failure, { kind: 'fatal' }>): Outcome => ({
        job,
        messageId: id,
        result: failure.kind === 'temporary' ? 'deferred' : 'failed',
        attempts,
        response: failure.response,
        ...(failure.code ? { code: failure.code } : {}),
      });
      while (outcome === undefined) {
        const wait = nextStart - now();
        if (wait > 0) await sleep(wait, signal);
        // Stopped while waiting its turn: not attempted if it never was, else outstanding as its last try left it.
        if (signal?.aborted && attempts === 0) return { outcomes, notAttempted: jobs.slice(i), stoppedBy: 'interrupt' };
        if (signal?.aborted && lastFailure && lastFailure.kind !== 'fatal') {
          outcome = outstanding(lastFailure);
          break;
        }
        nextStart = now() + interval;
        attempts++;
        try {
          const info = (await transport.sendMail(mail)) as { response?: string; accepted?: unknown[]; rejected?: unknown[] };
          if ((info.accepted ?? []).length === 0 && (info.rejected ?? []).length > 0) {
            outcome = { job, messageId: id, result: 'rejected', attempts, response: redact(String(info.response ?? '')) };
          } else {
            outcome = { job, messageId: id, result: 'accepted', attempts, response: redact(String(info.response ?? '')) };
          }
        } catch (error) {
          const failure = classify(error, redact);
          if (failure.kind === 'fatal') throw failure.error;
          lastFailure = failure;
          if (failure.kind === 'permanent') {
            outcome = { job, messageId: id, result: 'rejected', attempts, response: failure.response, ...(failure.code ? { code: failure.code } : {}) };
          } else if (attempts > settings.retries) {
            outcome = outstanding(failure);
          } else {
            await sleep(Math.min(settings.retryDelayMs * 2 ** (attempts - 1), 600_000), signal);
          }
        }
      }
      await options.log?.append(entryOf(outcome, outcome.result as Result, now()));
      outcomes.push({ ...outcome, attachments: attachments.map((a) => a.filename) });
      options.progress(i + 1, jobs.length);
      if (outcome.result === 'failed' && lastFailure?.kind === 'connection' && !signal?.aborted) {
        return { outcomes, notAttempted: jobs.slice(i + 1), stoppedBy: 'connection' };
      }
    }
    return { outcomes, notAttempted: [] };
  } catch (error) {
    if (error instanceof FatalSendError) {
      const done = outcomes.length;
      return { outcomes, notAttempted: jobs.slice(done), stoppedBy: error };
    }
    throw error;
  } finally {
    transport.close();
  }
}

function entryOf(outcome: Outcome, result: Result, time: number): LogEntry {
  const { job } = outcome;
  return {
    v: 1,
    key: job.key,
    kind: job.kind,
    document: job.document,
    number: job.number,
    recipient: job.recipient,
    to: job.address,
    messageId: outcome.messageId,
    time: new Date(time).toISOString(),
    result,
    attempts: outcome.attempts,
    ...(outcome.response ? { response: outcome.response } : {}),
    ...(outcome.code ? { code: outcome.code } : {}),
  };
}
