// Bundles a small program for the benchmark the way scripts/build.mjs bundles dist/: one ES module for node 20, with
// the `require` that CommonJS dependencies (yaml, the generated validator) call and an ESM bundle lacks.
import { build } from 'esbuild';

/** Bundles `contents` (TypeScript or JavaScript, imports resolved from `root`) into `outfile`; returns `outfile`. */
export async function bundle(root, contents, outfile) {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);" },
  });
  return outfile;
}
