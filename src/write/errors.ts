import { relative, sep } from 'node:path';
import type { Diagnostic } from '../report/diagnostic.js';
import { failedTarget } from './atomic.js';
import { OpenInWordError } from './temps.js';

/** The message for a file-system error code, where the cause is clear from the code; else the general one. */
const MESSAGE_OF: Record<string, string> = {
  ENOSPC: 'io/disk-full',
  EDQUOT: 'io/disk-full',
  EACCES: 'io/no-permission',
  EPERM: 'io/no-permission',
  EROFS: 'io/no-permission',
  ENOTDIR: 'io/in-the-way',
  EEXIST: 'io/in-the-way',
  EISDIR: 'io/in-the-way',
  ENOTEMPTY: 'io/in-the-way',
};

/**
 * A failed write as a diagnostic on the file it was about to write (the error's target, else `fallback`), shown
 * relative to `cwd`: Word's owner file beside it, a full disk, no permission, a file or folder in the way, or the
 * general message (EBUSY: the file is open, in Word on Windows). EPERM's message names Word too: Windows answers
 * EPERM when a rename meets a document Word holds.
 */
export function writeErrorDiagnostic(error: unknown, cwd: string, fallback: string): Diagnostic {
  const file = relative(cwd, failedTarget(error) ?? fallback).split(sep).join('/');
  if (error instanceof OpenInWordError) {
    return { file, severity: 'error', ruleId: 'io/write', messageId: 'io/open-in-word', params: { lock: error.lock } };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EIO';
  return { file, severity: 'error', ruleId: 'io/write', messageId: MESSAGE_OF[code] ?? 'io/write-failed', params: { code } };
}
