import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { pathInside } from './inside.js';
import { wordLockFile, writeFs } from './temps.js';
import { relativeSlashPath } from '../report/paths.js';

/**
 * The record, in the output folder, of every file plan wrote there: what a later run may remove when it is no longer
 * needed (a letter for an invitee who left the list). Nothing else is ever removed, whatever its name.
 */
export const MANIFEST_NAME = '.plan-manifest.json';

const FORMAT = 'plan-manifest';
const VERSION = 1;

export type ManifestState = { state: 'none' } | { state: 'unreadable'; reason: string } | { state: 'ok'; files: Set<string> };

/**
 * A path the manifest may hold: relative to the output folder, forward slashes, no `.`/`..` part, nothing hidden. A
 * manifest someone edited can therefore name nothing outside the folder.
 */
export function isManifestPath(path: unknown): path is string {
  if (typeof path !== 'string' || path === '' || path.includes('\\') || path.includes('\0') || path.startsWith('/')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.startsWith('.'));
}

/** The manifest of `outDir`: absent (no earlier run, or one before manifests existed), unreadable, or its files. */
export async function readManifest(outDir: string): Promise<ManifestState> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_NAME), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? { state: 'none' } : { state: 'unreadable', reason: code };
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; version?: unknown; files?: unknown };
    if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.files)) return { state: 'unreadable', reason: 'format' };
    return { state: 'ok', files: new Set(data.files.filter(isManifestPath)) };
  } catch {
    return { state: 'unreadable', reason: 'JSON' };
  }
}

/** Writes the manifest atomically: sorted, no dates, so the same files give the same bytes. */
export async function writeManifest(outDir: string, files: Iterable<string>): Promise<void> {
  const sorted = [...new Set(files)].filter(isManifestPath).sort();
  const data = { format: FORMAT, version: VERSION, note: 'Các tệp plan đã ghi vào thư mục này; plan chỉ xóa tệp có tên ở đây. / Files plan wrote here; plan removes only files listed here.', files: sorted };
  await writeFileAtomic(join(outDir, MANIFEST_NAME), `${JSON.stringify(data, null, 2)}\n`);
}

/** `path` (absolute, inside `outDir`) as the manifest writes it. */
export const manifestPath = (outDir: string, path: string): string => relativeSlashPath(path, outDir);

export interface Removal {
  /** Paths removed (absolute). */
  removed: string[];
  /** Paths that could not be removed, with why (`open-in-word` or the file system's code). */
  kept: { path: string; reason: string }[];
}

/**
 * Removes the files of `candidates` (manifest paths) that are still there: each one an earlier run wrote and this run
 * no longer needs. A file Word has open (its owner file beside it) is kept and reported, as is one that cannot be
 * removed; one already gone is neither.
 */
export async function removeListed(outDir: string, candidates: readonly string[]): Promise<Removal> {
  const result: Removal = { removed: [], kept: [] };
  const names = new Map<string, Promise<string[]>>();
  const listing = (dir: string) => {
    if (!names.has(dir)) names.set(dir, writeFs.readdir(dir).catch(() => []));
    return names.get(dir)!;
  };
  for (const candidate of [...candidates].sort()) {
    const path = pathInside(outDir, candidate);
    const dir = join(path, '..');
    if (wordLockFile(path, await listing(dir)) !== undefined) {
      result.kept.push({ path, reason: 'open-in-word' });
      continue;
    }
    try {
      await writeFs.unlink(path);
      result.removed.push(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'ENOENT') result.kept.push({ path, reason: code });
    }
  }
  return result;
}
