import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import type { Io } from '../core/io.js';

/** The send log, beside the documents in the output folder. */
export const LOG_NAME = 'nhat-ky-gui.jsonl';

export type Result = 'accepted' | 'rejected' | 'deferred' | 'failed';

/**
 * One line of the log (JSON Lines). Only `accepted` lines stop a message from being sent again; the others record why
 * a message is still outstanding. `key` names the (document, recipient) pair; `messageId` is derived from it.
 */
export interface LogEntry {
  v: 1;
  key: string;
  kind: 'invitation' | 'plan' | 'reminder';
  /** The document, relative to the output folder (giay-moi/001-….docx, ke-hoach.docx). */
  document: string;
  number: string;
  recipient: string;
  to: string;
  messageId: string;
  time: string;
  result: Result;
  attempts: number;
  /** The server's reply (code and text), or the connection error. */
  response?: string;
  code?: number;
}

export interface LogRead {
  entries: LogEntry[];
  /** Lines that could not be read: a line torn by a crash in mid-write (only ever the last), or damage. */
  unreadable: number;
}

const isEntry = (value: unknown): value is LogEntry =>
  typeof value === 'object' && value !== null && typeof (value as LogEntry).key === 'string' && typeof (value as LogEntry).result === 'string';

/** Reads the log; a missing log is empty. A line that is not a whole JSON entry is counted and left out. */
export async function readLog(path: string): Promise<LogRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], unreadable: 0 };
    throw error;
  }
  const entries: LogEntry[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isEntry(value)) entries.push(value);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { entries, unreadable };
}

/** Keys of the messages the server has accepted, in any run. */
export const acceptedKeys = (entries: readonly LogEntry[]): Set<string> =>
  new Set(entries.filter((e) => e.result === 'accepted').map((e) => e.key));

/**
 * The log open for appending. Each entry is one `write` of one line followed by fsync, and `append` resolves only then:
 * the caller moves on to the next message after the acceptance is on disk, so a crash can lose at most the line being
 * written (which the reader skips). A torn last line from an earlier crash is closed with a newline first, so the next
 * entry starts on a line of its own.
 */
export class SendLog {
  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<SendLog> {
    const handle = await open(path, 'a+');
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) {
        await handle.write('\n');
        await handle.sync();
      }
    }
    return new SendLog(handle);
  }

  async append(entry: LogEntry): Promise<void> {
    await this.handle.write(`${JSON.stringify(entry)}\n`);
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/**
 * One `plan send` at a time per output folder: two runs reading the same log would both send what is outstanding.
 * The lock file holds the owner's process id (`io.pid`); a lock whose process is gone (a crash) is taken over.
 */
export async function lock(path: string, io: Pick<Io, 'pid' | 'isAlive'>): Promise<{ ok: true; release: () => Promise<void> } | { ok: false; pid: number }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.write(String(io.pid));
      await handle.close();
      return { ok: true, release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== io.pid && io.isAlive(pid)) return { ok: false, pid };
      await rm(path, { force: true });
    }
  }
  // Another process took it between our look and our retry.
  return { ok: false, pid: Number((await readFile(path, 'utf8').catch(() => '')).trim()) || 0 };
}
