import type { Io } from '../core/io.js';

export type { Io, OutputStream } from '../core/io.js';
export { ExitCode } from '../core/exit-code.js';

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
