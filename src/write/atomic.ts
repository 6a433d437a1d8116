import { dirname } from 'node:path';
import { inParallel } from './in-parallel.js';
import { makeDir, OpenInWordError, sweepStaleTemps, tempNameFor, trackTemp, untrackTemp, wordLockFile, writeFs } from './temps.js';

export { assertNotOpenInWord, OpenInWordError } from './temps.js';

/**
 * Writes `data` to `path` so that readers see either the old file or the whole new one, never a part: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), are flushed to disk, and the temporary
 * file is renamed over the target. On any failure the temporary file is removed and the error rethrown; an earlier
 * file at `path` is left as it was. Missing parent folders are created.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const batch = new AtomicBatch();
  try {
    await batch.write(path, data);
    await batch.commit();
  } catch (error) {
    await batch.abort();
    throw error;
  }
}

/**
 * Writes a file that must not exist yet, whole or not at all: the bytes go to a temporary file beside `path` (named,
 * registered and swept like every temporary file of ours, so Ctrl+C or the next run removes it), are flushed, and the
 * temporary file is hard-linked to `path`. Unlike rename, link fails with EEXIST rather than replace a file that
 * appeared meanwhile. Missing parent folders are created.
 */
export async function writeNewFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await makeDir(dir);
  await sweepStaleTemps(dir);
  const temp = tempNameFor(path, dir);
  trackTemp(temp);
  try {
    const handle = await writeFs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await writeFs.link(temp, path);
  } catch (error) {
    throw withTarget(error, path);
  } finally {
    await drop(temp);
  }
  await syncDir(dir);
}

/** The file a failed write or commit was about to replace (the error is otherwise the file system's own). */
export function failedTarget(error: unknown): string | undefined {
  return (error as { target?: string } | null)?.target;
}

/** Names the target on an error, unless an inner step already did. */
function withTarget(error: unknown, path: string): unknown {
  if (error !== null && typeof error === 'object' && (error as { target?: string }).target === undefined) {
    Object.assign(error, { target: path });
  }
  return error;
}

/**
 * Temporary files a batch has open at once (each is created, written, flushed and closed), and file-system calls it
 * has in flight at once while it commits: enough to keep libuv's four threads busy and let the file system group the
 * flushes, few open files however many letters a caller hands over at once (`plan build` hands over all of them).
 */
const FLUSH_CONCURRENCY = 16;

/** At most `limit` tasks at once; the others wait their turn, first come first served. */
class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** What stood at a target before the batch renamed over it, so a failed commit can put it back. */
type Before = { kind: 'none' } | { kind: 'kept'; backup: string } | { kind: 'unknown' };

/**
 * Many files written with the guarantee of {@link writeFileAtomic}, but flushed together: one fsync per file and one
 * per folder for the whole batch, instead of two per file, so a thousand letters do not wait for two thousand
 * flushes one after another.
 *
 * `write` puts each file's bytes in a temporary file beside its target and flushes them to disk through the handle
 * that wrote them (no second open per file), a few files at a time; nothing is visible yet. `commit` refuses to run
 * while a write is, so every temporary file is on disk before any target is touched; it renames each over its target,
 * then flushes each folder once. A crash or an error at any point leaves every target either as it was or complete,
 * never half-written. `abort` (or any failure inside `commit`) removes the temporary files that were not renamed.
 *
 * All or nothing: before a target is replaced, its old file is kept under a hard link; when a later rename fails (a
 * document held open by Word on Windows, a folder in the way), every target already replaced gets its old file back
 * and a target that did not exist is removed, so a failed batch changes no target. Where hard links are not supported
 * (FAT USB sticks) a replaced target keeps its new, complete file.
 *
 * On the first write in a folder the batch removes temporary files that killed runs left there (see
 * {@link sweepStaleTemps}), and refuses a target Word has open (its `~$` owner file is beside it) with
 * {@link OpenInWordError}, before anything is written for it. Every temporary path is registered (see
 * {@link trackTemp}) from before it is created until it is renamed or removed, so Ctrl+C can remove it.
 */
export class AtomicBatch {
  private readonly staged: { temp: string; path: string }[] = [];
  private readonly dirs = new Map<string, Promise<string[]>>();
  private readonly pending = new Set<Promise<void>>();
  private committed = false;
  private readonly files = new Gate(FLUSH_CONCURRENCY);

  /**
   * Writes `data` to a temporary file beside `path` (creating missing folders) and flushes it to disk; `path` changes
   * only at `commit`.
   */
  write(path: string, data: Uint8Array | string): Promise<void> {
    if (this.committed) return Promise.reject(new Error('AtomicBatch: write after commit'));
    const writing = this.stage(path, data);
    this.pending.add(writing);
    const done = () => this.pending.delete(writing);
    writing.then(done, done);
    return writing;
  }

  private async stage(path: string, data: Uint8Array | string): Promise<void> {
    const dir = dirname(path);
    let ready = this.dirs.get(dir);
    if (!ready) {
      ready = makeDir(dir).then(() => sweepStaleTemps(dir));
      this.dirs.set(dir, ready);
      // A failed mkdir is reported to the writer that waits for it, and retried by the next one.
      ready.catch(() => this.dirs.delete(dir));
    }
    let names: string[];
    try {
      names = await ready;
    } catch (error) {
      throw withTarget(error, path);
    }
    const lock = wordLockFile(path, names);
    if (lock !== undefined) throw new OpenInWordError(path, lock);
    const temp = tempNameFor(path, dir);
    const entry = { temp, path };
    await this.files.run(async () => {
      // A write still waiting for its turn when the batch is aborted creates nothing.
      if (this.committed) throw withTarget(new Error('AtomicBatch: aborted'), path);
      trackTemp(temp);
      try {
        const handle = await writeFs.open(temp, 'wx');
        this.staged.push(entry);
        try {
          await handle.writeFile(data);
          // Flushed here, through the handle that wrote it, rather than reopened for it at commit. (The handle is
          // open for writing, which Windows needs to flush a file.)
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        await drop(temp);
        const at = this.staged.indexOf(entry);
        if (at >= 0) this.staged.splice(at, 1);
        throw withTarget(error, path);
      }
    });
  }

  /** Flushes every temporary file, renames each over its target, flushes each folder. On failure, see the class. */
  async commit(): Promise<void> {
    if (this.committed) throw new Error('AtomicBatch: committed twice');
    this.committed = true;
    if (this.pending.size > 0) {
      await this.abort();
      throw new Error('AtomicBatch: commit while writes are still running');
    }
    // Every temporary file in `staged` was flushed by its write, which has finished (see the check above).
    const replaced: { path: string; before: Before }[] = [];
    let befores: Before[] = [];
    try {
      // The old files are kept all at once, in parallel, as the flushes are; then the renames go one by one.
      befores = await inParallel(this.staged.map(({ path }) => () => keepOld(path)), FLUSH_CONCURRENCY);
      for (let i = 0; this.staged.length > 0; i++) {
        const { temp, path } = this.staged[0]!;
        try {
          await writeFs.rename(temp, path);
        } catch (error) {
          throw withTarget(error, path);
        }
        untrackTemp(temp);
        this.staged.shift();
        replaced.push({ path, before: befores[i]! });
      }
    } catch (error) {
      await restore(replaced);
      await Promise.all(befores.slice(replaced.length).map((before) => (before.kind === 'kept' ? drop(before.backup) : undefined)));
      await this.abort();
      throw error;
    }
    await inParallel(befores.map((before) => async () => (before.kind === 'kept' ? drop(before.backup) : undefined)), FLUSH_CONCURRENCY);
    await Promise.all([...this.dirs.keys()].map(syncDir));
  }

  /**
   * Waits for the writes still running, then removes every temporary file not yet renamed; targets are left as they
   * are. Safe to call more than once.
   */
  async abort(): Promise<void> {
    this.committed = true;
    await Promise.allSettled([...this.pending]);
    const left = this.staged.splice(0);
    await Promise.all(left.map(({ temp }) => drop(temp)));
  }
}

/** Keeps the file at `path` under a second name (a hard link: no copy, and `path` itself is not touched). */
async function keepOld(path: string): Promise<Before> {
  const backup = tempNameFor(path, dirname(path));
  trackTemp(backup);
  try {
    await writeFs.link(path, backup);
    return { kind: 'kept', backup };
  } catch (error) {
    untrackTemp(backup);
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'unknown' };
  }
}

/** Puts back what stood at each replaced target, last first; best effort (a target keeps its new file otherwise). */
async function restore(replaced: { path: string; before: Before }[]): Promise<void> {
  for (const { path, before } of replaced.reverse()) {
    try {
      if (before.kind === 'kept') {
        await writeFs.rename(before.backup, path);
        untrackTemp(before.backup);
      } else if (before.kind === 'none') await writeFs.rm(path, { force: true });
    } catch {
      if (before.kind === 'kept') await drop(before.backup);
    }
  }
}

/**
 * Removes a temporary file (or a backup link) and forgets it. Ours are always files, so a plain unlink: `rm` would
 * first lstat each one, a second system call per letter for nothing. A file that is not there is fine.
 */
async function drop(temp: string): Promise<void> {
  await writeFs.unlink(temp).catch(() => undefined);
  untrackTemp(temp);
}

/** Flushes the folder entry of the rename; some platforms (Windows) cannot open a folder, which is harmless. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await writeFs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the folder entry is best effort.
  }
}
