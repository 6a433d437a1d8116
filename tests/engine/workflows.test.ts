import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCode } from '../../src/core/exit-code.js';
import { build } from '../../src/engine/build.js';
import { check } from '../../src/engine/check.js';
import { invite } from '../../src/engine/invite.js';
import { project } from '../e2e/run-built.js';

// The workflows without the CLI, as `plan serve` and `--watch` call them: a request in, a result out, nothing printed.
const dirs: string[] = [];
const fresh = () => {
  const dir = project(['plans'], 'plan-engine-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('engine workflows', () => {
  it('build returns the manifest, the timings and exit code 0; the files are where it says', async () => {
    const cwd = fresh();
    const result = await build({ lang: 'vi' }, { cwd, env: {} });
    expect(result.stopped).toBeUndefined();
    expect(result.code).toBe(0);
    expect(result.written.map((w) => w.kind)).toContain('plan');
    expect(result.written.filter((w) => w.kind === 'invitation').length).toBeGreaterThan(0);
    for (const w of result.written) expect(existsSync(join(cwd, w.path))).toBe(true);
    expect(result.timings.render).toBeGreaterThanOrEqual(0);
    expect(result.timings.write).toBeGreaterThanOrEqual(0);
  });

  it('a usage problem, a plan with errors and an unknown --only each stop with a kind that gives the exit code', async () => {
    const cwd = fresh();
    const only = await build({ lang: 'vi', only: 'plan,nothing' }, { cwd, env: {} });
    expect(only.stopped).toBe('usage');
    expect(only.failure.map((d) => d.kind)).toEqual(['usage']);
    expect(only.code).toBe(2);

    const missing = await build({ lang: 'vi', file: 'plans/khong-co.yaml' }, { cwd, env: {} });
    expect(missing.stopped).toBe('plan');
    expect(missing.findings.map((d) => d.kind)).toEqual(['io']);
    expect(missing.code).toBe(2);

    const plan = join(cwd, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('  number: "05"', '  numbr: "05"'));
    const broken = await build({ lang: 'vi' }, { cwd, env: {} });
    expect(broken.stopped).toBe('plan');
    expect(broken.code).toBe(1);
    expect(exitCode(broken.findings)).toBe(1);
  });

  it('invite with fewer invitees removes the letters of those no longer on the list, and says which', async () => {
    const cwd = fresh();
    const first = await invite({}, { cwd });
    expect(first.code).toBe(0);
    const letters = first.written.filter((w) => w.kind === 'invitation');
    expect(letters.length).toBeGreaterThan(1);

    // The same plan with a list of one invitee: the letters of the others go.
    const data = join(cwd, 'plans', 'mot-khach.csv');
    writeFileSync(data, 'STT,Danh xưng,Họ và tên,Chức vụ,Đơn vị,Email\n1,Ông,Nguyễn Văn An,Giám đốc,Sở Tư pháp,an@example.vn\n');
    const second = await invite({ data: 'plans/mot-khach.csv' }, { cwd });
    expect(second.code).toBe(0);
    expect(second.written.filter((w) => w.kind === 'invitation')).toHaveLength(1);
    expect(second.removed.length).toBe(letters.length - (second.written.some((w) => w.path === letters[0]!.path) ? 1 : 0));
    expect(second.notes.filter((n) => n.mark === 'removed')).toHaveLength(second.removed.length);
    for (const path of second.removed) expect(existsSync(join(cwd, path))).toBe(false);
  });

  it('check lists each plan’s findings under it and a shared file’s once; no plan at all is a usage problem', async () => {
    const cwd = fresh();
    const plan = join(cwd, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('  number: "05"', '  numbr: "05"'));
    const result = await check({}, { cwd });
    expect(result.stopped).toBeUndefined();
    expect(result.files.map((f) => f.file)).toEqual([plan]);
    expect(result.files[0]!.source).toBe(readFileSync(plan, 'utf8'));
    expect(result.files[0]!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(result.code).toBe(1);
    expect(result.timings.check).toBeGreaterThanOrEqual(0);

    const empty = mkdtempSync(join(tmpdir(), 'plan-engine-'));
    dirs.push(empty);
    const none = await check({}, { cwd: empty });
    expect(none.stopped).toBe('usage');
    expect(none.failure.map((d) => [d.kind, d.file, d.messageId])).toEqual([['usage', undefined, 'io/no-plans']]);
    expect(none.code).toBe(2);
  });

  it('check with fix repairs what is certain first; a dry run only says what it would do', async () => {
    const cwd = fresh();
    const plan = join(cwd, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
    const slipped = readFileSync(plan, 'utf8').replace('  number: "05"', '  number: 5');
    writeFileSync(plan, slipped);
    const dry = await check({ fix: true, dryRun: true }, { cwd });
    expect(dry.stopped).toBe('fix');
    expect(dry.fixes?.map((f) => f.state)).toEqual(['would']);
    expect(readFileSync(plan, 'utf8')).toBe(slipped);

    const fixed = await check({ fix: true }, { cwd });
    expect(fixed.stopped).toBeUndefined();
    expect(fixed.fixes?.map((f) => f.state)).toEqual(['written']);
    expect(readFileSync(plan, 'utf8')).toContain('  number: "05"');
    expect(fixed.code).toBe(0);
  });

  it('build and invite stopped by the signal write nothing and give 130', async () => {
    const cwd = fresh();
    const stopped = AbortSignal.abort();
    const built = await build({ lang: 'vi', signal: stopped }, { cwd, env: {} });
    expect(built.stopped).toBe('interrupted');
    expect(built.code).toBe(130);
    expect(built.written).toEqual([]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);

    // Stopped after the first letter: the batch is abandoned, no letter and no temporary file is left.
    const controller = new AbortController();
    const invited = await invite({ progress: () => ({ tick: () => controller.abort(), end: () => {} }), signal: controller.signal }, { cwd });
    expect(invited.stopped).toBe('interrupted');
    expect(invited.code).toBe(130);
    const letters = join(cwd, 'out', 'hoi-nghi-giao-ban-2018', 'giay-moi');
    expect(existsSync(letters) ? readdirSync(letters) : []).toEqual([]);
  });
});
