import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fixPlanText } from '../../engine/fix/fix-text.js';
import { unifiedDiff } from '../../engine/fix/diff.js';
import { formatMessage, plural, t } from '../../i18n/index.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { readTextFile } from '../../load/read-text.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';

/**
 * `plan check --fix`: repairs each plan in place (atomically) and says what changed, line by line; with `--dry-run`
 * prints the diff on stdout and writes nothing. Returns ExitCode.usage when a file could not be read or written.
 */
export async function fixFiles(paths: readonly string[], options: OutputOptions & { dryRun?: boolean }, io: Io): Promise<number> {
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/');
  let status: number = ExitCode.ok;
  for (const path of paths) {
    const read = await readTextFile(path);
    if (!read.ok) continue; // the check that follows reports it
    const outcome = fixPlanText(path, read.text);
    const file = shown(path);
    if (outcome.applied.length === 0) {
      io.stderr.write(`${t('fix/nothing', { file }, options.lang)}\n`);
      continue;
    }
    const lines = [...outcome.applied]
      .sort((a, b) => a.line - b.line)
      .map((a) => `  ${file}:${a.line}  ${formatMessage(a.diagnostic, options.lang)}`);
    if (options.dryRun) {
      io.stdout.write(unifiedDiff(read.text, outcome.text, file));
      io.stderr.write(`${plural('fix/would', outcome.applied.length, options.lang, { file })}\n${lines.join('\n')}\n`);
      continue;
    }
    try {
      // The file is compared again just before writing: an editor that saved meanwhile wins, and nothing is lost.
      if ((await readFile(path, 'utf8')) !== read.text) continue;
      await writeFileAtomic(path, outcome.text);
    } catch (error) {
      emitReport([{ file: path, diagnostics: [writeErrorDiagnostic(error, io.cwd, path)] }], options, io, 'stderr');
      status = ExitCode.usage;
      continue;
    }
    io.stderr.write(`${plural('fix/written', outcome.applied.length, options.lang, { file })}\n${lines.join('\n')}\n`);
  }
  return status;
}
