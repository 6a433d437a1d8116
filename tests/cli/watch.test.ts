import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAlive, type Io } from '../../src/cli/io.js';
import { runWatch, type WatchFn } from '../../src/cli/watch.js';
import { runCli } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A watch loop under test: its output, the exit codes of its builds, and a way to wait for the next build. */
function harness(cwd: string) {
  let stderr = '';
  const codes: number[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  const io: Io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {}, pid: process.pid, isAlive };
  const onBuild = (code: number) => {
    codes.push(code);
    waiters = waiters.filter((w) => (codes.length >= w.count ? (w.resolve(), false) : true));
  };
  /** Resolves once `count` builds have finished in all. */
  const builds = (count: number, timeoutMs = 15_000) =>
    new Promise<void>((done, fail) => {
      if (codes.length >= count) return done();
      const timer = setTimeout(() => fail(new Error(`only ${codes.length} of ${count} builds; stderr:\n${stderr}`)), timeoutMs);
      waiters.push({ count, resolve: () => (clearTimeout(timer), done()) });
    });
  return { io, codes, onBuild, builds, stderr: () => stderr };
}

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-watch-'));
  expect((await runCli(['init', 'hop'], { cwd: dir })).code).toBe(0);
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const letters = () => readdirSync(join(dir, 'out', 'hop', 'giay-moi')).filter((n) => n.endsWith('.docx')).length;

describe('plan build --watch (real fs.watch)', () => {
  it('rebuilds when the plan, its invitee list or a template changes, survives an error, and stops on abort', async () => {
    const h = harness(dir);
    const controller = new AbortController();
    const plan = join(dir, 'plans', 'hop.yaml');
    const source = readFileSync(plan, 'utf8');
    const loop = runWatch('plans/hop.yaml', { lang: 'vi', format: 'stylish', templates: 'templates' }, h.io, {
      signal: controller.signal,
      debounceMs: 50,
      onBuild: h.onBuild,
    });

    await h.builds(1);
    expect(h.codes).toEqual([0]);
    expect(letters()).toBe(4);
    expect(h.stderr()).toMatch(/Đang theo dõi plans\/hop\.yaml, plans\/hop-khach-moi\.csv, templates\//);

    // A misspelt key: the build fails with the diagnostic at its line, and the loop keeps going.
    writeFileSync(plan, source.replace(/^venue:/m, 'venu:'));
    await h.builds(2);
    expect(h.codes[1]).toBe(1);
    expect(h.stderr()).toMatch(/plans\/hop\.yaml:\d+:1/);
    expect(h.stderr()).toMatch(/venu/);
    expect(h.stderr()).toMatch(/Chưa tạo được văn bản/);

    // Fixed: builds again.
    writeFileSync(plan, source);
    await h.builds(3);
    expect(h.codes[2]).toBe(0);

    // One more invitee in the spreadsheet: one more letter.
    appendFileSync(join(dir, 'plans', 'hop-khach-moi.csv'), '5,Ông,Hoàng Văn Nam,Giám đốc,Sở Y tế,,,lanh-dao-so\r\n');
    await h.builds(4);
    expect(h.codes[3]).toBe(0);
    expect(letters()).toBe(5);

    // A wording template (in a subfolder: the templates folder is watched recursively).
    const template = join(dir, 'templates', 'giay-moi', 'noi-dung.hbs');
    appendFileSync(template, '\n');
    await h.builds(5);
    expect(h.codes[4]).toBe(0);
    expect(h.stderr()).toMatch(/templates\/giay-moi\/noi-dung\.hbs đã thay đổi/);

    controller.abort();
    expect(await loop).toBe(0);
    expect(h.stderr()).toMatch(/Đã dừng theo dõi\.\n$/);

    // Stopped means stopped: a later change builds nothing.
    writeFileSync(plan, source.replace('01 buổi', '02 buổi'));
    await new Promise((r) => setTimeout(r, 300));
    expect(h.codes).toHaveLength(5);
  }, 60_000);

  it('ignores files beside the plan that it does not use', async () => {
    const h = harness(dir);
    const controller = new AbortController();
    const loop = runWatch('plans/hop.yaml', { lang: 'en', format: 'stylish', templates: 'templates' }, h.io, { signal: controller.signal, debounceMs: 50, onBuild: h.onBuild });
    await h.builds(1);
    writeFileSync(join(dir, 'plans', 'ghi-chu.txt'), 'x');
    writeFileSync(join(dir, 'plans', '.hop.yaml.swp'), 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(h.codes).toHaveLength(1);
    controller.abort();
    await loop;
    expect(h.stderr()).toMatch(/Watching plans\/hop\.yaml/);
    expect(h.stderr()).toMatch(/Stopped watching\./);
  });
});

describe('plan build --watch (injected watcher)', () => {
  /** A watcher the test fires by hand. */
  function fakeWatch() {
    const listeners: { dir: string; recursive: boolean; onChange: (name: string | null) => void; closed: boolean }[] = [];
    const watch: WatchFn = (d, recursive, onChange) => {
      const entry = { dir: d, recursive, onChange, closed: false };
      listeners.push(entry);
      return { close: () => void (entry.closed = true) };
    };
    const fire = (d: string, name: string) => listeners.filter((l) => !l.closed && l.dir === d).forEach((l) => l.onChange(name));
    return { watch, listeners, fire };
  }

  it('debounces a burst of events into one rebuild, and closes its watchers when stopped', async () => {
    const h = harness(dir);
    const fake = fakeWatch();
    const controller = new AbortController();
    const loop = runWatch('plans/hop.yaml', { lang: 'vi', format: 'stylish', templates: 'templates' }, h.io, {
      signal: controller.signal,
      watch: fake.watch,
      debounceMs: 30,
      onBuild: h.onBuild,
    });
    await h.builds(1);
    expect(fake.listeners.map((l) => [l.dir, l.recursive])).toEqual([
      [join(dir, 'plans'), false],
      [join(dir, 'templates'), true],
    ]);
    // An editor's save: several events in a row for the same file.
    for (let i = 0; i < 5; i++) fake.fire(join(dir, 'plans'), 'hop.yaml');
    await h.builds(2);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.codes).toEqual([0, 0]);
    fake.fire(join(dir, 'plans'), 'other.yaml');
    await new Promise((r) => setTimeout(r, 100));
    expect(h.codes).toHaveLength(2);
    controller.abort();
    await loop;
    expect(fake.listeners.every((l) => l.closed)).toBe(true);
  });

  it('a change during a build causes exactly one more build after it', async () => {
    const h = harness(dir);
    const fake = fakeWatch();
    const controller = new AbortController();
    let fired = false;
    const loop = runWatch('plans/hop.yaml', { lang: 'vi', format: 'stylish', templates: 'templates' }, h.io, {
      signal: controller.signal,
      watch: fake.watch,
      debounceMs: 1,
      onBuild: (code) => {
        h.onBuild(code);
        if (!fired && h.codes.length === 2) {
          fired = true;
          // Arrives while build 2 is being reported, i.e. before the loop looks for more work.
          for (let i = 0; i < 3; i++) fake.fire(join(dir, 'templates'), 'ke-hoach/content.hbs');
        }
      },
    });
    await h.builds(1);
    fake.fire(join(dir, 'plans'), 'hop-khach-moi.csv');
    await h.builds(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.codes).toEqual([0, 0, 0]);
    controller.abort();
    await loop;
  });

  it('--pdf without LibreOffice: says so and does not start watching (exit 2)', async () => {
    const h = harness(dir);
    h.io.env = { PATH: join(dir, 'nowhere') };
    const fake = fakeWatch();
    const code = await runWatch('plans/hop.yaml', { lang: 'vi', format: 'stylish', pdf: true }, h.io, { watch: fake.watch, signal: new AbortController().signal });
    expect(code).toBe(2);
    expect(h.stderr()).toMatch(/Không tìm thấy LibreOffice/);
    expect(fake.listeners).toEqual([]);
  });

  it('reports no plan like build does (exit 2) and does not start watching', async () => {
    const h = harness(join(dir, 'templates')); // no plans/ here
    const fake = fakeWatch();
    expect(await runWatch(undefined, { lang: 'vi', format: 'stylish' }, h.io, { watch: fake.watch, signal: new AbortController().signal })).toBe(2);
    expect(fake.listeners).toEqual([]);
    expect(existsSync(join(dir, 'templates', 'out'))).toBe(false);
  });
});
