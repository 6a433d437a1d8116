// Bundles the CLI into one ES module file that plain `node` runs (dist/plan.js).
// yaml and other CommonJS dependencies call `require`, which an ESM bundle lacks: the banner provides it.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

await build({
  entryPoints: ['src/cli/plan.ts'],
  outfile: 'dist/plan.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __planCreateRequire } from 'node:module';\nconst require = __planCreateRequire(import.meta.url);",
  },
});
chmodSync('dist/plan.js', 0o755);
