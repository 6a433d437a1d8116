// Runs the built program as a user does: `node dist/plan.js …` in a child process, never src/ in-process.
// tests/e2e/global-setup.ts builds dist/ once before the suite when it is missing.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PLAN_JS = join(ROOT, 'dist', 'plan.js');

export interface BuiltRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BuiltOptions {
  cwd?: string;
  /** Added to a clean environment (PATH, HOME, LANG only), so the developer's own PLAN_* never leak in. */
  env?: Record<string, string | undefined>;
  input?: string;
  timeoutMs?: number;
  /** Run as this user (uid, gid): a root test machine drops to an ordinary user, whom permissions do stop. */
  user?: { uid: number; gid: number };
}

/** `node dist/plan.js ...args`, with its exit code and output. */
export function runBuilt(args: readonly string[], options: BuiltOptions = {}): Promise<BuiltRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), LANG: 'C.UTF-8' };
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PLAN_JS, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'], ...(options.user ?? {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh project folder holding copies of the given repository paths (plans/, templates/ …). */
export function project(paths: readonly string[] = ['plans'], prefix = 'plan-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of paths) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

/** Every file below dir, as sorted slash paths relative to it. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A stack trace line, which the program must never print. */
export const STACK_TRACE = /^\s+at .+[:(]\d+:\d+\)?$/m;
