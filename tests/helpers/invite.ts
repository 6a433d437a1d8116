import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';
import { isAlive, type Io } from '../../src/cli/io.js';
import { SEED_PLAN } from './seed.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED = SEED_PLAN;
export const fixture = (name: string): string => join(ROOT, 'tests', 'fixtures', 'invitees', name);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a fake io in `cwd`. */
export async function run(argv: string[], cwd: string, options: { tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    cwd,
    env: { NO_COLOR: '1' },
    pid: process.pid,
    isAlive,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temp folder per test file holding a copy of the seed plan as `plan.yaml`, removed afterwards. */
export function workspace() {
  let folder = '';
  const ready = (async () => {
    folder = await mkdtemp(join(tmpdir(), 'plan-invite-'));
    await copyFile(SEED, join(folder, 'plan.yaml'));
  })();
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return {
    async dir(): Promise<string> {
      await ready;
      return folder;
    },
    async write(name: string, data: string | Uint8Array): Promise<string> {
      await ready;
      const file = join(folder, name);
      await writeFile(file, data);
      return file;
    },
  };
}

/** Every file under `dir`, relative, sorted (hidden files included). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split('\\').join('/'))
    .sort();
}

export interface Manifest {
  files: { kind: string; path: string; invitee?: string }[];
}
