import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Io } from '../../core/io.js';
import { readTextFile } from '../../load/read-text.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { fixPlanText, type AppliedFix } from './fix-text.js';

/**
 * What `--fix` did to one plan: nothing to repair; repairs it would make (`dryRun`) or made, with the text before and
 * after; left alone because an editor saved it meanwhile (that save wins); or could not write it.
 */
export type FileFix =
  | { file: string; state: 'nothing' }
  | { file: string; state: 'changed-meanwhile' }
  | { file: string; state: 'would' | 'written'; applied: AppliedFix[]; before: string; after: string }
  | { file: string; state: 'failed'; applied: AppliedFix[]; failure: Diagnostic };

/**
 * `plan check --fix`: repairs each plan in place, atomically; with `dryRun` writes nothing. A file that cannot be read
 * is skipped (the check that follows reports it).
 */
export async function fixFiles(paths: readonly string[], dryRun: boolean, io: Pick<Io, 'cwd'>): Promise<FileFix[]> {
  const fixes: FileFix[] = [];
  for (const file of paths) {
    const read = await readTextFile(file);
    if (!read.ok) continue;
    const { text, applied } = fixPlanText(file, read.text);
    if (applied.length === 0) {
      fixes.push({ file, state: 'nothing' });
      continue;
    }
    if (dryRun) {
      fixes.push({ file, state: 'would', applied, before: read.text, after: text });
      continue;
    }
    try {
      // The file is compared again just before writing: an editor that saved meanwhile wins, and nothing is lost.
      if ((await readFile(file, 'utf8')) !== read.text) {
        fixes.push({ file, state: 'changed-meanwhile' });
        continue;
      }
      await writeFileAtomic(file, text);
    } catch (error) {
      fixes.push({ file, state: 'failed', applied, failure: writeErrorDiagnostic(error, io.cwd, file) });
      continue;
    }
    fixes.push({ file, state: 'written', applied, before: read.text, after: text });
  }
  return fixes;
}
