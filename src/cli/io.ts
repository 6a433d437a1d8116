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

export const ExitCode = {
  ok: 0,
  /** Problems in the clerk's input. */
  inputErrors: 1,
  /** Usage, I/O or configuration problems. */
  usage: 2,
} as const;

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
