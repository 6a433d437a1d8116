/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}
