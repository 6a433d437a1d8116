// The real binary, interrupted: SIGKILL at random moments must never leave a damaged DOCX where a good one was, and
// the next run removes what the killed run could not; Ctrl+C (SIGINT) removes the temporary files itself and exits
// 130 with a short message; build --watch still stops cleanly on Ctrl+C. Built privately (scripts/build.mjs
// --outdir), so a concurrent `npm run build` cannot pull dist/ from under the test.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, inspectDocx, ROOT, SEED, tempDir } from '../helpers/robustness.js';

const LETTERS = 2_000;
let binary = '';
let cwd = '';
/** sha256 of every file of a good run, by path under out/. */
let reference = new Map<string, string>();
/** How long a whole good run takes here, ms. */
let duration = 0;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts `plan invite plan.yaml --data big.csv --out out` (letters and merged file); `act` may signal it. */
function invite(act: (child: ReturnType<typeof spawn>) => void = () => {}, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<Exit> {
  const child = spawn(process.execPath, [binary, 'invite', 'plan.yaml', '--data', 'big.csv', '--out', 'out', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  act(child);
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const out = () => join(cwd, 'out');
const temps = () => filesUnder(out()).filter((f) => /\.tmp$/.test(f) || /(^|\/)\.pdf-/.test(f));

/** Every DOCX in out/ is the good run's, or at least a whole DOCX (the zip opens, every XML part parses). */
function damaged(): string[] {
  const problems: string[] = [];
  for (const f of filesUnder(out()).filter((name) => name.endsWith('.docx') && !name.split('/').pop()!.startsWith('.'))) {
    const path = join(out(), f);
    if (reference.get(f) === hash(path)) continue;
    const { problems: found } = inspectDocx(readFileSync(path));
    if (found.length > 0) problems.push(`${f}: ${found.join('; ')}`);
  }
  return problems;
}

const sameAsReference = () => {
  const now = new Map(filesUnder(out()).map((f) => [f, hash(join(out(), f))]));
  expect(now).toEqual(reference);
};

beforeAll(async () => {
  const home = tempDir('plan-output-bin-');
  symlinkSync(join(ROOT, 'templates'), join(home, 'templates'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', join(home, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  binary = join(home, 'dist', 'plan.js');
  expect(existsSync(binary)).toBe(true);

  cwd = tempDir('plan-output-run-');
  writeFileSync(join(cwd, 'plan.yaml'), SEED);
  const rows = Array.from({ length: LETTERS }, (_, i) => `Nguyễn Văn Khách ${i + 1},Phòng ${i % 37} Sở số ${i + 1}`);
  writeFileSync(join(cwd, 'big.csv'), `Họ và tên,Đơn vị\n${rows.join('\n')}\n`);
  const started = performance.now();
  const first = await invite();
  duration = performance.now() - started;
  expect(first.code, first.stderr).toBe(0);
  reference = new Map(filesUnder(out()).map((f) => [f, hash(join(out(), f))]));
  expect([...reference.keys()].filter((f) => f.startsWith('giay-moi/'))).toHaveLength(LETTERS);
}, 180_000);

describe('an interrupted run loses nothing', () => {
  it('SIGKILL at 10 moments across a 2,000-letter run: every DOCX stays whole; the next run removes the stale temporary files', async () => {
    const seen: string[] = [];
    let leftTemps = 0;
    for (let i = 0; i < 10; i++) {
      // Spread over the run (start-up, letters, flush and renames, merged file), each moment jittered.
      const delay = Math.round(duration * (0.08 + (0.85 * (i + Math.random())) / 10));
      const run = await invite((child) => setTimeout(() => child.kill('SIGKILL'), delay));
      seen.push(`${delay} ms: ${run.signal ?? `exit ${run.code}`}, ${temps().length} temp`);
      if (run.signal === 'SIGKILL') leftTemps += temps().length;
      expect(damaged(), seen.join('\n')).toEqual([]);
    }
    // At least one kill landed while files were being written, or this test proved nothing.
    expect(leftTemps, seen.join('\n')).toBeGreaterThan(0);
    const last = await invite();
    expect(last.code, last.stderr).toBe(0);
    expect(temps()).toEqual([]);
    sameAsReference();
  }, 300_000);

  it('Ctrl+C while letters are written: exit 130, a short Vietnamese message, no temporary file, earlier documents intact', async () => {
    for (const after of [0, 150, Math.round(duration * 0.6)]) {
      let poll: NodeJS.Timeout | undefined;
      const run = await invite((child) => {
        // Wait until the run has temporary files in giay-moi/ (it is writing), then interrupt it some time later.
        poll = setInterval(() => {
          if (!readdirSync(join(out(), 'giay-moi')).some((f) => f.endsWith('.tmp'))) return;
          clearInterval(poll);
          setTimeout(() => child.kill('SIGINT'), after);
        }, 2);
      });
      clearInterval(poll);
      if (after === 0) expect(run.code, run.stderr).toBe(130);
      if (run.code === 130) {
        expect(run.signal).toBeNull();
        expect(run.stderr.trim().split('\n').pop()).toBe('Đã dừng (SIGINT). Các tệp đã ghi trước đó vẫn nguyên vẹn; tệp tạm đã được xóa.');
        expect(run.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
      } else expect(run.code, `interrupted ${after} ms after the first temporary file: ${run.stderr}`).toBe(0);
      expect(temps()).toEqual([]);
      sameAsReference();
    }
  }, 120_000);

  it('SIGTERM: exit 143, in the language asked for, no temporary file', async () => {
    let poll: NodeJS.Timeout | undefined;
    const run = await invite((child) => {
      poll = setInterval(() => {
        if (!readdirSync(join(out(), 'giay-moi')).some((f) => f.endsWith('.tmp'))) return;
        clearInterval(poll);
        child.kill('SIGTERM');
      }, 2);
    }, { PLAN_LANG: 'en' });
    clearInterval(poll);
    expect(run.code, run.stderr).toBe(143);
    expect(run.stderr.trim().split('\n').pop()).toBe('Stopped (SIGTERM). Files written earlier are intact; temporary files were removed.');
    expect(temps()).toEqual([]);
    sameAsReference();
  }, 60_000);

  it('build --watch still stops cleanly on Ctrl+C: exit 0, its own message, not the interrupt one', async () => {
    const dir = tempDir('plan-output-watch-');
    writeFileSync(join(dir, 'plan.yaml'), SEED);
    const child = spawn(process.execPath, [binary, 'build', 'plan.yaml', '--watch', '--out', 'out', '--lang', 'en'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const watching = new Promise<void>((resolve) =>
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (/Watching/i.test(stderr)) resolve();
      }),
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    await Promise.race([watching, exited]);
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal, stderr).toBeNull();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Stopped watching/i);
    expect(stderr).not.toMatch(/Stopped \(SIGINT\)/);
    expect(filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(damagedIn(join(dir, 'out'))).toEqual([]);
  }, 60_000);
});

function damagedIn(dir: string): string[] {
  return filesUnder(dir)
    .filter((f) => f.endsWith('.docx'))
    .flatMap((f) => inspectDocx(readFileSync(join(dir, f))).problems.map((p) => `${f}: ${p}`));
}
