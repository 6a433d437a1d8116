import { unifiedDiff } from '../../engine/fix/diff.js';
import type { FileFix } from '../../engine/fix/fix-files.js';
import { formatMessage, plural, t } from '../../i18n/index.js';
import { relativeSlashPath } from '../../report/paths.js';
import type { Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';

/**
 * What `plan check --fix` says, file by file: what changed, line by line; with `--dry-run` the diff on stdout; a file
 * that could not be written, as a diagnostic.
 */
export function printFixes(fixes: readonly FileFix[], options: OutputOptions, io: Io): void {
  for (const fix of fixes) {
    const file = relativeSlashPath(fix.file, io.cwd);
    if (fix.state === 'changed-meanwhile') continue;
    if (fix.state === 'nothing') {
      io.stderr.write(`${t('fix/nothing', { file }, options.lang)}\n`);
      continue;
    }
    if (fix.state === 'failed') {
      emitReport([{ file: fix.file, diagnostics: [fix.failure] }], options, io, 'stderr');
      continue;
    }
    const lines = [...fix.applied]
      .sort((a, b) => a.line - b.line)
      .map((a) => `  ${file}:${a.line}  ${formatMessage(a.diagnostic, options.lang)}`);
    if (fix.state === 'would') io.stdout.write(unifiedDiff(fix.before, fix.after, file));
    io.stderr.write(`${plural(fix.state === 'would' ? 'fix/would' : 'fix/written', fix.applied.length, options.lang, { file })}\n${lines.join('\n')}\n`);
  }
}
