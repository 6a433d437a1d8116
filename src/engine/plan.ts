import { basename, extname, join, resolve } from 'node:path';
import { relativeSlashPath } from '../report/paths.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Io } from '../core/io.js';
import { planFiles } from '../load/plan-files.js';
import type { PlanModel } from '../model/plan.js';
import { defaultTemplatesDir } from '../render/templates.js';
import { checkPlan, type PlanCheck } from './check-plan.js';

export interface PlanRequest {
  /** The plan file as the clerk named it; default: the only plan in plans/. */
  file?: string;
  /** `--out`, relative to io.cwd; default `out/<plan name>`. */
  out?: string;
  /** `--templates`, relative to io.cwd; default the templates shipped with the program. */
  templates?: string;
  /** `plan invite --data/--sheet`: the invitee list that replaces the plan's, for the rules too. */
  data?: string;
  sheet?: string;
}

/** A plan that checked clean of errors (warnings stay in `check.diagnostics`), and where its documents go. */
export interface OpenPlan {
  ok: true;
  planFile: string;
  check: PlanCheck & { model: PlanModel };
  /** `--out`, else `out/<plan name>`, absolute. */
  outDir: string;
  /** `--templates`, else the templates shipped with the program, absolute. */
  templatesDir: string;
}

/** Why there is no plan to work on: a usage problem (none, or several) or the plan's own errors (`check`). */
export type NoPlan = { ok: false; usage: Diagnostic[]; check?: undefined } | { ok: false; usage?: undefined; check: PlanCheck };

/** A problem of how the program was called or configured: about no file, so reported without one. */
export const usageProblem = (messageId: string, params: Record<string, string | number> = {}): Diagnostic =>
  ({ severity: 'error', kind: 'usage', ruleId: 'usage', messageId, params });

/**
 * The set-up of the workflows on one plan (build, invite, send): the file named, else the only plan in plans/ (none or
 * several is a usage problem), checked.
 */
export async function openPlan(request: PlanRequest, io: Pick<Io, 'cwd'>): Promise<OpenPlan | NoPlan> {
  const candidates = await planFiles(request.file ? [request.file] : [], io.cwd);
  if (candidates.length === 0) return { ok: false, usage: [usageProblem('io/no-plans', { dir: 'plans/' })] };
  if (candidates.length > 1) {
    const files = candidates.map((c) => relativeSlashPath(c, io.cwd)).join(', ');
    return { ok: false, usage: [usageProblem('usage/which-plan', { files })] };
  }
  const planFile = candidates[0]!;
  const check = await checkPlan(planFile, {
    ...(request.data !== undefined ? { data: resolve(io.cwd, request.data) } : {}),
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
  });
  if (!check.model || check.diagnostics.some((d) => d.severity === 'error')) return { ok: false, check };
  return {
    ok: true,
    planFile,
    check: check as PlanCheck & { model: PlanModel },
    outDir: resolve(io.cwd, request.out ?? join('out', basename(planFile, extname(planFile)))),
    templatesDir: request.templates ? resolve(io.cwd, request.templates) : defaultTemplatesDir(),
  };
}
