import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/** The file a failed {@link AtomicBatch.commit} was about to replace (the error is otherwise the file system's own). */
export function failedTarget(error: unknown): string | undefined {
  return (error as { target?: string } | null)?.target;
}

/** Temporary files written at once while a batch is committed: enough to overlap the flushes, few open files. */
const FLUSH_CONCURRENCY = 16;

/**
 * Many files written with the guarantee of {@link writeFileAtomic}, but flushed together: one fsync per file and one
 * per folder for the whole batch, instead of two per file, so a thousand letters do not wait for two thousand
 * flushes one after another.
 *
 * `write` puts each file's bytes in a temporary file beside its target, not yet flushed and not yet visible.
 * `commit` flushes every temporary file (in parallel, so the file system can group the flushes), then renames each
 * over its target, then flushes each folder once. No target is touched before every temporary file is on disk, so a
 * crash or an error at any point leaves every target either as it was or complete, never half-written. `abort` (or
 * any failure inside `commit`) removes the temporary files that were not renamed.
 */
export class AtomicBatch {
  private readonly staged: { temp: string; path: string }[] = [];
  private readonly dirs = new Map<string, Promise<unknown>>();
  private readonly pending = new Set<Promise<void>>();
  private committed = false;

  /** Writes `data` to a temporary file beside `path` (creating missing folders); `path` changes only at `commit`. */
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
    let made = this.dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.dirs.set(dir, made);
      // A failed mkdir is reported to the writer that waits for it, and retried by the next one.
      made.catch(() => this.dirs.delete(dir));
    }
    await made;
    const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const entry = { temp, path };
    try {
      const handle = await open(temp, 'wx');
      this.staged.push(entry);
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      const at = this.staged.indexOf(entry);
      if (at >= 0) this.staged.splice(at, 1);
      throw error;
    }
  }

  /** Flushes every temporary file, renames each over its target, flushes each folder. On failure, see the class. */
  async commit(): Promise<void> {
    if (this.committed) throw new Error('AtomicBatch: committed twice');
    this.committed = true;
    if (this.pending.size > 0) {
      await this.abort();
      throw new Error('AtomicBatch: commit while writes are still running');
    }
    let next = 0;
    const flushOne = async (): Promise<void> => {
      while (next < this.staged.length) {
        const { temp, path } = this.staged[next++]!;
        try {
          // r+ rather than r: Windows cannot flush a file opened for reading only.
          const handle = await open(temp, 'r+');
          try {
            await handle.sync();
          } finally {
            await handle.close();
          }
        } catch (error) {
          throw Object.assign(error as Error, { target: path });
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(FLUSH_CONCURRENCY, this.staged.length) }, flushOne));
      while (this.staged.length > 0) {
        const { temp, path } = this.staged[0]!;
        try {
          await rename(temp, path);
        } catch (error) {
          throw Object.assign(error as Error, { target: path });
        }
        this.staged.shift();
      }
    } catch (error) {
      await this.abort();
      throw error;
    }
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
    await Promise.all(left.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
  }
}

/** Flushes the folder entry of the rename; some platforms (Windows) cannot open a folder, which is harmless. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the folder entry is best effort.
  }
}
