import { basename, join, resolve } from 'node:path';
import { relativeSlashPath } from '../../report/paths.js';
import { planFromLastYear, parseShift } from '../../engine/init-from.js';
import { t } from '../../i18n/index.js';
import { readTextFile } from '../../load/read-text.js';
import { slugify } from '../../merge/filename.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { writeNewFileAtomic } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport } from '../output.js';
import { planName, type InitOptions } from './init.js';
import { usageProblem } from '../../engine/plan.js';

/**
 * `plan init --from plans/last-year.yaml [NAME]`: writes plans/NAME.yaml (default: the old name with its year
 * advanced) and prints, line by line, what to review. Never overwrites.
 */
export async function runInitFrom(input: string | undefined, from: string, options: InitOptions, io: Io): Promise<number> {
  const fail = (diagnostics: Diagnostic[], code: number = ExitCode.usage) => {
    emitReport([{ file: diagnostics[0]?.file, diagnostics }], options, io, 'stderr');
    return code;
  };
  const shift = options.shift === undefined ? undefined : parseShift(options.shift);
  if (options.shift !== undefined && !shift) {
    return fail([usageProblem('init/bad-shift', { value: options.shift })]);
  }
  const source = resolve(io.cwd, from);
  const read = await readTextFile(source);
  if (!read.ok) return fail([read.diagnostic]);
  const made = planFromLastYear(source, read.text, shift);
  if (!made.ok) return fail(made.diagnostics, ExitCode.inputErrors);

  const oldName = basename(source).replace(/\.ya?ml$/i, '');
  const suggested = oldName.includes(String(made.year)) ? oldName.replace(String(made.year), String(made.year + 1)) : `${oldName}-${made.year + 1}`;
  const name = planName(input ?? suggested);
  if (name === undefined) {
    return fail([usageProblem('init/bad-name', { name: input ?? '', suggestion: slugify(input ?? '', 60) || suggested })]);
  }
  const target = join(io.cwd, 'plans', `${name}.yaml`);
  const shown = relativeSlashPath(target, io.cwd);
  try {
    await writeNewFileAtomic(target, made.text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail([{ file: target, severity: 'error', ruleId: 'io/write', messageId: 'init/exists' }]);
    return fail([writeErrorDiagnostic(error, io.cwd, target)]);
  }
  io.stderr.write(`✔ ${shown}\n${t('init/from-review', { file: shown }, options.lang)}\n`);
  for (const item of made.review) io.stderr.write(`  ${shown}:${item.line}  ${t(item.messageId, item.params, options.lang)}\n`);
  return ExitCode.ok;
}
