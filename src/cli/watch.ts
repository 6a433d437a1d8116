import { watch as fsWatch } from 'node:fs';
import { interruptSignal } from './interrupt.js';
import { basename, dirname, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { planDataFile } from '../load/yaml.js';
import { defaultTemplatesDir } from '../render/templates.js';
import { build } from '../engine/build.js';
import { buildRequest, printBuild, type BuildOptions } from './commands/build.js';
import { findSoffice } from '../write/pdf.js';
import { ExitCode, type Io } from './io.js';
import { planFiles } from '../load/plan-files.js';
import { relativeSlashPath } from '../report/paths.js';

/** What `fs.watch` returns, as far as the loop needs it. */
export interface Watcher {
  close(): void;
}

/** `fs.watch` by default; tests may pass their own. `filename` is relative to `dir`, or null when unknown. */
export type WatchFn = (dir: string, recursive: boolean, onChange: (filename: string | null) => void) => Watcher;

export interface WatchDeps {
  /** Stops the loop; by default Ctrl+C (SIGINT) does. */
  signal?: AbortSignal;
  watch?: WatchFn;
  /** Quiet time after the last change before rebuilding: editors save in several steps. Default 200 ms. */
  debounceMs?: number;
  /** Called after every build with its exit code (tests wait on it). */
  onBuild?: (code: number) => void;
  /** The clock shown in messages. */
  now?: () => Date;
}

const nodeWatch: WatchFn = (dir, recursive, onChange) => {
  const watcher = fsWatch(dir, { recursive, persistent: true }, (_event, filename) => onChange(filename === null ? null : String(filename)));
  // A watched folder that disappears is re-watched after the next build; the error itself is not fatal.
  watcher.on('error', () => watcher.close());
  return watcher;
};

/** Editor droppings that are not the file itself: swap files, backups, vim's write test, our own temporary files. */
const IGNORED = /(^|[\\/])(\.#|#|~\$)|\.(swp|swx|tmp|crswap)$|~$|(^|[\\/])4913$/;

/** The files one build depends on: the plan, its invitee list (invitations.data), every template under the folder. */
interface Inputs {
  plan: string;
  data?: string;
  templates: string;
}

/**
 * `plan build --watch`: builds, then rebuilds whenever the plan, its invitee list or a template changes, until the
 * signal aborts (Ctrl+C). A failed build prints its diagnostics and the loop keeps watching. Changes that arrive while
 * a build runs cause one more build after it. Returns 0 when stopped, 2 when there is no plan to watch.
 */
export async function runWatch(file: string | undefined, options: BuildOptions, io: Io, deps: WatchDeps = {}): Promise<number> {
  const watch = deps.watch ?? nodeWatch;
  const debounceMs = deps.debounceMs ?? 200;
  const now = deps.now ?? (() => new Date());
  const clock = () => now().toTimeString().slice(0, 8);
  const shown = (path: string) => relativeSlashPath(path, io.cwd) || '.';
  const say = (id: string, params: Record<string, string | number> = {}) => io.stderr.write(`${t(id, params, options.lang)}\n`);

  const { signal, release: removeSigint } = interruptSignal(deps.signal);

  // The plan is resolved once, as build does: the file watched must not change under the clerk.
  const candidates = await planFiles(file ? [file] : [], io.cwd);
  // No plan, several, or --pdf without LibreOffice: nothing a save could fix, so report it as build does and stop.
  if (candidates.length !== 1 || (options.pdf && findSoffice(io.env) === undefined)) {
    removeSigint();
    const result = await build(buildRequest(file, options, io), io); // reports "no plan" or "which plan" as build does
    printBuild(result, options, io);
    return result.code;
  }
  const plan = candidates[0]!;
  const inputs: Inputs = { plan, templates: options.templates ? resolve(io.cwd, options.templates) : defaultTemplatesDir() };

  let watchers: Watcher[] = [];
  let watchedKey = '';
  const unwatch = () => {
    for (const w of watchers) w.close();
    watchers = [];
  };

  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;
  let pending: string | undefined;

  const changed = (what: string) => {
    if (signal.aborted) return;
    pending ??= what;
    clearTimeout(timer);
    timer = setTimeout(() => void kick(), debounceMs);
  };

  /** (Re)creates the watchers when the set of watched files changed: folders, not files, since editors save by rename. */
  const rewatch = () => {
    const files = [inputs.plan, ...(inputs.data ? [inputs.data] : [])];
    const key = [...files, inputs.templates].join('\n');
    if (key === watchedKey && watchers.length > 0) return;
    unwatch();
    watchedKey = key;
    const byDir = new Map<string, Set<string>>();
    for (const f of files) byDir.set(dirname(f), (byDir.get(dirname(f)) ?? new Set()).add(basename(f)));
    for (const [dir, names] of byDir) {
      try {
        watchers.push(watch(dir, false, (name) => {
          if (name !== null && names.has(name)) changed(resolve(dir, name));
          else if (name === null) changed(dir);
        }));
      } catch {
        // the folder is gone; the next build says so, and we try again after it
      }
    }
    try {
      watchers.push(watch(inputs.templates, true, (name) => {
        if (name === null || !IGNORED.test(name)) changed(name === null ? inputs.templates : resolve(inputs.templates, name));
      }));
    } catch {
      // as above
    }
    say('watch/start', { files: [...files.map(shown), `${shown(inputs.templates)}/`].join(', ') });
  };

  const buildOnce = async () => {
    // Ctrl+C stops a running build between documents; the loop then stops too, and says so.
    const result = await build({ ...buildRequest(plan, options, io), signal }, io);
    printBuild(result, options, io);
    const code = result.code;
    if (result.stopped !== 'interrupted') say(code === ExitCode.ok ? 'watch/ok' : 'watch/failed', { time: clock() });
    const data = await planDataFile(plan);
    if (data !== undefined) inputs.data = data;
    if (!signal.aborted) rewatch();
    deps.onBuild?.(code);
  };

  const kick = async () => {
    if (building) return; // the running build picks `pending` up when it ends
    while (pending !== undefined && !signal.aborted) {
      say('watch/change', { time: clock(), file: shown(pending) });
      pending = undefined;
      building = buildOnce();
      await building;
      building = undefined;
    }
  };

  building = buildOnce();
  await building;
  building = undefined;
  if (pending !== undefined) void kick();

  await new Promise<void>((resolveStop) => {
    if (signal.aborted) return resolveStop();
    signal.addEventListener('abort', () => resolveStop(), { once: true });
  });
  clearTimeout(timer);
  unwatch();
  removeSigint();
  await building;
  say('watch/stopped');
  return ExitCode.ok;
}
