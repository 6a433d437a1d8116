import { readFile, stat } from 'node:fs/promises';

/** Why a file could not be read; each loader words it for its own kind of file. */
export type ReadProblem =
  | { problem: 'not-found' | 'is-directory' | 'permission' }
  | { problem: 'too-large'; size: number; limit: number }
  | { problem: 'read-failed'; code: string };

/** The file's bytes, refused before reading when larger than `maxBytes` (a wrong file, or an attack). */
export async function readBytes(path: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | ({ ok: false } & ReadProblem)> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: 'is-directory' };
    if (info.size > maxBytes) return { ok: false, problem: 'too-large', size: info.size, limit: maxBytes };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'not-found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'permission' };
    return { ok: false, problem: 'read-failed', code };
  }
}
