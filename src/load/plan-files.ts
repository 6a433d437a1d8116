import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The files named on the command line, or every plans/*.yaml (and .yml) under cwd. */
export async function planFiles(args: readonly string[], cwd: string): Promise<string[]> {
  if (args.length > 0) return args.map((arg) => resolve(cwd, arg));
  const dir = join(cwd, 'plans');
  try {
    const names = await readdir(dir);
    return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(dir, n));
  } catch {
    return [];
  }
}
