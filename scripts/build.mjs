// Bundles the CLI for plain `node`:
//   dist/plan.js         the entry: runs app.js through a V8 code cache (src/cli/launch.cts says why)
//   dist/app.js          the program, one CommonJS file; each command's modules run only when that command does
//   dist/app.js.cache    V8's code cache of app.js after building the example once (a warm-up run, below)
//   dist/vendor/*.js     exceljs, nodemailer and pdf-lib, bundled apart: only an XLSX list, `plan send` or `--pdf` loads them
// The shipped wording templates are precompiled into the bundle (src/render/precompile.ts says why).
//   node scripts/build.mjs [--outdir DIR] [--metafile FILE]
// --outdir builds elsewhere than dist/ (the benchmark builds its own copy, so a concurrent `npm run build` cannot
// pull dist/ from under it); --metafile writes esbuild's metafile of app.js, to inspect what it holds.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const outdir = resolve(arg('--outdir') ?? 'dist');
const metafilePath = arg('--metafile');
const VENDORED = ['exceljs', 'nodemailer', 'pdf-lib'];
const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/** precompile.ts, bundled and run here, so the templates are precompiled by the same code and options the loader uses. */
async function precompiledTemplatesModule() {
  const work = mkdtempSync(join(tmpdir(), 'plan-precompile-'));
  try {
    const outfile = join(work, 'precompile.cjs');
    await build({ ...common, entryPoints: ['src/render/precompile.ts'], outfile, format: 'cjs' });
    const { precompiledModuleSource } = await import(pathToFileURL(outfile).href);
    return precompiledModuleSource(resolve('templates'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const precompiled = await precompiledTemplatesModule();
/** Stands the generated module in for src/render/precompiled-templates.ts (whose own map is empty). */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({ contents: precompiled, loader: 'js' }));
  },
};
/**
 * `import('exceljs')` in the program becomes `require('./vendor/exceljs.js')`, beside app.js, still run only when the
 * import is. It must be a require: dist/plan.js runs app.js through vm.Script, where an import() that reaches Node's
 * loader fails with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING (esbuild keeps an external import() as import()).
 */
const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join('|')})$`) }, ({ path }) => ({ path, namespace: 'vendored' }));
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, ({ path }) => ({ contents: `module.exports = require('./vendor/${path}.js');\n`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendored' }, ({ path }) => ({ path, external: true }));
  },
};

/**
 * commander requires node:child_process when it loads, for executable subcommands (plan has none); with net and dgram
 * behind it that cost every start, `plan check` included, about 5 ms. Its child_process is loaded at first use instead.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  ...common,
  entryPoints: ['src/cli/plan.ts'],
  outfile: join(outdir, 'app.js'),
  format: 'cjs',
  metafile: true,
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.js'],
  plugins: [precompiledTemplates, vendored, lazyChildProcessForCommander],
});
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile));
// Any import() left in app.js would crash under the launcher (above); only Node's built-ins may stay external.
const dynamicImports = Object.values(result.metafile.outputs).flatMap((o) => o.imports).filter((i) => i.kind === 'dynamic-import' && i.external);
if (dynamicImports.length > 0) {
  throw new Error(`build: app.js keeps import() of ${dynamicImports.map((i) => i.path).join(', ')}; dist/plan.js cannot run it (make it a require)`);
}
for (const name of VENDORED) await build({ ...common, entryPoints: [name], outfile: join(outdir, 'vendor', `${name}.js`), format: 'cjs' });
await build({ ...common, entryPoints: ['src/cli/launch.cts'], outfile: join(outdir, 'plan.js'), format: 'cjs', banner: { js: '#!/usr/bin/env node' } });
// The page of `plan serve`: one browser bundle (CodeMirror, docx-preview) and its HTML and CSS, all served from here so
// the page works on a machine without internet.
await build({ entryPoints: ['web/main.ts'], outfile: join(outdir, 'web', 'app.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning' });
for (const name of ['index.html', 'app.css']) copyFileSync(join('web', name), join(outdir, 'web', name));
// The package is "type": "module"; the files here are CommonJS.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
chmodSync(join(outdir, 'plan.js'), 0o755);

// The warm-up: the example built once, into a temporary folder, by the program under its own entry; V8's cache then
// holds every function a check or a build compiles. `--templates` because a dist/ built elsewhere (--outdir) does not
// find templates/ beside it. A failed warm-up (templates being edited, say) leaves dist/ without a cache: the program
// works, only starts slower (tests/cli/start-up.test.ts fails on a missing cache).
const work = mkdtempSync(join(tmpdir(), 'plan-warm-up-'));
try {
  const warm = spawnSync(
    process.execPath,
    [resolve('scripts/write-code-cache.cjs'), join(outdir, 'plan.js'), 'build', resolve('plans/hoi-nghi-giao-ban-2018.yaml'), '--out', work, '--templates', resolve('templates')],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  if (warm.status !== 0) {
    process.stderr.write(`build: warning: the warm-up run exited ${warm.status ?? warm.signal}; dist/ has no code cache and starts slower\n${warm.stderr}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
