import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { failedTarget } from './atomic.js';
import { OpenInWordError } from './temps.js';
import { relativeSlashPath, slashPath } from '../report/paths.js';

/**
 * The message for a file that could not be written, by the file system's code, where the code says why. Only EBUSY
 * and EPERM name Word: they are what Windows answers when Word holds the document. Every other code gets its own cause
 * (or the general message, which blames nothing).
 */
const FILE_MESSAGE: Record<string, string> = {
  ENOSPC: 'io/disk-full',
  EDQUOT: 'io/disk-full',
  EACCES: 'io/no-write-permission',
  EROFS: 'io/read-only',
  EPERM: 'io/no-permission',
  EBUSY: 'io/busy',
  ENOTDIR: 'io/in-the-way',
  EEXIST: 'io/in-the-way',
  EISDIR: 'io/in-the-way',
  ENOTEMPTY: 'io/in-the-way',
  ENOENT: 'io/folder-gone',
};

/** The message for a folder that could not be created, by code. */
const FOLDER_MESSAGE: Record<string, string> = {
  ENOENT: 'io/folder/not-here',
  ENOTDIR: 'io/folder/file-in-the-way',
  EEXIST: 'io/folder/file-in-the-way',
  EACCES: 'io/folder/no-permission',
  EPERM: 'io/folder/no-permission',
  EROFS: 'io/folder/read-only',
  ENOSPC: 'io/folder/disk-full',
  EDQUOT: 'io/folder/disk-full',
  ENAMETOOLONG: 'io/folder/name-too-long',
  ELOOP: 'io/folder/loop',
};

/** A path as messages show it: relative to `cwd` when inside it, else absolute (`/proc/x`, not `../../proc/x`). */
function shownPath(cwd: string, path: string): string {
  return relativeSlashPath(path, cwd) === '' ? '.' : slashPath(path, cwd);
}

/** The nearest ancestor of `folder` that exists and is not a folder: the file standing in the way (ENOTDIR). */
function fileInTheWay(folder: string): string | undefined {
  for (let p = folder; dirname(p) !== p; p = dirname(p)) {
    try {
      if (!statSync(p).isDirectory()) return p;
      return undefined;
    } catch {
      // Not there (or not reachable): look further up.
    }
  }
  return undefined;
}

/**
 * A failed write as a diagnostic on the file it was about to write (the error's target, else `fallback`), shown
 * relative to `cwd`. A folder that could not be created (a failed `mkdir`) is named with the cause in plain words;
 * Word's owner file beside the target, and EBUSY/EPERM, name Word; other codes say what they mean.
 */
export function writeErrorDiagnostic(error: unknown, cwd: string, fallback: string): Diagnostic {
  const file = shownPath(cwd, failedTarget(error) ?? fallback);
  if (error instanceof OpenInWordError) {
    return { file, severity: 'error', kind: 'io', ruleId: 'io/write', messageId: 'io/open-in-word', params: { lock: error.lock } };
  }
  const e = error as NodeJS.ErrnoException | null;
  const code = e?.code ?? 'EIO';
  if (e?.syscall === 'mkdir' && typeof e.path === 'string') {
    const blocker = code === 'ENOTDIR' || code === 'EEXIST' ? fileInTheWay(e.path) : undefined;
    const params = { code, folder: shownPath(cwd, e.path), blocker: blocker ? shownPath(cwd, blocker) : shownPath(cwd, e.path) };
    return { file, severity: 'error', kind: 'io', ruleId: 'io/write', messageId: FOLDER_MESSAGE[code] ?? 'io/folder/failed', params };
  }
  return { file, severity: 'error', kind: 'io', ruleId: 'io/write', messageId: FILE_MESSAGE[code] ?? 'io/write-failed', params: { code } };
}
