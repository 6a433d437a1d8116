import type { Io } from '../core/io.js';

/** A one-line bar on stderr for a terminal, redrawn as each message is done; nothing otherwise. */
export function progressBar(io: Io, enabled: boolean, label: string) {
  if (!enabled || !io.stderr.isTTY) return { tick: (_done: number, _total: number) => {}, end: () => {} };
  let shown = false;
  return {
    tick(done: number, total: number) {
      const width = 30;
      const full = total === 0 ? width : Math.round((done / total) * width);
      io.stderr.write(`\r${label} [${'#'.repeat(full)}${' '.repeat(width - full)}] ${done}/${total}`);
      shown = true;
    },
    end() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
