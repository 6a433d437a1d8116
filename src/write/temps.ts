import * as fsp from 'node:fs/promises';
import { closeSync, fstatSync, fsync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Which file a path names (device and inode): to tell our file from one put in its place since. */
export interface FileId {
  dev: number;
  ino: number;
}

/**
 * The file-system calls the writers make, in one object so a test can make one of them fail the way a full disk
 * (ENOSPC) or a document held open by Word (EBUSY/EPERM on rename) does, which cannot be produced for real on a test
 * machine running as root. Production code never changes it; see {@link hookWriteFs}.
 *
 * The batch writer (atomic.ts) uses the synchronous calls: a letter is a few kilobytes, its temporary file is created,
 * written and renamed in microseconds, and each call through libuv's thread pool cost more CPU than the call itself
 * (a thousand letters made six thousand of them). Only the flush to disk, which waits for the device, goes to the pool.
 */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  unlink: typeof fsp.unlink;
  mkdir: typeof fsp.mkdir;
  readdir: (dir: string) => Promise<string[]>;
  link: typeof fsp.link;
  stat: typeof fsp.stat;
  /**
   * Creates `path`, which must not exist, writes `data` to it, flushes it to disk and closes it; returns the file's
   * identity. On failure the file may exist, partly written: the caller removes it.
   */
  writeNew: (path: string, data: Uint8Array | string) => Promise<FileId>;
  renameSync: (from: string, to: string) => void;
  linkSync: (existing: string, path: string) => void;
  unlinkSync: (path: string) => void;
  /** The identity of the file at `path` (not following a symbolic link). */
  idOf: (path: string) => FileId;
}

async function writeNew(path: string, data: Uint8Array | string): Promise<FileId> {
  const fd = openSync(path, 'wx');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    const { dev, ino } = fstatSync(fd);
    // Through the descriptor that wrote it, which is open for writing, as Windows needs to flush a file.
    await new Promise<void>((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())));
    return { dev, ino };
  } finally {
    closeSync(fd);
  }
}

const REAL: WriteFs = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  readdir: (dir) => fsp.readdir(dir),
  link: fsp.link,
  stat: fsp.stat,
  writeNew,
  renameSync,
  linkSync,
  unlinkSync,
  idOf: (path) => {
    const { dev, ino } = lstatSync(path);
    return { dev, ino };
  },
};

export const writeFs: WriteFs = { ...REAL };

/** For tests only: replaces some of {@link writeFs}; returns the function that puts the real ones back. */
export function hookWriteFs(hooks: Partial<WriteFs>): () => void {
  Object.assign(writeFs, hooks);
  return () => Object.assign(writeFs, REAL);
}

/**
 * `mkdir -p`, without Node's own `{ recursive: true }`, which on Node 20 spins for ever at full CPU when `mkdir`
 * answers ENOENT for a folder whose parent exists (any path under /proc, for one): `plan build --out /proc/x` hung.
 * Here each level is made once, parents first, and the file system's answer is final. A file in the way is ENOTDIR.
 */
export async function makeDir(dir: string): Promise<void> {
  const made = async (error: unknown): Promise<void> => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!(await writeFs.stat(dir)).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: dir });
    }
  };
  try {
    await writeFs.mkdir(dir);
  } catch (error) {
    const parent = dirname(dir);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) return made(error);
    await makeDir(parent);
    await writeFs.mkdir(dir).catch(made);
  }
}

/**
 * The name of a temporary file beside `path`: `.<name>.<pid>.<12 hex>.tmp`. Hidden, ignored by `build --watch`, and
 * carrying the process id, so a later run can tell a file left by a killed run from one another run is writing.
 */
export function tempNameFor(path: string, dir: string): string {
  return join(dir, `.${basename(path)}.${process.pid}.${uniqueHex()}.tmp`);
}

let tempCounter = 0;

/**
 * 12 hex digits no other temporary name of this process has: a counter, and random bits against a file left by an
 * earlier process with the same id. Not node:crypto: loading it cost every start, `plan check` included, about 4 ms,
 * and these names need no secrecy (files are created with O_EXCL, which never follows or reuses an existing name).
 */
function uniqueHex(): string {
  tempCounter = (tempCounter + 1) % 0x1000000;
  const random = Math.floor(Math.random() * 0x1000000);
  return (tempCounter.toString(16).padStart(6, '0') + random.toString(16).padStart(6, '0'));
}

/** A temporary file of {@link tempNameFor}, or a PDF work folder of `pdf.ts` (`.pdf-<pid>-XXXXXX`), with its pid. */
const OURS = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$|^\.pdf-(\d+)-[^/\\]+$/;

/** Temporary paths of this process not yet renamed or removed; `true` for a folder. */
const live = new Map<string, boolean>();

/** Records a temporary path before it is created, so an interrupt can remove it. */
export function trackTemp(path: string, folder = false): void {
  live.set(path, folder);
}

/** Forgets a temporary path once it was renamed into place or removed. */
export function untrackTemp(path: string): void {
  live.delete(path);
}

/** The temporary paths this process has now (tests). */
export function trackedTemps(): string[] {
  return [...live.keys()];
}

/**
 * Removes every temporary path of this process, synchronously: it runs in a signal handler just before the process
 * exits, when no promise will settle again. Errors (a file already renamed or never created) are ignored.
 *
 * A path is registered before its `open` is sent to libuv's thread pool, so the file may be created just after the
 * first removal: the function waits `settleMs` (the thread pool keeps working while the main thread waits), then
 * removes the same paths again and any file of this process's naming left in their folders.
 */
export function removeTrackedTemps(settleMs = 0): void {
  const paths = [...live];
  live.clear();
  const remove = (path: string, folder: boolean) => {
    try {
      rmSync(path, { force: true, recursive: folder });
    } catch {
      // best effort: the next run removes what is left (see sweepStaleTemps)
    }
  };
  for (const [path, folder] of paths) remove(path, folder);
  if (settleMs <= 0 || paths.length === 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, settleMs);
  for (const [path, folder] of paths) remove(path, folder);
  for (const dir of new Set(paths.map(([path]) => dirname(path)))) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = OURS.exec(name);
      if (match && Number(match[1] ?? match[2]) === process.pid) remove(join(dir, name), true);
    }
  }
}

/** Whether a process with this id runs (EPERM: it does, under another user). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Lists `dir` and removes the temporary files and PDF work folders of our naming whose process is gone (a run killed
 * with SIGKILL, or a power cut, cannot clean up after itself). Files of running processes, ours included, are left
 * alone. Returns the names in the folder after the sweep, or undefined when the folder cannot be listed.
 */
export async function sweepStaleTemps(dir: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    names = await writeFs.readdir(dir);
  } catch {
    return undefined;
  }
  const kept: string[] = [];
  for (const name of names) {
    const match = OURS.exec(name);
    const pid = match ? Number(match[1] ?? match[2]) : NaN;
    if (match && !processAlive(pid)) {
      await writeFs.rm(join(dir, name), { force: true, recursive: true }).catch(() => undefined);
    } else kept.push(name);
  }
  return kept;
}

/**
 * The owner file Word keeps beside a document it has open, if one of `names` is it: `~$` and the file name, with the
 * first one or two characters dropped when the name is long (`~$cument1.docx` for `Document1.docx`). Compared
 * without regard to case, as Windows does. Undefined when there is none.
 */
export function wordLockFile(target: string, names: readonly string[]): string | undefined {
  const name = basename(target);
  const forms = new Set([`~$${name}`, `~$${name.slice(1)}`, `~$${name.slice(2)}`].map((f) => f.toLowerCase()));
  return names.find((n) => n.startsWith('~$') && forms.has(n.toLowerCase()));
}

/** A target Word has open (its owner file is beside it): nothing is written, the clerk closes Word and runs again. */
export class OpenInWordError extends Error {
  readonly code = 'EBUSY';
  constructor(
    readonly target: string,
    readonly lock: string,
  ) {
    super(`${target} is open in Word (${lock} beside it)`);
    this.name = 'OpenInWordError';
  }
}

/**
 * Throws {@link OpenInWordError} for the first of `targets` Word has open (its owner file is beside it), before
 * anything is written: a run whose outputs come in several steps checks them all first. A folder that does not
 * exist yet holds no owner file.
 */
export async function assertNotOpenInWord(targets: readonly string[]): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const target of targets) byDir.set(dirname(target), [...(byDir.get(dirname(target)) ?? []), target]);
  for (const [dir, inDir] of byDir) {
    const names = (await writeFs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith('~$'));
    if (names.length === 0) continue;
    for (const target of inDir) {
      const lock = wordLockFile(target, names);
      if (lock !== undefined) throw new OpenInWordError(target, lock);
    }
  }
}
