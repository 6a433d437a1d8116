// The program's entry, dist/plan.js: runs the bundle dist/app.js through the V8 code cache dist/app.js.cache, which
// `npm run build` makes by building the example once (scripts/build.mjs). Node 20 has no compile cache of its own
// (module.enableCompileCache came with Node 22), and without one, compiling the bundle and then, lazily, every
// function a command calls is most of what `plan check` costs after Node's own start. V8 checks the cache against
// its version, its flags and the source, and compiles as usual when they differ: a stale or missing cache costs
// time, never correctness.
import { readFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { constants, Script } from 'node:vm';

const app = join(__dirname, 'app.js');

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The compiled bundle; scripts/build.mjs writes its cache from it after the warm-up run. The build turns every import()
 * of the program into a require (and fails when one is left); should a dependency still reach import() at run time, it
 * goes to Node's own loader rather than failing with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.
 */
const script = new Script(wrap(readFileSync(app, 'utf8')), {
  filename: app,
  cachedData: readCache(`${app}.cache`),
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const appModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(appModule.exports, appModule.exports, createRequire(app), appModule, app, __dirname);

export = script;
