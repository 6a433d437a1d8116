// The end-to-end suite runs dist/plan.js. `npm test` builds it first; a lone `vitest run tests/e2e` builds it here
// when it is missing, so the suite never silently tests a program that is not there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'dist', 'plan.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
