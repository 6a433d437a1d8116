import { resolve } from 'node:path';
import { checkPlan } from '../../engine/check-plan.js';
import { checkTemplates } from '../../engine/check-templates.js';
import { defaultTemplatesDir } from '../../render/templates.js';
import type { FileResult } from '../../report/types.js';
import { exitCode } from '../../core/exit-code.js';
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
  const paths = await planFiles(files, io.cwd);
  if (paths.length === 0) {
    emitReport([{ file: 'plans', diagnostics: [{ file: 'plans', severity: 'error', kind: 'usage', ruleId: 'io/read', messageId: 'io/no-plans', params: { dir: 'plans/' } }] }], options, io);
    return ExitCode.usage;
  }
  if (options.fix) {
    const { fixFiles } = await import('./fix.js');
    const status = await fixFiles(paths, options, io);
    if (options.dryRun || status !== ExitCode.ok) return status;
  }
  const checks = await Promise.all(paths.map((path) => checkPlan(path, {}, { replies: true })));
  const templatesDir = options.templates ? resolve(io.cwd, options.templates) : defaultTemplatesDir();
  const results: FileResult[] = checks.map((check) => ({ ...check, diagnostics: check.diagnostics.filter((d) => d.file === check.file) }));
  // A problem of another file read with the plan (its replies file) is listed under that file.
  for (const d of checks.flatMap((c) => c.diagnostics.filter((x) => x.file !== c.file))) {
    const result = results.find((r) => r.file === d.file);
    if (result) result.diagnostics.push(d);
    else results.push({ file: d.file, diagnostics: [d] });
  }
  // What the build would fail on is checked against each valid plan: a problem of the plan stays under the plan; one
  // of a template or a data file is reported once, under that file.
  const seen = new Set<string>();
  for (const [i, check] of checks.entries()) {
    if (!check.model) continue;
    const documents = await checkTemplates(check.model, templatesDir, check.file, check.locate);
    for (const d of documents.diagnostics) {
      if (d.file === check.file) {
        results[i]!.diagnostics.push(d);
        continue;
      }
      const key = `${d.file}:${d.range?.start.line}:${d.range?.start.column}:${d.messageId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = results.find((r) => r.file === d.file);
      if (result) result.diagnostics.push(d);
      else results.push({ file: d.file, diagnostics: [d] });
    }
  }
  emitReport(results, options, io);
  return exitCode(results.flatMap((r) => r.diagnostics));
}
