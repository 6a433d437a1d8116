// The README's pictures of `plan serve`: the page with the example plan, one wrong weekday typed so the checks show,
// and the Giấy mời preview. Run by docs/make-images.sh (needs dist/ and Debian's chromium).
//   node docs/serve-screenshot.mjs OUT_DIR
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = resolve(process.argv[2] ?? join(root, 'docs', 'images'));
const work = mkdtempSync(join(tmpdir(), 'plan-shot-'));
cpSync(join(root, 'plans'), join(work, 'plans'), { recursive: true });
const child = spawn(process.execPath, [join(root, 'dist', 'plan.js'), 'serve', 'plans/hoi-nghi-giao-ban-2018.yaml', '--port', '0'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((done) => {
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s) => {
    out += s;
    if (out.includes('\n')) done(out.split('\n')[0]);
  });
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [lang, name] of [['vi', 'plan-serve.png'], ['en', 'plan-serve-en.png']]) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await page.goto(`${url}&lang=${lang}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('[data-kind="invitation"]');
    await page.waitForSelector('#pages .docx');
    await page.evaluate(() => {
      const text = window.planEditor.text();
      const at = text.indexOf('  notes:\n') + '  notes:\n'.length;
      window.planEditor.select(at, at);
      document.execCommand('insertText', false, '    - "Hạn gửi ý kiến: thứ Tư, ngày 27/7/2018."\n');
    });
    await page.waitForSelector('#problems li.error');
    await page.evaluate(() => window.planEditor.select(window.planEditor.text().indexOf('thứ Tư'), window.planEditor.text().indexOf('thứ Tư')));
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, name) });
    // The unsaved line stays in this browser's storage only; the page is thrown away with the browser.
    await page.close();
  }
} finally {
  await browser.close();
  child.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
}
