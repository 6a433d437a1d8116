import type { Diagnostic } from '../../core/diagnostic.js';
import { build, type BuildRequest, type BuildResult } from '../../engine/build.js';
import { t } from '../../i18n/index.js';
import { progressBar } from '../../send/progress.js';
import { buildSummary, fileList } from '../build-summary.js';
import type { Io } from '../io.js';
import { noteLines } from '../notes.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail } from '../single-plan.js';

export interface BuildOptions extends OutputOptions {
  out?: string;
  only?: string;
  json?: boolean;
  templates?: string;
  /** Also write a PDF of every document through LibreOffice. */
  pdf?: boolean;
  /** List every file written, not only how many of each kind. */
  verbose?: boolean;
  /** The caller (`plan send`) has shown the plan's and the invitee list's findings: only errors are reported here. */
  findingsShown?: boolean;
}

export async function runBuild(file: string | undefined, options: BuildOptions, io: Io): Promise<number> {
  const result = await build(buildRequest(file, options, io), io);
  printBuild(result, options, io);
  return result.code;
}

/** The engine's request for `plan build`'s options (and `--watch`'s, which builds the same way each time). */
export function buildRequest(file: string | undefined, options: BuildOptions, io: Io): BuildRequest {
  return {
    ...(file !== undefined ? { file } : {}),
    ...(options.out !== undefined ? { out: options.out } : {}),
    ...(options.only !== undefined ? { only: options.only } : {}),
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.pdf ? { pdf: true } : {}),
    lang: options.lang,
    progress: () => progressBar(io, !options.json, t('pdf/progress', undefined, options.lang)),
  };
}

/** `plan build --json`: the files written and the letters removed. */
export const buildManifest = (result: BuildResult) => ({ files: result.written, ...(result.removed.length ? { removed: result.removed } : {}) });

/**
 * What `plan build` says: the --json manifest on stdout; on stderr the summary (every file with --verbose), the notes
 * about the output folder, then the findings once, after what was written (so the list never scrolls them away), and
 * last what stopped the build.
 */
export function printBuild(result: BuildResult, options: BuildOptions, io: Io): void {
  const report = (diagnostics: Diagnostic[]) => fail(diagnostics, result.code, options, io);
  const showFindings = () => {
    const shown = options.findingsShown ? result.findings.filter((d) => d.severity === 'error') : result.findings;
    if (shown.length > 0 && result.plan) emitReport([{ ...result.plan, diagnostics: shown }], options, io, 'stderr');
  };
  const tell = () => {
    if (options.json || result.outDir === undefined) return;
    const summary = buildSummary(result.written, result.outDir, io.cwd, options.lang);
    io.stderr.write(`${options.verbose ? fileList(result.written) : ''}${summary}${result.findings.length > 0 && !options.findingsShown ? '\n' : ''}`);
  };
  const notes = () => {
    for (const line of noteLines(result.notes, options.lang, options.json)) io.stderr.write(line);
  };
  switch (result.stopped) {
    case 'usage':
      report(result.failure);
      return;
    case 'plan':
      if (result.plan) emitReport([{ ...result.plan, diagnostics: result.findings }], options, io, 'stderr');
      return;
    case 'produce':
      showFindings();
      return;
    case 'write':
      showFindings();
      report(result.failure);
      return;
    case 'pdf':
      tell();
      notes();
      showFindings();
      report(result.failure);
      return;
    case undefined:
      if (options.json) io.stdout.write(`${JSON.stringify(buildManifest(result), null, 2)}\n`);
      tell();
      notes();
      showFindings();
  }
}
