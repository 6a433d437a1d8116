/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** This process's id, written into lock files (the send log's). */
  pid: number;
  /** Whether a process (a lock's owner) is still running. */
  isAlive(pid: number): boolean;
}

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}
