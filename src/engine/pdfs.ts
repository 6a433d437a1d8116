import { relativeSlashPath } from '../report/paths.js';
import { resolve } from 'node:path';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { writeErrorDiagnostic } from '../write/errors.js';
import { convertToPdf, PdfError } from '../write/pdf.js';
import type { Io } from '../core/io.js';
import type { WrittenFile } from '../core/output.js';
import { NO_PROGRESS, type Progress } from '../core/progress.js';
import type { Lang } from '../i18n/messages/types.js';

export type { WrittenFile } from '../core/output.js';

export type PdfResult = { ok: true; files: WrittenFile[]; ms: number } | { ok: false; diagnostics: Diagnostic[] };

/**
 * `plan build --pdf`: a PDF beside every DOCX the build wrote (ke-hoach.pdf, giay-moi/001-….pdf, …), with a progress
 * bar on a terminal (`progress`). `written` paths are relative to io.cwd with forward slashes, as in the manifest.
 */
export async function writePdfs(
  written: readonly WrittenFile[], soffice: string, outDir: string, options: { lang: Lang; progress?: Progress; signal?: AbortSignal }, io: Pick<Io, 'cwd' | 'env'>,
): Promise<PdfResult> {
  const docx = written.filter((w) => w.path.endsWith('.docx'));
  const jobs = docx.map((w) => {
    const source = resolve(io.cwd, w.path);
    return { source, target: source.replace(/\.docx$/, '.pdf') };
  });
  const bar = options.progress ?? NO_PROGRESS;
  const started = performance.now();
  try {
    await convertToPdf(jobs, { soffice, workDir: outDir, env: io.env, onProgress: (done, total) => bar.tick(done, total) });
  } catch (error) {
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
    files: docx.map((w, i) => ({ kind: 'pdf', path: shown(jobs[i]!.target), source: w.path, ...(w.invitee ? { invitee: w.invitee } : {}) })),
  };
}
