import type { Io } from '../core/io.js';

export type { Io, OutputStream } from '../core/io.js';
export { ExitCode } from '../core/exit-code.js';

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, pid: process.pid, isAlive });

/** Signal 0 tests a process without touching it; EPERM means it runs under another user. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
