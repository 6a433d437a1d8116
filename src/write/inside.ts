import { join, sep } from 'node:path';

/**
 * `name` joined to the output folder `dir`, refusing any name whose `..` segments would land outside it:
 * file names come from the plan (invitee names), and nothing we write may escape the folder the user chose.
 */
export function pathInside(dir: string, name: string): string {
  const path = join(dir, name);
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) throw new Error(`refusing to write outside the output folder: ${name}`);
  return path;
}
