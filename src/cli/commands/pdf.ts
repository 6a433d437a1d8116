import { relative, resolve, sep } from 'node:path';
import { t } from '../../i18n/index.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { progressBar } from '../../send/progress.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { convertToPdf, PdfError } from '../../write/pdf.js';
import type { Io } from '../io.js';
import type { OutputOptions } from '../output.js';

/** A manifest entry of `plan build --json`. PDFs are `kind: "pdf"` and name the DOCX they were made from. */
export interface WrittenFile {
  kind: string;
  path: string;
  invitee?: string;
  source?: string;
}

export type PdfResult = { ok: true; files: WrittenFile[]; ms: number } | { ok: false; diagnostics: Diagnostic[] };

/**
 * `plan build --pdf`: a PDF beside every DOCX the build wrote (ke-hoach.pdf, giay-moi/001-….pdf, …), with a progress
 * bar on a terminal. `written` paths are relative to io.cwd with forward slashes, as in the manifest.
 */
export async function writePdfs(written: readonly WrittenFile[], soffice: string, outDir: string, options: OutputOptions & { json?: boolean }, io: Io): Promise<PdfResult> {
  const docx = written.filter((w) => w.path.endsWith('.docx'));
  const jobs = docx.map((w) => {
    const source = resolve(io.cwd, w.path);
    return { source, target: source.replace(/\.docx$/, '.pdf') };
  });
  const bar = progressBar(io, !options.json, t('pdf/progress', undefined, options.lang));
  const started = performance.now();
  try {
    await convertToPdf(jobs, { soffice, workDir: outDir, onProgress: bar.tick });
  } catch (error) {
    // LibreOffice's failure, at the document it failed on twice; or the file system's (a PDF that could not be put in
    // place, at its file).
    if (!(error instanceof PdfError)) return { ok: false, diagnostics: [writeErrorDiagnostic(error, io.cwd, outDir)] };
    const reason = error.timedOut ? t('pdf/timed-out', undefined, options.lang) : (error.detail ?? t('pdf/left-out', undefined, options.lang));
    const file = relative(io.cwd, error.source).split(sep).join('/');
    return { ok: false, diagnostics: [{ file, severity: 'error', ruleId: 'io/pdf', messageId: 'pdf/failed', params: { file, reason } }] };
  } finally {
    bar.end();
  }
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/');
  return {
    ok: true,
    ms: performance.now() - started,
    files: docx.map((w, i) => ({ kind: 'pdf', path: shown(jobs[i]!.target), source: w.path, ...(w.invitee ? { invitee: w.invitee } : {}) })),
  };
}
