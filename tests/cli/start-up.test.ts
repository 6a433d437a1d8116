// What `plan check` pays for at start-up, in the real bundle. dist/plan.js runs it through the V8 code cache the build
// makes (src/cli/launch.cts): the cache must be one V8 accepts, and a missing or damaged one must cost only time; and
// check must not load Node modules it never uses. Built privately (scripts/build.mjs --outdir), so a
// concurrent `npm run build` cannot pull dist/ from under the test.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN } from '../helpers/seed.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = SEED_PLAN;
let home = '';

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
  symlinkSync(join(ROOT, 'templates'), join(home, 'templates')); // the program finds templates/ beside it
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', join(home, 'dist')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

/** Whether V8 takes `cache` for the bundle as the launcher compiles it, asked in a fresh process. */
function rejected(dist: string): string {
  const probe = [
    "const { readFileSync } = require('node:fs');",
    "const { wrap } = require('node:module');",
    "const { Script } = require('node:vm');",
    `const app = ${JSON.stringify(join(dist, 'app.js'))};`,
    "const script = new Script(wrap(readFileSync(app, 'utf8')), { filename: app, cachedData: readFileSync(app + '.cache') });",
    'process.stdout.write(String(script.cachedDataRejected));',
  ].join('\n');
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
}

function check(dist: string) {
  return spawnSync(process.execPath, [join(dist, 'plan.js'), 'check', SEED, '--format', 'json', '--lang', 'en'], { encoding: 'utf8', cwd: ROOT });
}

/** A copy of the private dist/ beside the templates link, to spoil. */
function copyOfDist(): string {
  const dist = join(home, `dist-${Math.random().toString(36).slice(2)}`);
  cpSync(join(home, 'dist'), dist, { recursive: true });
  return dist;
}

describe('the code cache of the bundle', () => {
  it('is accepted by V8 for the bundle it was made from', () => {
    expect(rejected(join(home, 'dist'))).toBe('false');
  });

  it('is rejected once the bundle changes, and the program still runs', () => {
    const dist = copyOfDist();
    const app = join(dist, 'app.js');
    cpSync(app, `${app}.orig`);
    writeFileSync(app, `// changed after the build\n${readFileSync(`${app}.orig`, 'utf8')}`);
    expect(rejected(dist)).toBe('true');
    const run = check(dist);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(check(join(home, 'dist')).stdout);
  });

  it.each([
    ['missing', (cache: string) => rmSync(cache)],
    ['damaged', (cache: string) => writeFileSync(cache, Buffer.alloc(4096, 0x5a))],
    ['empty', (cache: string) => writeFileSync(cache, '')],
  ])('%s: the same report as with it, no message about it', (_name, spoil) => {
    const dist = copyOfDist();
    spoil(join(dist, 'app.js.cache'));
    const run = check(dist);
    const good = check(join(home, 'dist'));
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).length).toBeGreaterThan(0);
    expect(run.status).toBe(good.status);
    expect(run.stdout).toBe(good.stdout);
    expect(run.stderr).toBe(good.stderr);
  });
});

describe('the Node modules plan check loads', () => {
  it('leave out child_process, which commander requires for executable subcommands plan does not have', () => {
    // A preloaded probe lists every built-in module the process loaded, as it exits.
    const probe = join(home, 'module-list.cjs');
    const list = join(home, 'module-list.txt');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const run = spawnSync(process.execPath, ['--require', probe, join(home, 'dist', 'plan.js'), 'check', SEED], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs/promises');
    expect(loaded.filter((m) => /child_process|dgram/.test(m))).toEqual([]);
  });
});
