import { basename, extname, join, relative, resolve } from 'node:path';
import { checkPlan, type PlanCheck } from '../engine/check-plan.js';
import type { PlanModel } from '../model/plan.js';
import { defaultTemplatesDir } from '../render/templates.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { ExitCode, type Io } from './io.js';
import { emitReport, type OutputOptions } from './output.js';
import { planFiles } from './plan-files.js';

export interface SinglePlanOptions extends OutputOptions {
  out?: string;
  templates?: string;
  /** `plan invite --data/--sheet`: the invitee list that replaces the plan's, for the rules too. */
  data?: string;
  sheet?: string;
}

/** A plan that checked clean of errors (warnings stay in `check.diagnostics`), and where its documents go. */
export interface SinglePlan {
  ok: true;
  planFile: string;
  check: PlanCheck & { model: PlanModel };
  /** `--out`, else `out/<plan name>`, absolute. */
  outDir: string;
  /** `--templates`, else the templates shipped with the program, absolute. */
  templatesDir: string;
}

export const usage = (messageId: string, params: Record<string, string | number> = {}): Diagnostic =>
  ({ file: 'plan', severity: 'error', ruleId: 'usage', messageId, params });

/** Reports diagnostics on stderr under the file of the first; returns `code`. */
export function fail(diagnostics: Diagnostic[], code: number, options: OutputOptions, io: Io): number {
  emitReport([{ file: diagnostics[0]?.file ?? 'plan', diagnostics }], options, io, 'stderr');
  return code;
}

/**
 * The set-up of the commands that work on one plan (build, invite, send): the file named, else the only plan in
 * plans/ (none or several is a usage error), checked; a plan with errors is reported and ends the command with its
 * exit code (2 when it could not be read, else 1).
 */
export async function loadSinglePlan(
  file: string | undefined, options: SinglePlanOptions, io: Io,
): Promise<SinglePlan | { ok: false; code: number }> {
  const candidates = await planFiles(file ? [file] : [], io.cwd);
  if (candidates.length === 0) return { ok: false, code: fail([usage('io/no-plans', { dir: 'plans/' })], ExitCode.usage, options, io) };
  if (candidates.length > 1) {
    const files = candidates.map((c) => relative(io.cwd, c)).join(', ');
    return { ok: false, code: fail([usage('usage/which-plan', { files })], ExitCode.usage, options, io) };
  }
  const planFile = candidates[0]!;
  const check = await checkPlan(planFile, {
    ...(options.data !== undefined ? { data: resolve(io.cwd, options.data) } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  });
  if (!check.model || check.diagnostics.some((d) => d.severity === 'error')) {
    emitReport([check], options, io, 'stderr');
    return { ok: false, code: check.ioFailure ? ExitCode.usage : ExitCode.inputErrors };
  }
  return {
    ok: true,
    planFile,
    check: check as PlanCheck & { model: PlanModel },
    outDir: resolve(io.cwd, options.out ?? join('out', basename(planFile, extname(planFile)))),
    templatesDir: options.templates ? resolve(io.cwd, options.templates) : defaultTemplatesDir(),
  };
}
