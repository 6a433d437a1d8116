import { main } from '../../src/cli/main.js';
import { isAlive, type Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the program in-process, as the real binary would, with captured output. */
export async function runCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    pid: process.pid,
    isAlive,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A stack trace line, which the program must never print. */
export const STACK_TRACE = /^\s+at .+[:(]\d+:\d+\)?$/m;
