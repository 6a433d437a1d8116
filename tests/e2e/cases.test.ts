// The end-to-end table: one row per (command, input), run through the built program as a process, the way
// `npx plan` runs. A new input path or option is one more row. Rows that need more than a table can say live in
// their own files beside this one.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBelow, project, runBuilt, STACK_TRACE } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';

interface Case {
  name: string;
  args: string[];
  /** Repository paths copied into the fresh project folder the command runs in. */
  copy?: string[];
  env?: Record<string, string>;
  code: number;
  /** Paths (relative to the project folder) that must exist afterwards. */
  files?: string[];
  stdout?: RegExp[];
  stderr?: RegExp[];
  notStdout?: RegExp[];
  notStderr?: RegExp[];
}

const CASES: Case[] = [
  { name: 'version', args: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\s*$/] },
  { name: 'help in Vietnamese', args: ['--help'], code: 0, stdout: [/Cách dùng|Lệnh/] },
  { name: 'help in English, option after', args: ['--help', '--lang', 'en'], code: 0, stdout: [/Usage|Commands/] },
  { name: 'check the example', args: ['check', PLAN], copy: ['plans', 'templates', 'schema'], code: 0 },
  {
    name: 'build the example',
    args: ['build', PLAN],
    copy: ['plans', 'templates', 'schema'],
    code: 0,
    files: ['out/hoi-nghi-giao-ban-2018/ke-hoach.docx', 'out/hoi-nghi-giao-ban-2018/danh-sach-phat-hanh.docx', 'out/hoi-nghi-giao-ban-2018/giay-moi-tat-ca.docx'],
  },
  { name: 'check a missing file', args: ['check', 'plans/khong-co.yaml'], code: 2, stderr: [/khong-co\.yaml/] },
];

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the built program, row by row', () => {
  it.each(CASES)('$name', async (c) => {
    const cwd = project(c.copy ?? []);
    made.push(cwd);
    const r = await runBuilt(c.args, { cwd, env: c.env });
    const context = `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
    expect(r.code, context).toBe(c.code);
    expect(r.stdout + r.stderr, context).not.toMatch(STACK_TRACE);
    for (const f of c.files ?? []) expect(existsSync(join(cwd, f)), `${f} in ${filesBelow(cwd).join(', ')}`).toBe(true);
    for (const re of c.stdout ?? []) expect(r.stdout, context).toMatch(re);
    for (const re of c.stderr ?? []) expect(r.stderr, context).toMatch(re);
    for (const re of c.notStdout ?? []) expect(r.stdout, context).not.toMatch(re);
    for (const re of c.notStderr ?? []) expect(r.stderr, context).not.toMatch(re);
  });
});
