import { relativeSlashPath } from '../../report/paths.js';
import { join } from 'node:path';
import { invite, type InviteResult } from '../../engine/invite.js';
import { plural, t } from '../../i18n/index.js';
import { LETTERS_DIR, MERGED_NAME } from '../../merge/invitations.js';
import { progressBar as sharedBar } from '../../send/progress.js';
import type { Io } from '../io.js';
import { noteLines } from '../notes.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail, reportNoPlan } from '../single-plan.js';

export interface InviteOptions extends OutputOptions {
  data?: string;
  sheet?: string;
  out?: string;
  separate?: boolean;
  merged?: boolean;
  json?: boolean;
  templates?: string;
}

/** A run this long gets a progress bar (on a terminal only). */
const PROGRESS_FROM = 200;

/** The shared bar, for a long run only, redrawn at most every 1 %. */
function progressBar(io: Io, total: number, enabled: boolean, label: string) {
  const bar = sharedBar(io, enabled && total >= PROGRESS_FROM, label);
  const step = Math.max(1, Math.floor(total / 100));
  return { tick: (done: number) => (done % step === 0 || done === total ? bar.tick(done, total) : undefined), end: bar.end };
}

export async function runInvite(file: string | undefined, options: InviteOptions, io: Io): Promise<number> {
  const result = await invite({
    ...(file !== undefined ? { file } : {}),
    ...(options.out !== undefined ? { out: options.out } : {}),
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.data !== undefined ? { data: options.data } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.separate ? { separate: true } : {}),
    ...(options.merged ? { merged: true } : {}),
    progress: (total) => progressBar(io, total, !options.json, t('invite/progress', undefined, options.lang)),
  }, io);
  printInvite(result, options, io);
  return result.code;
}

/** What `plan invite` says: the findings, then what was written (or what stopped it), then the notes. */
export function printInvite(result: InviteResult, options: InviteOptions, io: Io): void {
  if (result.noPlan) {
    reportNoPlan(result.noPlan, options, io);
    return;
  }
  const { planFindings, otherFindings } = result;
  const results = [
    ...(planFindings.length > 0 && result.plan ? [{ ...result.plan, diagnostics: planFindings }] : []),
    ...(otherFindings.length > 0 ? [{ file: otherFindings[0]!.file, diagnostics: otherFindings }] : []),
  ];
  if (results.length > 0) emitReport(results, options, io, 'stderr');
  if (result.stopped === 'prepare') return;
  if (result.stopped === 'write') {
    fail(result.failure, result.code, options, io);
    return;
  }
  const shown = (path: string) => relativeSlashPath(path, io.cwd);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ files: result.written, ...(result.removed.length ? { removed: result.removed } : {}) }, null, 2)}\n`);
  } else if (result.outDir !== undefined) {
    if (result.separate) io.stderr.write(`✔ ${plural('invite/done', result.letters, options.lang)}: ${shown(join(result.outDir, LETTERS_DIR))}/\n`);
    if (result.merged) io.stderr.write(`✔ ${shown(join(result.outDir, MERGED_NAME))}\n`);
  }
  for (const line of noteLines(result.notes, options.lang, options.json)) io.stderr.write(line);
}
