/** Progress of a long step, shown by the caller (a bar on a terminal, nothing elsewhere). */
export interface Progress {
  tick(done: number, total: number): void;
  end(): void;
}

export const NO_PROGRESS: Progress = { tick: () => {}, end: () => {} };
