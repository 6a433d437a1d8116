// The one plan the page edits: its text on disk, a version to detect edits made elsewhere (VS Code, git), and
// atomic saves that never overwrite a version the page has not seen.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../write/atomic.js';

export const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface Snapshot {
  text: string;
  version: string;
}

export type SaveResult = { ok: true; version: string } | { ok: false; conflict: Snapshot };

export class Workspace {
  constructor(readonly planFile: string) {}

  async read(): Promise<Snapshot> {
    const text = (await readFile(this.planFile, 'utf8')).replace(/^\uFEFF/, '');
    return { text, version: versionOf(text) };
  }

  /** Saves `text` only if the file is still at `baseVersion`; otherwise returns what is on disk now. */
  async save(text: string, baseVersion: string): Promise<SaveResult> {
    const disk = await this.read();
    if (disk.version !== baseVersion && disk.text !== text) return { ok: false, conflict: disk };
    await writeFileAtomic(this.planFile, text);
    return { ok: true, version: versionOf(text) };
  }
}
