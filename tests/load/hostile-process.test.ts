// The real binary, for what only a process shows: a stack overflow would kill it (in-process, vitest would catch it),
// and the wall-clock time includes start-up. Built privately (node scripts/build.mjs --outdir), so a concurrent
// `npm run build` cannot pull dist/ from under the test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED, STACK_TRACE, tempDir } from '../helpers/robustness.js';

let binary = '';
beforeAll(() => {
  const home = tempDir('plan-robust-bin-');
  symlinkSync(join(ROOT, 'templates'), join(home, 'templates')); // the program finds templates/ beside it
  const outdir = join(home, 'dist');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
  binary = existsSync(join(outdir, 'plan.js')) ? join(outdir, 'plan.js') : join(ROOT, 'dist', 'plan.js');
  expect(existsSync(binary), `no binary at ${binary}: run npm run build`).toBe(true);
}, 120_000);

/** Generous: start-up is ~100 ms; this only catches a hang or a blow-up. */
const PROCESS_MS = 30_000;

function plan(args: string[], files: Record<string, string | Uint8Array>, nodeFlags: string[] = []) {
  const cwd = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeFlags, binary, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', PLAN_LANG: 'en' } });
  return { ...result, ms: performance.now() - started, cwd };
}

describe('the real binary under hostile input', () => {
  const deep = {
    'flow sequences': `issuer: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    'flow mappings': `issuer: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    'block sequences': `purpose:\n  ${'- '.repeat(10_000)}x\n`,
  };

  it.each(Object.entries(deep))('10,000 levels of %s: a positioned message and exit 1, not a crash', (_name, text) => {
    const run = plan(['check', 'deep.yaml'], { 'deep.yaml': text });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/deep\.yaml:[12]:\d+/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/Internal error/);
    expect(run.ms).toBeLessThan(PROCESS_MS);
  });

  it.each(Object.entries(deep))('10,000 levels of %s with a quarter of the usual stack: still no crash', (_name, text) => {
    const run = plan(['check', 'deep.yaml'], { 'deep.yaml': text }, ['--stack-size=250']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/Internal error/);
  });

  it('plan build on deep nesting writes nothing', () => {
    const run = plan(['build', 'deep.yaml', '--out', 'out'], { 'deep.yaml': deep['flow sequences'] });
    expect(run.status).toBe(1);
    expect(existsSync(join(run.cwd, 'out'))).toBe(false);
  });

  it('a billion-laughs file and a 20,000-alias file end quickly (exit 1)', () => {
    const bomb = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]'];
    for (let i = 1; i < 10; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const many = ['purpose:'];
    for (let i = 0; i < 20_000; i++) many.push(`  - &a${i} x`, `  - *a${i}`);
    const run = plan(['check', 'bomb.yaml', 'many.yaml'], { 'bomb.yaml': `${bomb.join('\n')}\n`, 'many.yaml': `${many.join('\n')}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bomb\.yaml:2:\d+/);
    expect(run.stderr).toMatch(/many\.yaml:203:\d+/);
    expect(run.ms).toBeLessThan(PROCESS_MS);
  });

  it('a 4 MB scalar is read, checked and reported on quickly', () => {
    const text = SEED.replace('  place: Bắc Giang', `  place: ${'Bắc Giang '.repeat(400_000)}`);
    const run = plan(['check', 'long.yaml'], { 'long.yaml': text });
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.ms).toBeLessThan(PROCESS_MS);
  });
});
