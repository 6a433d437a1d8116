// Bundles the CLI into ES modules that plain `node` runs: dist/plan.js plus chunks loaded per command,
// so `plan check` starts without loading docx, nodemailer or exceljs (it loads handlebars: it renders the templates to
// check them).
// yaml and other CommonJS dependencies call `require`, which an ESM bundle lacks: the banner provides it.
//   node scripts/build.mjs [--outdir DIR] [--metafile FILE]
// --outdir builds elsewhere than dist/ (the benchmark builds its own copy, so a concurrent `npm run build` cannot
// pull dist/ from under it); --metafile writes esbuild's metafile, to inspect what each chunk holds.
// The shipped wording templates are precompiled into the bundle (src/render/precompile.ts says why).
import { build } from 'esbuild';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const outdir = arg('--outdir') ?? 'dist';
const metafilePath = arg('--metafile');

const banner = {
  js: "import { createRequire as __planCreateRequire } from 'node:module';\nconst require = __planCreateRequire(import.meta.url);",
};

/** precompile.ts, bundled and run here, so the templates are precompiled by the same code and options the loader uses. */
async function precompiledTemplatesModule() {
  const work = mkdtempSync(join(tmpdir(), 'plan-precompile-'));
  try {
    const outfile = join(work, 'precompile.mjs');
    await build({ entryPoints: ['src/render/precompile.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning', banner });
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

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { plan: 'src/cli/plan.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: metafilePath !== undefined,
  banner,
  plugins: [precompiledTemplates],
});
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile));
// The shebang must be the first line of the entry file only.
const entry = join(outdir, 'plan.js');
writeFileSync(entry, '#!/usr/bin/env node\n' + readFileSync(entry, 'utf8'));
chmodSync(entry, 0o755);
