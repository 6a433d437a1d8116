import { join, relative, resolve, sep } from 'node:path';
import { plural, t } from '../../i18n/index.js';
import { LETTERS_DIR, MERGED_NAME, prepareBatch, type Letter } from '../../merge/invitations.js';
import { assertNotOpenInWord, AtomicBatch } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { inParallel } from '../../write/in-parallel.js';
import { progressBar as sharedBar } from '../../send/progress.js';
import { exitCode } from '../../core/exit-code.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail, loadSinglePlan } from '../single-plan.js';
import { recordOutputs } from '../../engine/record-outputs.js';
import { noteLines } from '../notes.js';

export interface InviteOptions extends OutputOptions {
  data?: string;
  sheet?: string;
  out?: string;
  separate?: boolean;
  merged?: boolean;
  json?: boolean;
  templates?: string;
}

interface Written {
  kind: 'invitation' | 'invitations';
  path: string;
  invitee?: string;
}

/** Letters written at once: enough to overlap filling one letter with writing the others. */
const CONCURRENCY = 8;
/** A run this long gets a progress bar (on a terminal only). */
const PROGRESS_FROM = 200;

/** The shared bar, for a long run only, redrawn at most every 1 %. */
function progressBar(io: Io, total: number, enabled: boolean, label: string): { tick: (done: number) => void; end: () => void } {
  const bar = sharedBar(io, enabled && total >= PROGRESS_FROM, label);
  const step = Math.max(1, Math.floor(total / 100));
  return { tick: (done) => (done % step === 0 || done === total ? bar.tick(done, total) : undefined), end: bar.end };
}

export async function runInvite(file: string | undefined, options: InviteOptions, io: Io): Promise<number> {
  const plan = await loadSinglePlan(file, options, io);
  if (!plan.ok) return plan.code;
  const { planFile, check, templatesDir, outDir } = plan;
  const prepared = await prepareBatch(check.model, planFile, templatesDir, {
    ...(options.data !== undefined ? { data: resolve(io.cwd, options.data) } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  });
  const reported = prepared.diagnostics.filter((d) => d.file !== planFile);
  const fromPlan = prepared.diagnostics.filter((d) => d.file === planFile);
  const report = () => {
    const results = [
      ...(check.diagnostics.length + fromPlan.length > 0 ? [{ ...check, diagnostics: [...check.diagnostics, ...fromPlan] }] : []),
      ...(reported.length > 0 ? [{ file: reported[0]!.file, diagnostics: reported }] : []),
    ];
    if (results.length > 0) emitReport(results, options, io, 'stderr');
  };
  if (!prepared.ok) {
    report();
    return exitCode(prepared.diagnostics, true);
  }
  report();

  const { template, letters } = prepared.batch;
  const wantSeparate = options.separate || !options.merged;
  const wantMerged = options.merged || !options.separate;
  const total = (wantSeparate ? letters.length : 0) + (wantMerged ? letters.length : 0);
  const bar = progressBar(io, total, !options.json, t('invite/progress', undefined, options.lang));
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/');
  const inside = (name: string): string => {
    const path = join(outDir, name);
    if (!path.startsWith(outDir + sep)) throw new Error(`refusing to write outside the output folder: ${name}`);
    return path;
  };

  const written: Written[] = [];
  let done = 0;
  try {
    // A letter or the merged file open in Word stops the run before anything is written.
    await assertNotOpenInWord([...(wantSeparate ? letters.map((l) => inside(l.name)) : []), ...(wantMerged ? [inside(MERGED_NAME)] : [])]);
    // One batch, all or nothing as in `plan build`: every letter and the merged file go to temporary files first, and
    // all are flushed together before any is renamed into place (one flush per file and one per folder, not two per
    // file one after another).
    const batch = new AtomicBatch();
    try {
      if (wantSeparate) {
        written.push(...(await inParallel(letters.map((letter: Letter) => async (): Promise<Written> => {
          const path = inside(letter.name);
          await batch.write(path, template.fill(letter.values));
          bar.tick(++done);
          return { kind: 'invitation', path: shown(path), invitee: letter.recipient };
        }), CONCURRENCY)));
      }
      if (wantMerged) {
        const start = done;
        const bytes = await template.merged(letters.map((l) => l.values), letters.length, (n) => bar.tick(start + n));
        const path = inside(MERGED_NAME);
        await batch.write(path, bytes);
        written.push({ kind: 'invitations', path: shown(path) });
      }
    } catch (error) {
      await batch.abort();
      throw error;
    }
    await batch.commit();
  } catch (error) {
    bar.end();
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    return fail([writeErrorDiagnostic(error, io.cwd, outDir)], ExitCode.usage, options, io);
  }
  bar.end();

  const tidied = await recordOutputs(outDir, written.map((w) => resolve(io.cwd, w.path)), wantSeparate, io);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ files: written, ...(tidied.removed.length ? { removed: tidied.removed } : {}) }, null, 2)}\n`);
  } else {
    if (wantSeparate) io.stderr.write(`✔ ${plural('invite/done', letters.length, options.lang)}: ${shown(join(outDir, LETTERS_DIR))}/\n`);
    if (wantMerged) io.stderr.write(`✔ ${shown(join(outDir, MERGED_NAME))}\n`);
  }
  for (const line of noteLines(tidied.notes, options.lang, options.json)) io.stderr.write(line);
  return ExitCode.ok;
}
