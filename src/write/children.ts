/**
 * Child processes still running (LibreOffice, each in a process group of its own so that a hung one can be killed
 * whole): when the program is stopped by a signal, the CLI's clean-up stops them with it, as it removes the
 * temporary files (see temps.ts). Without this, LibreOffice went on converting after `plan build --pdf` had exited.
 */
const stoppers = new Set<() => void>();

/** Registers how to stop a running child; returns the function that forgets it once the child has ended. */
export function trackChild(stop: () => void): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

/** Stops every child still registered (synchronous, for a signal handler). */
export function stopTrackedChildren(): void {
  for (const stop of [...stoppers]) {
    try {
      stop();
    } catch {
      // Already gone.
    }
  }
  stoppers.clear();
}
