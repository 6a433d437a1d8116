// Ctrl+C or SIGTERM during `plan build --pdf`, through the built program: LibreOffice runs in a process group of its
// own (so that a hung one can be killed whole), and it went on converting after the program had exited. Now the
// signal's clean-up stops it with the program. A stand-in soffice records its pid and hangs.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBelow, PLAN_JS, project, STACK_TRACE } from './run-built.js';

const made: string[] = [];
const strays: number[] = [];
afterAll(() => {
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  made.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return test();
}

describe.skipIf(process.platform === 'win32')('a signal during build --pdf', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s stops LibreOffice with the program, and leaves no PDF half made', async (signal) => {
    const dir = project(['plans', 'templates', 'schema']);
    made.push(dir);
    const pids = join(dir, 'soffice.pids');
    const fake = join(dir, 'soffice');
    // Records its pid, then hangs as a LibreOffice stuck on a document would.
    writeFileSync(fake, `#!/bin/sh\necho $$ >> '${pids}'\nexec sleep 120\n`);
    chmodSync(fake, 0o755);
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C.UTF-8', PLAN_SOFFICE: fake };
    const child = spawn(process.execPath, [PLAN_JS, 'build', '--pdf'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.resume();
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));

    expect(await until(() => existsSync(pids) && readFileSync(pids, 'utf8').trim() !== '', 20_000), 'LibreOffice started').toBe(true);
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    strays.push(...started);
    expect(started.every(alive)).toBe(true);
    child.kill(signal);
    expect(await closed).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(await until(() => !started.some(alive), 3000), `LibreOffice still running: ${started.filter(alive).join(', ')}`).toBe(true);
    // No PDF was made, and no temporary folder (LibreOffice's profiles, its work folder) is left behind.
    const out = join(dir, 'out', 'hoi-nghi-giao-ban-2018');
    const left = filesBelow(out);
    expect(left.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(left.filter((f) => f.split('/').some((part) => part.startsWith('.') && part !== '.plan-manifest.json'))).toEqual([]);
  });
});
