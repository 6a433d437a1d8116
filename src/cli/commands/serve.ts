// `plan serve`: starts the local page for one plan and prints its address; Ctrl+C stops it. The page's buttons run
// the engine's workflows, as the CLI does, so what the page builds or sends is what `plan build` and `plan send` would.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { relativeSlashPath } from '../../report/paths.js';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { crc32, deflatedEntry, writeZip } from '../../package/zip.js';
import { defaultTemplatesDir } from '../../render/templates.js';
import { newToken } from '../../serve/guard.js';
import { startServer, type ActionResult } from '../../serve/server.js';
import { ExitCode, type Io } from '../io.js';
import type { OutputOptions } from '../output.js';
import { planFiles } from '../../load/plan-files.js';
import { fail, usage } from '../single-plan.js';
import { interruptSignal } from '../interrupt.js';
import { build } from '../../engine/build.js';
import { buildManifest, printBuild } from './build.js';
import { send } from '../../engine/send.js';
import { printSend, sendNotices, type SendOptions } from './send.js';

export interface ServeOptions extends OutputOptions {
  port?: string;
  open?: boolean;
  templates?: string;
  /** Stops the server; by default Ctrl+C (SIGINT) does. */
  signal?: AbortSignal;
}

/** A folder beside the program (dist/) or above it (src/ in development) that holds `probe`. */
function besideProgram(probe: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [dir, join(dir, 'dist')]) if (existsSync(join(candidate, probe))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Output captured from a workflow, for the page. */
function captured(io: Io): { io: Io; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    io: { ...io, stdout: { write: (s: string) => (out += s), isTTY: false }, stderr: { write: (s: string) => (err += s), isTTY: false } },
    stdout: () => out,
    stderr: () => err,
  };
}

function parsed(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesBelow(path)));
    else if (entry.isFile() && !entry.name.startsWith('~$') && !entry.name.startsWith('.')) out.push(path);
  }
  return out.sort();
}

function openWith(path: string): void {
  const [command, args] = process.platform === 'win32' ? ['explorer', [path]] : process.platform === 'darwin' ? ['open', [path]] : ['xdg-open', [path]];
  try {
    spawn(command, args as string[], { detached: true, stdio: 'ignore' }).on('error', () => {}).unref();
  } catch {
    // no desktop here (a server, CI): the page shows the folder's path instead
  }
}

export async function runServe(file: string | undefined, options: ServeOptions, io: Io): Promise<number> {
  const candidates = await planFiles(file ? [file] : [], io.cwd);
  if (candidates.length === 0) return fail([usage('io/no-plans', { dir: 'plans/' })], ExitCode.usage, options, io);
  if (candidates.length > 1) return fail([usage('usage/which-plan', { files: candidates.map((c) => relativeSlashPath(c, io.cwd)).join(', ') })], ExitCode.usage, options, io);
  const planFile = candidates[0]!;
  if (!existsSync(planFile)) return fail([{ file: planFile, severity: 'error', kind: 'io', ruleId: 'io/read', messageId: 'io/not-found' }], ExitCode.usage, options, io);
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail([usage('serve/bad-port', { value: String(options.port) })], ExitCode.usage, options, io);
  const assetsDir = besideProgram(join('web', 'index.html'));
  const schemaDir = besideProgram(join('schema', 'plan.schema.json'));
  if (!assetsDir || !schemaDir) return fail([usage('serve/no-assets')], ExitCode.usage, options, io);

  const displayName = relativeSlashPath(planFile, io.cwd);
  const outDir = resolve(io.cwd, 'out', basename(planFile, extname(planFile)));
  const lang = options.lang;
  const templates = options.templates ? { templates: options.templates } : {};
  const token = newToken();
  // Ctrl+C stops the server, and a send the page started between two messages.
  const { signal, release } = interruptSignal(options.signal);
  let started;
  try {
    started = await startServer({
      planFile,
      displayName,
      templatesDir: options.templates ? resolve(io.cwd, options.templates) : defaultTemplatesDir(),
      assetsDir: join(assetsDir, 'web'),
      schemaFile: join(schemaDir, 'schema', 'plan.schema.json'),
      lang,
      token,
      cwd: io.cwd,
      actions: {
        build: async ({ pdf }) => {
          const result = await build({ file: displayName, pdf, lang, ...templates, signal }, io);
          // The page shows the manifest, and under it what the terminal would say beside `--json`.
          const c = captured(io);
          printBuild(result, { lang, format: 'stylish', json: true }, c.io);
          return { code: result.code, report: result.stopped ? undefined : buildManifest(result), messages: c.stderr() };
        },
        send: async ({ dryRun }): Promise<ActionResult> => {
          // The page shows the --json report, and under it what the terminal would say beside it.
          const c = captured(io);
          const shown: SendOptions = { lang, format: 'stylish', json: true, dryRun };
          const result = await send({ file: displayName, dryRun, lang, ...templates, signal, notify: sendNotices(shown, c.io) }, io);
          printSend(result, shown, c.io);
          return { code: result.code, report: parsed(c.stdout()), messages: c.stderr() };
        },
        zipOutput: async () => {
          if (!existsSync(outDir)) return undefined;
          const entries = await Promise.all((await filesBelow(outDir)).map(async (path) => {
            const data = new Uint8Array(await readFile(path));
            return deflatedEntry(relativeSlashPath(path, outDir), deflateRawSync(data), crc32(data), data.length);
          }));
          return { name: `${basename(outDir)}.zip`, bytes: writeZip(entries, new Date()) };
        },
        openFolder: async () => {
          openWith(existsSync(outDir) ? outDir : dirname(planFile));
          return relativeSlashPath(outDir, io.cwd);
        },
      },
    }, port);
  } catch (error) {
    release();
    const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
    return fail([usage('serve/listen', { port, code })], ExitCode.usage, options, io);
  }
  const url = `http://127.0.0.1:${started.port}/?token=${token}${lang === 'en' ? '&lang=en' : ''}`;
  io.stdout.write(`${url}\n`);
  if (options.open) openWith(url);

  await new Promise<void>((done) => (signal.aborted ? done() : signal.addEventListener('abort', () => done(), { once: true })));
  release();
  started.server.closeAllConnections();
  await new Promise((done) => started.server.close(done));
  return ExitCode.ok;
}
