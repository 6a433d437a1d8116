#!/usr/bin/env node
// The warm round trip of `plan serve` (issue 18): from a keystroke in the page to the diagnostics on screen, for the
// example plan, in Debian's chromium. Goal: under 100 ms (median). Also the server's own /api/check time, and the
// HTTP round trip from Node, to show where the time goes.
//   node bench/serve.mjs [--rounds N]        (npm run bench runs it after bench/run.mjs; needs dist/ built)
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium, serveExample } from '../scripts/serve-example.mjs';
import { median } from './lib/stats.mjs';

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 30;
const GOAL_MS = 100;
if (!existsSync(CHROMIUM)) {
  console.log('bench/serve: no /usr/bin/chromium; skipped (bash scripts/setup.sh installs it)');
  process.exit(0);
}

const { url, stop } = await serveExample('plan-bench-serve-');
let browser;
try {
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#problems li');

  // Each round types one character that adds or removes an error (a weekday that does not match its date), then
  // waits until the problems list shows the new state; the time is taken in the page, from the keystroke.
  const keystroke = [];
  for (let i = 0; i < ROUNDS; i++) {
    const wrong = i % 2 === 0;
    keystroke.push(await page.evaluate(async (wrongNow) => {
      const editor = window.planEditor;
      const text = editor.text();
      const anchor = text.indexOf('  date: 2018-07-3');
      const list = document.getElementById('problems');
      const before = list.innerText;
      const started = performance.now();
      editor.select(anchor + 17, anchor + 18);
      document.execCommand('insertText', false, wrongNow ? '2' : '1');
      await new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (list.innerText !== before) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
      });
      return performance.now() - started;
    }, wrong));
  }

  const token = new URL(url).searchParams.get('token');
  const text = await page.evaluate(() => window.planEditor.text());
  const server = [];
  const http = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const r = await fetch(new URL('/api/check', url), { method: 'POST', headers: { 'x-plan-token': token, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = await r.json();
    http.push(performance.now() - started);
    server.push(body.ms);
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  const rows = [
    ['keystroke → diagnostics on screen (median)', ms(median(keystroke)), `< ${GOAL_MS} ms: ${median(keystroke) < GOAL_MS ? 'PASS' : 'FAIL'}`],
    ['keystroke → diagnostics on screen (slowest)', ms(Math.max(...keystroke)), ''],
    ['POST /api/check from Node (median)', ms(median(http)), ''],
    ['  of which check on the server (median)', ms(median(server)), ''],
  ];
  console.log(`\nplan serve, the example plan, ${ROUNDS} rounds (the linter waits 40 ms for typing to pause):`);
  for (const [name, value, goal] of rows) console.log(`  ${name.padEnd(48)} ${value.padStart(10)}  ${goal}`);
} finally {
  await browser?.close();
  stop();
}
