import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../../src/report/diagnostic.js';
import { ROOT } from '../../helpers/seed.js';

export const fixture = (name: string): string =>
  join(ROOT, 'tests', 'fixtures', 'invitees', name);

/** A temp folder for generated fixtures (raw bytes, workbooks), removed after the file's tests. */
export function tempFolder(): { path: (name: string) => string; write: (name: string, data: string | Uint8Array) => Promise<string> } {
  let folder: string | undefined;
  const ready = mkdtemp(join(tmpdir(), 'plan-invitees-')).then((f) => (folder = f));
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return {
    path: (name) => join(folder!, name),
    write: async (name, data) => {
      await ready;
      const file = join(folder!, name);
      await writeFile(file, data);
      return file;
    },
  };
}

/** Compact view of diagnostics for assertions. */
export const brief = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => ({
    severity: d.severity,
    ruleId: d.ruleId,
    messageId: d.messageId,
    line: d.range?.start.line,
    column: d.range?.start.column,
    params: d.params,
  }));
