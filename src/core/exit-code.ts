import type { Diagnostic } from './diagnostic.js';

export const ExitCode = {
  ok: 0,
  /** Problems in the clerk's input. */
  inputErrors: 1,
  /** Usage, I/O or configuration problems. */
  usage: 2,
  /** Stopped by Ctrl+C (SIGINT): 128 + the signal's number, as shells report it. */
  interrupted: 130,
} as const;

/**
 * The one place diagnostics become an exit code: an error about I/O, usage or a defect of ours is 2, whatever else
 * is wrong; an error in the input is 1; warnings and notes alone are 0, unless the workflow `stopped` on them (1).
 */
export function exitCode(diagnostics: readonly Diagnostic[], stopped = false): number {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.some((d) => d.kind !== undefined && d.kind !== 'input')) return ExitCode.usage;
  return errors.length > 0 || stopped ? ExitCode.inputErrors : ExitCode.ok;
}
