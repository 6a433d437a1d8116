import { writeSync } from 'node:fs';
import { removeTrackedTemps } from '../write/temps.js';

/** Exit codes of a run stopped by a signal, as shells report them: 128 + the signal's number. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Makes Ctrl+C (SIGINT) and SIGTERM stop the program without leaving temporary files: every temporary path still
 * registered (see `trackTemp`) is removed synchronously, `message(signal)` is written to stderr, and the process exits
 * with 130 (SIGINT) or 143 (SIGTERM). Files already renamed into place are complete and stay; targets not yet
 * replaced keep their earlier file.
 *
 * A SIGINT that someone else listens for as well is theirs: `plan build --watch` stops its loop on Ctrl+C and lets a
 * running build finish, so this handler steps aside (a second Ctrl+C, after watch has let go, stops at once).
 * Returns the function that removes the handlers.
 */
export function installInterruptCleanup(message: (signal: NodeJS.Signals) => string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (signal === 'SIGINT' && process.listenerCount('SIGINT') > 1) return;
    // 50 ms for opens already in libuv's thread pool to finish, so the files they create are removed too.
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
