import { basename, dirname } from 'node:path';
import { makeDir, OpenInWordError, sweepStaleTemps, tempNameFor, trackTemp, untrackTemp, wordLockFile, writeFs, type FileId } from './temps.js';

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
 * Temporary files a batch has open at once (each is created, written, flushed and closed): enough that the writer
 * seldom waits for a flush (each wait puts the main thread to sleep, and on a busy machine getting it back costs more
 * than the flush; 64 against 16 made 1,000 letters a fifth faster there), few open files however many a caller hands
 * over at once (`plan build` hands over all of them).
 */
const FLUSH_CONCURRENCY = 64;

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

/**
 * What stood at a target before the batch renamed over it, so a failed commit can put it back: nothing (then the
 * file renamed there, known by its identity, is removed again), the old file kept under a second name, or unknown.
 */
type Before = { kind: 'none'; id: FileId } | { kind: 'kept'; backup: string } | { kind: 'unknown' };

/** A folder the batch writes in, as listed before its first write there. */
interface Folder {
  /**
   * The names in it after the sweep of stale temporary files, folded as a file system that ignores case might
   * (a target `A.docx` replaces `a.docx` there); undefined when it could not be listed: any target may exist.
   */
  names?: Set<string>;
  /** Word's owner files (`~$…`) among them. */
  locks: string[];
}

const folded = (name: string): string => name.normalize('NFC').toLowerCase();

/** A temporary file written and flushed, waiting for the commit to rename it over its target. */
interface Staged {
  temp: string;
  path: string;
  /** Whether the target was in its folder's listing: only then is there an old file to keep. */
  listed: boolean;
  id?: FileId;
}

/**
 * Many files written with the guarantee of {@link writeFileAtomic}, but flushed together: one fsync per file and one
 * per folder for the whole batch, instead of two per file, so a thousand letters do not wait for two thousand
 * flushes one after another.
 *
 * `write` puts each file's bytes in a temporary file beside its target and flushes them to disk through the descriptor
 * that wrote them, a few files at a time; nothing is visible yet. `commit` refuses to run while a write is, so every
 * temporary file is on disk before any target is touched; it renames each over its target, then flushes each folder
 * once. A crash or an error at any point leaves every target either as it was or complete, never half-written.
 * `abort` (or any failure inside `commit`) removes the temporary files that were not renamed.
 *
 * All or nothing: before a target is replaced, its old file is kept under a hard link; when a later rename fails (a
 * document held open by Word on Windows, a folder in the way), every target already replaced gets its old file back
 * and a target that did not exist is removed (if the file there is still the one the batch put there), so a failed
 * batch changes no target. Where hard links are not supported (FAT USB sticks) a replaced target keeps its new,
 * complete file. Whether a target exists is read from its folder's listing, made once at the first write there (a
 * thousand new letters need no thousand failed links to find out).
 *
 * On the first write in a folder the batch removes temporary files that killed runs left there (see
 * {@link sweepStaleTemps}), and refuses a target Word has open (its `~$` owner file is beside it) with
 * {@link OpenInWordError}, before anything is written for it. Every temporary path is registered (see
 * {@link trackTemp}) from before it is created until it is renamed or removed, so Ctrl+C can remove it.
 */
export class AtomicBatch {
  private readonly staged: Staged[] = [];
  private readonly dirs = new Map<string, Promise<Folder>>();
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

  private folder(dir: string): Promise<Folder> {
    let ready = this.dirs.get(dir);
    if (!ready) {
      ready = makeDir(dir)
        .then(() => sweepStaleTemps(dir))
        .then((names): Folder => (names ? { names: new Set(names.map(folded)), locks: names.filter((n) => n.startsWith('~$')) } : { locks: [] }));
      this.dirs.set(dir, ready);
      // A failed mkdir is reported to the writer that waits for it, and retried by the next one.
      ready.catch(() => this.dirs.delete(dir));
    }
    return ready;
  }

  private async stage(path: string, data: Uint8Array | string): Promise<void> {
    const dir = dirname(path);
    let folder: Folder;
    try {
      folder = await this.folder(dir);
    } catch (error) {
      throw withTarget(error, path);
    }
    const lock = wordLockFile(path, folder.locks);
    if (lock !== undefined) throw new OpenInWordError(path, lock);
    const temp = tempNameFor(path, dir);
    const entry: Staged = { temp, path, listed: folder.names?.has(folded(basename(path))) ?? true };
    await this.files.run(async () => {
      // A write still waiting for its turn when the batch is aborted creates nothing.
      if (this.committed) throw withTarget(new Error('AtomicBatch: aborted'), path);
      trackTemp(temp);
      this.staged.push(entry);
      try {
        entry.id = await writeFs.writeNew(temp, data);
      } catch (error) {
        await drop(temp);
        const at = this.staged.indexOf(entry);
        if (at >= 0) this.staged.splice(at, 1);
        throw withTarget(error, path);
      }
    });
  }

  /** Renames each flushed temporary file over its target, flushes each folder. On failure, see the class. */
  async commit(): Promise<void> {
    if (this.committed) throw new Error('AtomicBatch: committed twice');
    this.committed = true;
    if (this.pending.size > 0) {
      await this.abort();
      throw new Error('AtomicBatch: commit while writes are still running');
    }
    // Every temporary file in `staged` was flushed by its write, which has finished (see the check above). The old
    // files are all kept first, then the renames go one by one.
    const befores = this.staged.map(({ path, listed, id }): Before => (listed ? keepOld(path, id!) : { kind: 'none', id: id! }));
    const replaced: { path: string; before: Before }[] = [];
    try {
      for (let i = 0; this.staged.length > 0; i++) {
        const { temp, path } = this.staged[0]!;
        try {
          writeFs.renameSync(temp, path);
        } catch (error) {
          throw withTarget(error, path);
        }
        untrackTemp(temp);
        this.staged.shift();
        replaced.push({ path, before: befores[i]! });
      }
    } catch (error) {
      restore(replaced);
      for (const before of befores.slice(replaced.length)) if (before.kind === 'kept') dropNow(before.backup);
      await this.abort();
      throw error;
    }
    for (const before of befores) if (before.kind === 'kept') dropNow(before.backup);
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

/**
 * Keeps the file at `path` under a second name (a hard link: no copy, and `path` itself is not touched). A file gone
 * since the folder was listed is `none`: what the batch renames there is its own (`id`).
 */
function keepOld(path: string, id: FileId): Before {
  const backup = tempNameFor(path, dirname(path));
  trackTemp(backup);
  try {
    writeFs.linkSync(path, backup);
    return { kind: 'kept', backup };
  } catch (error) {
    untrackTemp(backup);
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none', id } : { kind: 'unknown' };
  }
}

/**
 * Puts back what stood at each replaced target, last first; best effort (a target keeps its new file otherwise). A
 * target that did not exist loses the file renamed there, unless another file has taken its place since.
 */
function restore(replaced: { path: string; before: Before }[]): void {
  for (const { path, before } of replaced.reverse()) {
    try {
      if (before.kind === 'kept') {
        writeFs.renameSync(before.backup, path);
        untrackTemp(before.backup);
      } else if (before.kind === 'none' && sameFile(writeFs.idOf(path), before.id)) writeFs.unlinkSync(path);
    } catch {
      if (before.kind === 'kept') dropNow(before.backup);
    }
  }
}

const sameFile = (a: FileId, b: FileId): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Removes a temporary file (or a backup link) and forgets it. Ours are always files, so a plain unlink: `rm` would
 * first lstat each one, a second system call per letter for nothing. A file that is not there is fine.
 */
async function drop(temp: string): Promise<void> {
  await writeFs.unlink(temp).catch(() => undefined);
  untrackTemp(temp);
}

/** {@link drop}, synchronously, as the commit's other calls are. */
function dropNow(temp: string): void {
  try {
    writeFs.unlinkSync(temp);
  } catch {
    // Not there: fine.
  }
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
