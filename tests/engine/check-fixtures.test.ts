import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { SEED_PLAN } from '../helpers/seed.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'check');

interface Expected {
  exitCode: number;
  vi: { line: number; column: number; severity: string; ruleId: string; message: string }[];
  en: Expected['vi'];
}

/**
 * One folder per scenario: plan.yaml and the diagnostics it must produce, in both languages. A folder without a
 * plan.yaml checks the seed plan (kept once, in tests/fixtures/seed), copied as plan.yaml into a folder of its own.
 */
describe.each(readdirSync(ROOT))('plan check on fixture %s', (scenario) => {
  const expected = JSON.parse(readFileSync(join(ROOT, scenario, 'expected.json'), 'utf8')) as Expected;
  const cwd = existsSync(join(ROOT, scenario, 'plan.yaml')) ? join(ROOT, scenario) : seedFolder();

  it.each(['vi', 'en'] as const)('reports the expected diagnostics in %s (json)', async (lang) => {
    const run = await runCli(['check', 'plan.yaml', '--format', 'json', '--lang', lang], { cwd });
    expect(run.code).toBe(expected.exitCode);
    const actual = (JSON.parse(run.stdout) as Expected['vi']).map(({ line, column, severity, ruleId, message }) => ({ line, column, severity, ruleId, message }));
    expect(actual).toEqual(expected[lang]);
  });

  it('speaks Vietnamese by default and puts each problem at FILE:LINE:COLUMN (stylish)', async () => {
    const run = await runCli(['check', 'plan.yaml'], { cwd });
    expect(run.code).toBe(expected.exitCode);
    for (const d of expected.vi) {
      expect(run.stderr).toContain(`plan.yaml:${d.line}:${d.column}`);
      expect(run.stderr).toContain(d.message);
    }
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/\u001b\[/); // not a TTY: no colour
  });

  it('writes GitHub annotations at the same places', async () => {
    const run = await runCli(['check', 'plan.yaml', '--format', 'github'], { cwd, env: { PLAN_LANG: 'en' } });
    expect(run.code).toBe(expected.exitCode);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(expected.en.length); // info becomes ::notice
    for (const d of expected.en) expect(run.stdout).toContain(`file=plan.yaml,line=${d.line},`);
  });
});

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function seedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-check-seed-'));
  made.push(dir);
  copyFileSync(SEED_PLAN, join(dir, 'plan.yaml'));
  return dir;
}
