import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { exitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import { planFiles } from '../load/plan-files.js';
import { defaultTemplatesDir } from '../render/templates.js';
import { checkPlan } from './check-plan.js';
import { checkTemplates } from './check-templates.js';
import type { FileFix } from './fix/fix-files.js';
import { usageProblem } from './plan.js';

export interface CheckRequest {
  /** The plan files as the clerk named them; none means every plans/*.yaml. */
  files?: readonly string[];
  /** `--templates`, relative to io.cwd; default the templates shipped with the program. */
  templates?: string;
  /** Repair what is certain first (src/engine/fix), then check what is left. */
  fix?: boolean;
  /** With fix: work out the repairs, write nothing, and stop there. */
  dryRun?: boolean;
}

/** One file's findings and, for source excerpts, its text. */
export interface CheckedFile {
  file: string;
  source?: string;
  diagnostics: Diagnostic[];
}

export interface CheckResult {
  /**
   * Absent when every plan was checked (with or without findings); `usage` when there was no plan to check; `fix`
   * after the repairs of a dry run, or when one could not be written.
   */
  stopped?: 'usage' | 'fix';
  /** With `fix`: what was (or would be) repaired, plan by plan. */
  fixes?: FileFix[];
  /** Each plan, then each other file with findings (a replies file, a template, a data file), in the order met. */
  files: CheckedFile[];
  /** Why there was nothing to check. */
  failure: Diagnostic[];
  timings: { check?: number };
  code: number;
}

/**
 * `plan check`: every plan through load → validate → model → rules, then, for each valid plan, what the build would
 * fail on (its templates and data file). A problem of another file is listed once, under that file, however many
 * plans share it. Writes nothing, prints nothing.
 */
export async function check(request: CheckRequest, io: Pick<Io, 'cwd'>): Promise<CheckResult> {
  const started = performance.now();
  const paths = await planFiles([...(request.files ?? [])], io.cwd);
  if (paths.length === 0) {
    const failure = [usageProblem('io/no-plans', { dir: 'plans/' })];
    return { stopped: 'usage', files: [], failure, timings: {}, code: exitCode(failure) };
  }
  let fixes: FileFix[] | undefined;
  if (request.fix) {
    const { fixFiles } = await import('./fix/fix-files.js');
    fixes = await fixFiles(paths, request.dryRun ?? false, io);
    const failure = fixes.flatMap((f) => (f.state === 'failed' ? [f.failure] : []));
    if (request.dryRun || failure.length > 0) {
      return { stopped: 'fix', fixes, files: [], failure, timings: { check: performance.now() - started }, code: exitCode(failure) };
    }
  }
  const checks = await Promise.all(paths.map((path) => checkPlan(path, {}, { replies: true })));
  const templatesDir = request.templates ? resolve(io.cwd, request.templates) : defaultTemplatesDir();
  const files: CheckedFile[] = checks.map((c) => ({
    file: c.file,
    ...(c.source !== undefined ? { source: c.source } : {}),
    diagnostics: c.diagnostics.filter((d) => d.file === c.file),
  }));
  const underItsFile = (d: Diagnostic) => {
    const known = files.find((f) => f.file === d.file);
    if (known) known.diagnostics.push(d);
    else files.push({ file: d.file ?? '', diagnostics: [d] });
  };
  // A problem of another file read with the plan (its replies file) is listed under that file.
  for (const d of checks.flatMap((c) => c.diagnostics.filter((x) => x.file !== c.file))) underItsFile(d);
  // What the build would fail on is checked against each valid plan: a problem of the plan stays under the plan; one
  // of a template or a data file is reported once, under that file.
  const seen = new Set<string>();
  for (const [i, c] of checks.entries()) {
    if (!c.model) continue;
    const documents = await checkTemplates(c.model, templatesDir, c.file, c.locate);
    for (const d of documents.diagnostics) {
      if (d.file === c.file) {
        files[i]!.diagnostics.push(d);
        continue;
      }
      const key = `${d.file}:${d.range?.start.line}:${d.range?.start.column}:${d.messageId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      underItsFile(d);
    }
  }
  return { ...(fixes ? { fixes } : {}), files, failure: [], timings: { check: performance.now() - started }, code: exitCode(files.flatMap((f) => f.diagnostics)) };
}
