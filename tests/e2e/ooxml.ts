// Word is stricter than LibreOffice: every DOCX the built program writes goes through the shared OOXML validator
// (ECMA-376 Transitional schemas plus Word's ordering and package rules). It needs python3 and xmllint, which
// scripts/setup.sh installs; without them the check fails loudly rather than passing by skipping.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './run-built.js';

const run = promisify(execFile);
export const OOXML_VALIDATE = join(ROOT, '..', 'shared', 'tools', 'ooxml', 'ooxml-validate');

export interface OoxmlVerdict {
  ok: boolean;
  files: number;
  output: string;
}

/** Validates the DOCX files in batches; ok only when the validator exits 0 for each batch. */
export async function ooxmlValidate(docxFiles: readonly string[]): Promise<OoxmlVerdict> {
  if (!existsSync(OOXML_VALIDATE)) throw new Error(`ooxml-validate is missing at ${OOXML_VALIDATE}`);
  let output = '';
  let ok = true;
  for (let i = 0; i < docxFiles.length; i += 50) {
    const batch = docxFiles.slice(i, i + 50);
    try {
      const r = await run(OOXML_VALIDATE, batch, { maxBuffer: 64 * 1024 * 1024 });
      output += r.stdout + r.stderr;
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; code?: number };
      output += (err.stdout ?? '') + (err.stderr ?? '');
      ok = false;
    }
  }
  return { ok, files: docxFiles.length, output };
}
