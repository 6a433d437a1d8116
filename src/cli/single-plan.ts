import { exitCode } from '../core/exit-code.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { openPlan, usageProblem, type OpenPlan, type NoPlan, type PlanRequest } from '../engine/plan.js';
import type { Io } from './io.js';
import { emitReport, type OutputOptions } from './output.js';

export type SinglePlanOptions = OutputOptions & PlanRequest;
export type SinglePlan = OpenPlan;

export const usage = usageProblem;

/** Reports diagnostics on stderr under the file of the first (none for a usage problem); returns `code`. */
export function fail(diagnostics: Diagnostic[], code: number, options: OutputOptions, io: Io): number {
  emitReport([{ file: diagnostics[0]?.file, diagnostics }], options, io, 'stderr');
  return code;
}

/** Reports why there is no plan to work on (a usage problem, or the plan's errors); returns the exit code. */
export function reportNoPlan(noPlan: NoPlan, options: OutputOptions, io: Io): number {
  if (noPlan.usage) return fail(noPlan.usage, exitCode(noPlan.usage, true), options, io);
  emitReport([noPlan.check], options, io, 'stderr');
  return exitCode(noPlan.check.diagnostics, true);
}

/** engine/openPlan for the commands: a plan with errors is reported and ends the command with its exit code. */
export async function loadSinglePlan(file: string | undefined, options: SinglePlanOptions, io: Io): Promise<SinglePlan | { ok: false; code: number }> {
  const plan = await openPlan({ ...options, file }, io);
  return plan.ok ? plan : { ok: false, code: reportNoPlan(plan, options, io) };
}
