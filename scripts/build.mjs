// Bundles the CLI into ES modules that plain `node` runs: dist/plan.js plus chunks loaded per command,
// so `plan check` starts without loading docx, nodemailer or exceljs (it loads handlebars: it renders the templates to
// check them).
// yaml and other CommonJS dependencies call `require`, which an ESM bundle lacks: the banner provides it.
//   node scripts/build.mjs [--outdir DIR] [--metafile FILE]
// --outdir builds elsewhere than dist/ (the benchmark builds its own copy, so a concurrent `npm run build` cannot
// pull dist/ from under it); --metafile writes esbuild's metafile, to inspect what each chunk holds.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const outdir = arg('--outdir') ?? 'dist';
const metafilePath = arg('--metafile');

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
  banner: {
    js: "import { createRequire as __planCreateRequire } from 'node:module';\nconst require = __planCreateRequire(import.meta.url);",
  },
});
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile));
// The shebang must be the first line of the entry file only.
const entry = join(outdir, 'plan.js');
writeFileSync(entry, '#!/usr/bin/env node\n' + readFileSync(entry, 'utf8'));
chmodSync(entry, 0o755);
