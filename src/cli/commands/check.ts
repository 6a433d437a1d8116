import { checkPlan } from '../../engine/check-plan.js';
import { ExitCode, type Io } from '../io.js';
import { planFiles } from '../plan-files.js';
import { emitReport, type OutputOptions } from '../output.js';

export interface CheckOptions extends OutputOptions {}

export async function runCheck(files: string[], options: CheckOptions, io: Io): Promise<number> {
  const paths = await planFiles(files, io.cwd);
  if (paths.length === 0) {
    emitReport([{ file: 'plans', diagnostics: [{ file: 'plans', severity: 'error', ruleId: 'io/read', messageId: 'io/no-plans', params: { dir: 'plans/' } }] }], options, io);
    return ExitCode.usage;
  }
  const checks = await Promise.all(paths.map((path) => checkPlan(path)));
  emitReport(checks, options, io);
  if (checks.some((c) => c.ioFailure)) return ExitCode.usage;
  return checks.some((c) => c.diagnostics.some((d) => d.severity === 'error')) ? ExitCode.inputErrors : ExitCode.ok;
}
