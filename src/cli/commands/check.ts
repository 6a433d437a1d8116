import { check } from '../../engine/check.js';
import { ExitCode, type Io } from '../io.js';
import { planFiles } from '../../load/plan-files.js';
import { emitReport, type OutputOptions } from '../output.js';

export interface CheckOptions extends OutputOptions {
  templates?: string;
  /** Print the rule catalogue instead of checking. */
  rules?: boolean;
  /** Repair what is certain first (src/engine/fix), then check what is left. */
  fix?: boolean;
  /** With fix: print the diff, write nothing, and stop there. */
  dryRun?: boolean;
}

async function printCatalogue(options: CheckOptions, io: Io): Promise<number> {
  const [{ ruleCatalogue }, { formatCatalogue }, { t }] = await Promise.all([
    import('../../validate/rules/index.js'),
    import('../../report/catalogue.js'),
    import('../../i18n/index.js'),
  ]);
  io.stdout.write(formatCatalogue(options.format, ruleCatalogue(options.lang), {
    severity: (s) => t(`report/severity.${s}`, undefined, options.lang),
    citation: (c) => t('report/citation', { citation: c }, options.lang),
  }));
  return ExitCode.ok;
}

export async function runCheck(files: string[], options: CheckOptions, io: Io): Promise<number> {
  if (options.rules) return printCatalogue(options, io);
  if (options.fix) {
    const paths = await planFiles(files, io.cwd);
    const { fixFiles } = await import('./fix.js');
    const status = paths.length > 0 ? await fixFiles(paths, options, io) : ExitCode.ok;
    if (paths.length > 0 && (options.dryRun || status !== ExitCode.ok)) return status;
  }
  const result = await check({ files, ...(options.templates !== undefined ? { templates: options.templates } : {}) }, io);
  emitReport(result.stopped ? [{ diagnostics: result.failure }] : result.files, options, io);
  return result.code;
}
