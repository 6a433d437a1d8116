import { writeSync } from 'node:fs';
import { ExitCode } from '../core/exit-code.js';
import { stopTrackedChildren } from '../write/children.js';
import { removeTrackedTemps } from '../write/temps.js';

/** Exit codes of a run stopped by a signal, as shells report them: 128 + the signal's number. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: ExitCode.interrupted, SIGTERM: 143 };

/**
 * Makes Ctrl+C (SIGINT) and SIGTERM stop the program without leaving temporary files: every temporary path still
 * registered (see `trackTemp`) is removed synchronously, `message(signal)` is written to stderr, and the process exits
 * with 130 (SIGINT) or 143 (SIGTERM). Files already renamed into place are complete and stay; targets not yet
 * replaced keep their earlier file.
 *
 * A SIGINT that someone else listens for as well is theirs (see interruptSignal below: `build --watch`, `serve` and
 * `send` stop between documents or messages), so this handler steps aside; a second Ctrl+C, once that listener has
 * let go, stops at once. Returns the function that removes the handlers.
 */
export function installInterruptCleanup(message: (signal: NodeJS.Signals) => string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (signal === 'SIGINT' && process.listenerCount('SIGINT') > 1) return;
    // LibreOffice first, so that nothing writes into the temporary folders while they are removed; then 50 ms for opens
    // already in libuv's thread pool to finish, so the files they create are removed too.
    stopTrackedChildren();
    removeTrackedTemps(50);
    try {
      writeSync(2, `\n${message(signal)}\n`);
    } catch {
      // stderr closed: the exit code still tells
    }
    process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT] ?? 1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
/**
 * The signal that stops a long-running command (`build --watch`, `serve`, `send`): the caller's, or Ctrl+C. While
 * this listens, the clean-up above steps aside, so the command can finish what it is doing (a message in flight, a
 * document) and stop there; the engine's workflows take the signal in their requests.
 */
export function interruptSignal(given?: AbortSignal): { signal: AbortSignal; release: () => void } {
  if (given) return { signal: given, release: () => {} };
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}
