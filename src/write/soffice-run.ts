import { spawn } from 'node:child_process';
import { trackChild } from './children.js';
import { pathToFileURL } from 'node:url';

export interface SofficeRun {
  soffice: string;
  /** A folder of its own: LibreOffice keeps its profile (and its lock) there, so runs at once cannot collide. */
  profile: string;
  outDir: string;
  inputs: readonly string[];
  /** How long LibreOffice may take over inputs[k] (from its start for the first, from the one before for the rest). */
  allowanceMs: (k: number) => number;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /**
   * Called as LibreOffice reports each document it has converted (its "convert … ->" line), with the document's index
   * in `inputs` when the line names one of them.
   */
  onConverted: (k: number | undefined) => void;
  /** The `--convert-to` argument; default `pdf`. */
  convertTo?: string;
}

/** How a run ended: `failure` is LibreOffice's own words (or the exit status) when it did not end normally. */
export interface SofficeOutcome {
  failure?: string;
  timedOut?: boolean;
  /** LibreOffice's last "Error: …" line when it ended normally: why it skipped a document (one it could not load). */
  complaint?: string;
}

/** What is kept of LibreOffice's output: its last words are what explain a failure. */
const KEPT_OUTPUT = 16 * 1024;
const keepTail = (text: string): string => (text.length > KEPT_OUTPUT ? text.slice(-KEPT_OUTPUT) : text);
const lastComplaint = (text: string): string | undefined =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^Error\b/i.test(line))
    .pop();
const lastLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-3)
    .join(' ');

/**
 * One LibreOffice process converting `inputs` to PDF in `outDir`. Never rejects: the caller checks which PDFs exist.
 * Outside Windows it runs in a process group of its own, so a timeout or an abort also ends soffice.bin, which the
 * `soffice` launcher script starts as a child and which a kill of the launcher alone would leave running.
 */
export function runSoffice(run: SofficeRun): Promise<SofficeOutcome> {
  const args = [
    `-env:UserInstallation=${pathToFileURL(run.profile).href}`,
    '--headless',
    '--invisible',
    '--nologo',
    '--nodefault',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    run.convertTo ?? 'pdf',
    '--outdir',
    run.outDir,
    ...run.inputs,
  ];
  const group = process.platform !== 'win32';
  return new Promise((resolvePromise) => {
    let stdout = '';
    let stderr = '';
    let pending = '';
    let timedOut = false;
    let settled = false;
    const child = spawn(run.soffice, args, { env: run.env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
    const kill = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    // A watchdog rather than one time limit: a 5,000-page merged letter may take minutes, a hung LibreOffice must not.
    let finished = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        kill();
      }, run.allowanceMs(Math.min(finished, run.inputs.length - 1)));
    };
    arm();
    run.signal.addEventListener('abort', kill, { once: true });
    const forget = trackChild(kill);
    const done = (outcome: SofficeOutcome) => {
      if (settled) return;
      settled = true;
      forget();
      clearTimeout(timer);
      run.signal.removeEventListener('abort', kill);
      resolvePromise(outcome);
    };
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout = keepTail(stdout + text);
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!/^convert .* -> /.test(line)) continue;
        finished++;
        arm();
        const k = run.inputs.findIndex((input) => line.startsWith(`convert ${input} -> `));
        run.onConverted(k >= 0 ? k : undefined);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr = keepTail(stderr + text)));
    child.on('error', (error: NodeJS.ErrnoException) => done({ failure: error.code === 'ENOENT' ? `${run.soffice}: ENOENT` : error.message }));
    child.on('close', (code, signal) => {
      const complaint = lastComplaint(`${stdout}\n${stderr}`);
      if (timedOut) done({ timedOut: true });
      else if (code === 0) done(complaint !== undefined ? { complaint } : {});
      else done({ failure: lastLines(stderr || stdout) || (signal ? `signal ${signal}` : `exit code ${code}`) });
    });
  });
}
