// Bundles the CLI into ES modules that plain `node` runs: dist/plan.js plus chunks loaded per command,
// so `plan check` starts without loading docx, handlebars' renderer or exceljs.
// yaml and other CommonJS dependencies call `require`, which an ESM bundle lacks: the banner provides it.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { plan: 'src/cli/plan.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __planCreateRequire } from 'node:module';\nconst require = __planCreateRequire(import.meta.url);",
  },
});
// The shebang must be the first line of the entry file only.
import { readFileSync, writeFileSync } from 'node:fs';
writeFileSync('dist/plan.js', '#!/usr/bin/env node\n' + readFileSync('dist/plan.js', 'utf8'));
chmodSync('dist/plan.js', 0o755);
