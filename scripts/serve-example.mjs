// `plan serve` on the example plan, in a throw-away copy of plans/, for the scripts that drive the page in Debian's
// chromium (bench/serve.mjs, docs/serve-screenshot.mjs). Needs dist/ built.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const CHROMIUM = '/usr/bin/chromium';
const EXAMPLE = 'plans/hoi-nghi-giao-ban-2018.yaml';

/**
 * Starts the server on a free port and resolves once it has printed its address (the first line of stdout, with the
 * page's token). `stop()` ends the server and removes the copy; call it in a `finally`.
 */
export async function serveExample(prefix = 'plan-serve-') {
  const work = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'plans'), join(work, 'plans'), { recursive: true });
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'plan.js'), 'serve', EXAMPLE, '--port', '0'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    child.kill('SIGINT');
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const url = await new Promise((done, fail) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (s) => {
        out += s;
        if (out.includes('\n')) done(out.split('\n')[0]);
      });
      child.on('exit', (code) => fail(new Error(`plan serve ended (exit ${code}) before printing its address`)));
    });
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Debian's chromium through playwright-core (no browser download); the sandbox needs privileges the container lacks. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
