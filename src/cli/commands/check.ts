import { check } from '../../engine/check.js';
import { ExitCode, type Io } from '../io.js';
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
  const result = await check({
    files,
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.fix ? { fix: true } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
  }, io);
  if (result.fixes) {
    const { printFixes } = await import('./fix.js');
    printFixes(result.fixes, options, io);
  }
  if (result.stopped === 'fix') return result.code;
  emitReport(result.stopped ? [{ diagnostics: result.failure }] : result.files, options, io);
  return result.code;
}
