// `plan serve` in a real browser (Debian's chromium, driven by playwright-core), against the built program.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_JS, project } from './run-built.js';

const CHROMIUM = '/usr/bin/chromium';
const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';

interface Served {
  child: ChildProcess;
  url: string;
  port: number;
  cwd: string;
  stderr: () => string;
}

async function serve(cwd: string, args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [PLAN_JS, 'serve', PLAN, '--port', '0', ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${err}`)));
  });
  return { child, url, port: Number(new URL(url).port), cwd, stderr: () => err };
}

function raw(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const r = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    r.on('error', fail);
    r.end();
  });
}

const hasChromium = existsSync(CHROMIUM);
let browser: Browser;
let served: Served;
let page: Page;

beforeAll(async () => {
  served = await serve(project(['plans']));
  if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  served?.child.kill('SIGINT');
  if (served) rmSync(served.cwd, { recursive: true, force: true });
});

describe('plan serve: who may talk to it', () => {
  it('prints one line, the address on 127.0.0.1 with a token', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });
  it('answers the page with the token, and 403 without it, with a wrong one, or for a foreign Host or Origin', async () => {
    const host = { host: `127.0.0.1:${served.port}` };
    const token = new URL(served.url).searchParams.get('token')!;
    expect(await raw(served.port, `/?token=${token}`, host)).toBe(200);
    expect(await raw(served.port, '/', host)).toBe(403);
    expect(await raw(served.port, '/api/plan', host)).toBe(403);
    expect(await raw(served.port, '/?token=wrong', host)).toBe(403);
    expect(await raw(served.port, `/?token=${token}`, { host: `attacker.example:${served.port}` })).toBe(403);
    expect(await raw(served.port, `/api/plan?token=${token}`, { ...host, origin: 'http://attacker.example' })).toBe(403);
    expect(await raw(served.port, `/api/plan`, { ...host, cookie: `plan_token=${token}` })).toBe(200);
  });
});

describe.skipIf(!hasChromium)('plan serve: the page', () => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(served.url);
    await page.waitForSelector('body[data-ready="true"]');
    // Everything comes from the local server: no CDN, no other address.
    expect(requests.every((u) => u.startsWith(`http://127.0.0.1:${served.port}/`))).toBe(true);
  });

  it('loads the plan in the editor and previews the Kế hoạch from the real DOCX', async () => {
    await expect.poll(() => page.locator('#pages .docx').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('#pages').innerText()).toMatch(/KẾ HOẠCH/);
    expect(await page.locator('.cm-content').innerText()).toMatch(/issuer:/);
  });

  it('shows a wrong weekday as a Vietnamese problem at its line', async () => {
    const line = await typeAfter(page, '  notes:\n', '    - "Hạn gửi ý kiến: thứ Tư, ngày 27/7/2018."\n');
    await expect.poll(() => page.locator('#problems li.error').allInnerTexts(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^Lỗi — dòng ${line}, cột \\d+: .*thứ Sáu`))]),
    );
    expect(await page.locator('#preview').getAttribute('class')).toMatch(/stale/);
  });

  it('completes field names from the schema, with their Vietnamese titles', async () => {
    const text = await editorText(page);
    await setSelection(page, text.indexOf('  contact:\n'));
    await page.keyboard.insertText('  rep');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'replyBy' });
    await option.waitFor({ timeout: 10_000 });
    expect(await option.innerText()).toMatch(/replyBy\s*Hạn xác nhận/);
    await page.keyboard.press('Escape');
    await replaceInEditor(page, '  rep  contact:', '  contact:');
  });

  it('keeps unsaved text across a reload', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await editorText(page)).toContain('thứ Tư, ngày 27/7/2018');
  });

  it('applies the quick fix of plan check --fix, then saves, previews the corrected letter and builds into out/', async () => {
    await page.locator('#problems li.error', { hasText: 'thứ Sáu' }).locator('button.fix-one').click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('thứ Sáu, ngày 27/7/2018');
    await expect.poll(() => page.locator('#problems li.error').count(), { timeout: 10_000 }).toBe(0);
    await page.click('[data-kind="invitation"]');
    await expect.poll(() => page.locator('#pages').innerText(), { timeout: 20_000 }).toMatch(/thứ Sáu, ngày 27\/7\/2018/);
    await page.click('#save');
    await expect.poll(() => readFileSync(join(served.cwd, PLAN), 'utf8')).toContain('thứ Sáu, ngày 27/7/2018');
    await page.click('#build');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/Đã tạo \d+ tệp/);
    expect(existsSync(join(served.cwd, 'out/hoi-nghi-giao-ban-2018/ke-hoach.docx'))).toBe(true);
  });

  it('says so when the file changes on disk while the page has unsaved changes, and never overwrites silently', async () => {
    await replaceInEditor(page, 'thứ Sáu, ngày 27/7/2018', 'thứ Sáu, ngày 27/7/2018 (trang)');
    const onDisk = readFileSync(join(served.cwd, PLAN), 'utf8').replace('title: Tổ chức Hội nghị', 'title: Tổ chức Hội nghị (VS Code)');
    writeFileSync(join(served.cwd, PLAN), onDisk);
    await page.waitForSelector('#conflict:not([hidden])', { timeout: 10_000 });
    await page.click('#save');
    expect(readFileSync(join(served.cwd, PLAN), 'utf8')).toBe(onDisk);
    await page.click('#conflict-keep');
    await expect.poll(() => readFileSync(join(served.cwd, PLAN), 'utf8')).toContain('(trang)');
  });
});

describe('plan serve: stopping', () => {
  it('stops on Ctrl+C with exit code 0', async () => {
    const s = await serve(project(['plans']));
    const exit = new Promise<number | null>((done) => s.child.on('exit', (code) => done(code)));
    s.child.kill('SIGINT');
    expect(await exit).toBe(0);
    rmSync(s.cwd, { recursive: true, force: true });
  });
});

/** Types `text` on a new line after the first line equal to `anchor` (which ends with \n); returns its 1-based line. */
async function typeAfter(p: Page, anchor: string, text: string): Promise<number> {
  const content = await editorText(p);
  const at = content.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor} in the editor`);
  await setSelection(p, at + anchor.length);
  await p.keyboard.insertText(text);
  return content.slice(0, at + anchor.length).split('\n').length;
}

async function replaceInEditor(p: Page, from: string, to: string): Promise<void> {
  const content = await editorText(p);
  const at = content.indexOf(from);
  if (at < 0) throw new Error(`no ${from} in the editor`);
  await setSelection(p, at, at + from.length);
  await p.keyboard.insertText(to);
}

const editorText = (p: Page) => p.evaluate(() => (globalThis as unknown as { planEditor: { text(): string } }).planEditor.text());
const setSelection = (p: Page, anchor: number, head = anchor) =>
  p.evaluate(([a, h]) => (globalThis as unknown as { planEditor: { select(a: number, h: number): void } }).planEditor.select(a!, h!), [anchor, head]);
