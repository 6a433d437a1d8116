// `plan build --watch` as a clerk runs it: the built program in a terminal of its own, one change saved to the plan,
// then Ctrl+C (SIGINT) while a rebuild may be under way. It must stop cleanly, leaving only whole documents.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDocx } from '../helpers/docx.js';
import { EXAMPLE } from './inputs.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, PLAN_JS, project, STACK_TRACE } from './run-built.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('builds, rebuilds on a saved change, and stops on Ctrl+C with nothing half-written', async () => {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  const child = spawn(process.execPath, [PLAN_JS, 'build', EXAMPLE, '--watch', '--lang', 'en'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, LANG: 'C.UTF-8', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  /** Resolves once `re` has been printed `count` times in all. */
  const printed = (re: RegExp, count = 1) =>
    new Promise<void>((done, fail) => {
      const poll = setInterval(() => {
        if ((stderr.match(new RegExp(re.source, 'gm'))?.length ?? 0) >= count) return clearInterval(poll), done();
        if (child.exitCode !== null) return clearInterval(poll), fail(new Error(`exited early:\n${stderr}`));
      }, 50);
    });
  const builds = (count: number) => printed(/Build finished\./, count);
  /** Watching starts (or starts again) after each build. */
  const watching = (count: number) => printed(/^Watching plans\/hoi-nghi-giao-ban-2018\.yaml/, count);

  try {
    await builds(1);
    await watching(1);
    expect(stderr).toMatch(/^✔ 29 files written to out\/hoi-nghi-giao-ban-2018\/$/m);

    const plan = join(cwd, EXAMPLE);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Hội trường tầng 5', 'Hội trường tầng 6'));
    await builds(2);
    expect(stderr).toMatch(/hoi-nghi-giao-ban-2018\.yaml changed, rebuilding/);
    const planText = openDocx(join(cwd, 'out/hoi-nghi-giao-ban-2018/ke-hoach.docx')).xml('word/document.xml');
    expect(planText).toContain('tầng 6');

    // A second change, and Ctrl+C at once: the rebuild it starts (if any) finishes or leaves nothing behind.
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Hội trường tầng 6', 'Hội trường tầng 7'));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGINT');
    const end = await exited;
    expect(end, stderr).toEqual({ code: 0, signal: null });
  } finally {
    clearTimeout(killer);
    child.kill('SIGKILL');
  }
  expect(stderr).toMatch(/Stopped watching\./);
  expect(stderr).not.toMatch(STACK_TRACE);

  const files = filesBelow(join(cwd, 'out'));
  // Our temporary files and PDF work folders all start with a dot (src/write/temps.ts); the manifest of what was
  // written is the one hidden file that stays.
  const hidden = files.filter((f) => f.split('/').some((part) => part.startsWith('.')));
  expect(hidden, files.join('\n')).toEqual(['hoi-nghi-giao-ban-2018/.plan-manifest.json']);
  const docx = files.filter((f) => f.endsWith('.docx'));
  expect(docx).toHaveLength(29);
  for (const f of docx) expect(() => openDocx(join(cwd, 'out', f)).xml('word/document.xml'), f).not.toThrow();
  const verdict = await ooxmlValidate(['ke-hoach.docx', 'giay-moi-tat-ca.docx', 'danh-sach-phat-hanh.docx'].map((f) => join(cwd, 'out/hoi-nghi-giao-ban-2018', f)));
  expect(verdict.ok, verdict.output).toBe(true);
}, 90_000);
