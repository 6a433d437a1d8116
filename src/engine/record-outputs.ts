import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LETTERS_DIR } from '../merge/invitations.js';
import { manifestPath, MANIFEST_NAME, readManifest, removeListed, writeManifest, type ManifestState } from '../write/manifest.js';
import type { Io } from '../core/io.js';

/**
 * Something the clerk is told about the output folder after the files are listed: a letter removed (`removed`), or a
 * warning (a letter kept, the manifest unreadable or not written). `params` are the message's; `reasonId`, when
 * present, is the message id of the `reason` param.
 */
export interface Note {
  mark: 'removed' | 'warning';
  messageId: string;
  params: Record<string, string | number>;
  reasonId?: string;
}
import { relativeSlashPath } from '../report/paths.js';

export interface Recorded {
  /** The removed letters, as the `--json` manifest shows paths. */
  removed: string[];
  /** In the order they are said: each removed letter, each kept one, then the manifest's own problems. */
  notes: Note[];
}

const warning = (messageId: string, params: Record<string, string | number>): Note => ({ mark: 'warning', messageId, params });

/** A letter or its PDF, directly in the letters folder (manifest path). */
const inLettersFolder = (path: string): boolean => path.startsWith(`${LETTERS_DIR}/`) && !path.slice(LETTERS_DIR.length + 1).includes('/');
const asDocx = (path: string): string => path.replace(/\.pdf$/i, '.docx');

/**
 * After a successful run: records in the output folder's manifest (.plan-manifest.json) the files it wrote (absolute
 * paths in `written`), and, when the run wrote the separate letters (`replacesLetters`), removes the letters (and their
 * PDFs) that the last run's manifest lists and this run did not write: those of invitees no longer on the list, or
 * under another running number. Only what a manifest names is removed; a file of the clerk's in giay-moi/ stays
 * whatever its name. Without a manifest (the first run, or output of a version before manifests) nothing is removed,
 * and the run says so when the folder holds files it did not write.
 */
export async function recordOutputs(outDir: string, written: readonly string[], replacesLetters: boolean, io: Pick<Io, 'cwd'>): Promise<Recorded> {
  const shown = (path: string) => relativeSlashPath(path, io.cwd);
  const now = written.map((p) => manifestPath(outDir, p));
  const previous = await readManifest(outDir);
  const notes: Note[] = [];
  if (previous.state === 'unreadable') {
    notes.push(warning('invite/manifest-unreadable', { file: shown(join(outDir, MANIFEST_NAME)), reason: previous.reason }));
  }

  let removed: string[] = [];
  let kept: { path: string; reason: string }[] = [];
  if (replacesLetters && previous.state === 'ok') {
    const current = new Set(now.filter(inLettersFolder).map(asDocx));
    ({ removed, kept } = await removeListed(outDir, [...previous.files].filter((p) => inLettersFolder(p) && !current.has(asDocx(p)))));
  } else if (replacesLetters) {
    const others = await notWrittenNow(join(outDir, LETTERS_DIR), new Set(now));
    if (others > 0) notes.push(warning('invite/stale-no-manifest', { count: others, dir: `${shown(join(outDir, LETTERS_DIR))}/`, file: MANIFEST_NAME }));
  }

  const gone = new Set(removed.map((p) => manifestPath(outDir, p)));
  const files = [...(previous.state === 'ok' ? [...previous.files].filter((p) => !gone.has(p)) : []), ...now];
  try {
    await writeManifest(outDir, files);
  } catch (error) {
    notes.push(warning('invite/manifest-not-written', { file: shown(join(outDir, MANIFEST_NAME)), code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
  }

  const said: Note[] = removed.map((path) => ({ mark: 'removed', messageId: 'invite/stale-removed', params: { path: shown(path) } }));
  for (const { path, reason } of kept) {
    said.push({ ...warning('invite/stale-kept', { path: shown(path), reason }), ...(reason === 'open-in-word' ? { reasonId: 'invite/stale-open-in-word' } : {}) });
  }
  return { removed: removed.map(shown), notes: [...said, ...notes] };
}

/**
 * Adds files written later in the same run (the PDFs of `build --pdf`, the .eml files of `send --dry-run`) to the
 * manifest, and drops the manifest paths in `dropped` (files removed meanwhile). Returns the notes to give, if any.
 */
export async function recordMore(outDir: string, written: readonly string[], io: Pick<Io, 'cwd'>, dropped: readonly string[] = []): Promise<Note[]> {
  const previous: ManifestState = await readManifest(outDir);
  const gone = new Set(dropped);
  const files = [...(previous.state === 'ok' ? [...previous.files].filter((p) => !gone.has(p)) : []), ...written.map((p) => manifestPath(outDir, p))];
  try {
    await writeManifest(outDir, files);
    return [];
  } catch (error) {
    const file = relativeSlashPath(join(outDir, MANIFEST_NAME), io.cwd);
    return [warning('invite/manifest-not-written', { file, code: (error as NodeJS.ErrnoException).code ?? 'EIO' })];
  }
}

/**
 * Removes what the manifest lists directly under `folder` of the output folder (the .eml files of an earlier dry
 * run), and nothing else there. Returns the manifest paths of the files removed or already gone.
 */
export async function removeRecordedUnder(outDir: string, folder: string): Promise<string[]> {
  const previous = await readManifest(outDir);
  if (previous.state !== 'ok') return [];
  const listed = [...previous.files].filter((p) => p.startsWith(`${folder}/`) && !p.slice(folder.length + 1).includes('/'));
  const { kept } = await removeListed(outDir, listed);
  const stay = new Set(kept.map((k) => manifestPath(outDir, k.path)));
  return listed.filter((p) => !stay.has(p));
}

/** How many files in `dir` this run did not write (hidden files, temporary files and Word's owner files aside). */
async function notWrittenNow(dir: string, now: Set<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  return names.filter((n) => !n.startsWith('.') && !n.startsWith('~$') && !now.has(`${LETTERS_DIR}/${n}`)).length;
}
