import { basename, relative, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { isLetterFileName } from '../merge/filename.js';
import { removeStaleLetters } from '../write/stale-letters.js';
import type { Io } from './io.js';
import type { OutputOptions } from './output.js';

export interface Tidied {
  /** The removed letters, as the manifest shows paths. */
  removed: string[];
  /** What to say on stderr once the written files are listed: each removed letter (not with `--json`), each kept one. */
  lines: string[];
}

/**
 * After a run that wrote the separate letters (`plan build`, `plan invite`): the letters an earlier run left for
 * invitees no longer on the list are removed (see removeStaleLetters).
 */
export async function tidyLettersFolder(lettersDir: string, writtenPaths: readonly string[], options: OutputOptions & { json?: boolean }, io: Io): Promise<Tidied> {
  const { removed, kept } = await removeStaleLetters(lettersDir, writtenPaths.map((p) => basename(p)), isLetterFileName);
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/');
  const lines = options.json ? [] : removed.map((path) => `− ${t('invite/stale-removed', { path: shown(path) }, options.lang)}\n`);
  for (const { path, reason } of kept) {
    const why = reason === 'open-in-word' ? t('invite/stale-open-in-word', undefined, options.lang) : reason;
    lines.push(`⚠ ${t('invite/stale-kept', { path: shown(path), reason: why }, options.lang)}\n`);
  }
  return { removed: removed.map(shown), lines };
}
