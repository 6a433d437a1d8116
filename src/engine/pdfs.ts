import { relativeSlashPath } from '../report/paths.js';
import { resolve } from 'node:path';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { writeErrorDiagnostic } from '../write/errors.js';
import { convertToPdf, PdfError, type LetterSet, type PdfJob } from '../write/pdf.js';
import type { Io } from '../core/io.js';
import type { MergedLetters, WrittenFile } from '../core/output.js';
import { NO_PROGRESS, type Progress } from '../core/progress.js';
import type { Lang } from '../i18n/messages/types.js';

export type { WrittenFile } from '../core/output.js';

export type PdfResult = { ok: true; files: WrittenFile[]; ms: number } | { ok: false; diagnostics: Diagnostic[] };

export interface PdfRequest {
  lang: Lang;
  progress?: Progress;
  /** The merged letters the build wrote (its path as in `written`), whose letters are converted merged in chunks. */
  letters?: { merged: string } & MergedLetters;
  /** Stops the conversion: LibreOffice is killed, temporary files removed, and no PDF placed (not ok, no diagnostics). */
  signal?: AbortSignal;
}

/**
 * `plan build --pdf`: a PDF beside every DOCX the build wrote (ke-hoach.pdf, giay-moi/001-….pdf, …), with a progress
 * bar on a terminal (`progress`). `written` paths are relative to io.cwd with forward slashes, as in the manifest.
 * With `letters`, the letters' PDFs are cut from merged chunks and the merged letters' PDF is put together from them.
 */
export async function writePdfs(
  written: readonly WrittenFile[], soffice: string, outDir: string, options: PdfRequest, io: Pick<Io, 'cwd' | 'env'>,
): Promise<PdfResult> {
  const docx = written.filter((w) => w.path.endsWith('.docx'));
  const jobOf = (w: WrittenFile): PdfJob => {
    const source = resolve(io.cwd, w.path);
    return { source, target: source.replace(/\.docx$/, '.pdf') };
  };
  const letterSet = lettersOf(docx, options.letters, jobOf);
  const merged = new Set(letterSet ? [letterSet.entries.merged, ...letterSet.entries.letters] : []);
  const jobs = docx.filter((w) => !merged.has(w)).map(jobOf);
  const bar = options.progress ?? NO_PROGRESS;
  const started = performance.now();
  try {
    await convertToPdf(jobs, {
      soffice,
      workDir: outDir,
      env: io.env,
      onProgress: (done, total) => bar.tick(done, total),
      ...(letterSet ? { letters: letterSet.set } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) return { ok: false, diagnostics: [] };
    // LibreOffice's failure, at the document it failed on twice; or the file system's (a PDF that could not be put in
    // place, at its file).
    if (!(error instanceof PdfError)) return { ok: false, diagnostics: [writeErrorDiagnostic(error, io.cwd, outDir)] };
    const reason = error.timedOut ? t('pdf/timed-out', undefined, options.lang) : (error.detail ?? t('pdf/left-out', undefined, options.lang));
    const file = relativeSlashPath(error.source, io.cwd);
    return { ok: false, diagnostics: [{ file, severity: 'error', kind: 'io', ruleId: 'io/pdf', messageId: 'pdf/failed', params: { file, reason } }] };
  } finally {
    bar.end();
  }
  const shown = (path: string) => relativeSlashPath(path, io.cwd);
  return {
    ok: true,
    ms: performance.now() - started,
    files: docx.map((w) => ({ kind: 'pdf', path: shown(jobOf(w).target), source: w.path, ...(w.invitee ? { invitee: w.invitee } : {}) })),
  };
}

/**
 * The letters and the merged file among the documents, when they are the merged file's letters (as many, in
 * order); undefined otherwise, and every document is then converted on its own.
 */
function lettersOf(
  docx: readonly WrittenFile[], letters: PdfRequest['letters'], jobOf: (w: WrittenFile) => PdfJob,
): { set: LetterSet; entries: { merged: WrittenFile; letters: WrittenFile[] } } | undefined {
  if (letters === undefined) return undefined;
  const merged = docx.find((w) => w.path === letters.merged);
  const each = docx.filter((w) => w.kind === 'invitation');
  if (merged === undefined || each.length !== letters.count) return undefined;
  return { set: { letters: each.map(jobOf), merged: jobOf(merged), chunk: letters.chunk }, entries: { merged, letters: each } };
}
