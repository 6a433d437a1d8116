// The README's pictures of `plan serve`: the page with the example plan, one wrong weekday typed so the checks show,
// and the Giấy mời preview. Run by docs/make-images.sh (needs dist/ and Debian's chromium).
//   node docs/serve-screenshot.mjs OUT_DIR
import { join, resolve } from 'node:path';
import { launchChromium, ROOT, serveExample } from '../scripts/serve-example.mjs';

const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs', 'images'));
const { url, stop } = await serveExample('plan-shot-');
let browser;
try {
  browser = await launchChromium();
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
  await browser?.close();
  stop();
}
