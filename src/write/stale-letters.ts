import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { wordLockFile } from './temps.js';

export interface StaleLetters {
  /** Paths removed. */
  removed: string[];
  /** Paths that could not be removed, with why (`open-in-word` or the file system's code). */
  kept: { path: string; reason: string }[];
}

/**
 * Removes from the letters folder `dir` what an earlier run wrote for invitees no longer on the list: files named as
 * plan names letters (`isLetter`, and their PDFs) that are not among `written`, the file names of this run's letters. With
 * fewer invitees, or another order (the names carry the running number), the folder would otherwise hold old letters
 * beside the new ones. Called once this run's letters are in place, never after a failed run; any file not named as
 * a letter is left alone, and a letter Word has open is kept and reported.
 */
export async function removeStaleLetters(dir: string, written: readonly string[], isLetter: (name: string) => boolean): Promise<StaleLetters> {
  const current = new Set(written.flatMap((name) => [name, name.replace(/\.docx$/, '.pdf')]));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { removed: [], kept: [] };
  }
  const stale = names.filter((name) => isLetter(name) && !current.has(name)).sort();
  const result: StaleLetters = { removed: [], kept: [] };
  for (const name of stale) {
    const path = join(dir, name);
    if (wordLockFile(path, names) !== undefined) {
      result.kept.push({ path, reason: 'open-in-word' });
      continue;
    }
    try {
      await unlink(path);
      result.removed.push(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'ENOENT') result.kept.push({ path, reason: code });
    }
  }
  return result;
}
