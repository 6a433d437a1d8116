import type { Io } from '../core/io.js';
import { processAlive } from '../write/temps.js';

export type { Io, OutputStream } from '../core/io.js';
export { ExitCode } from '../core/exit-code.js';

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, pid: process.pid, isAlive });

/** Whether a process runs: write/temps' test, the one the stale-temporary-file sweep uses too. */
export const isAlive = processAlive;
