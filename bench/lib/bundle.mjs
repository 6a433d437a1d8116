// Bundles a small program for the benchmark the way scripts/build.mjs bundles dist/, for node 20: an ES module with
// the `require` that CommonJS dependencies (yaml, the generated validator) call and an ESM bundle lacks, or a
// CommonJS file as dist/app.js is.
import { build } from 'esbuild';

const REQUIRE_BANNER = "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);";

/** Bundles `contents` (TypeScript or JavaScript, imports resolved from `root`) into `outfile`; returns `outfile`. */
export async function bundle(root, contents, outfile, format = 'esm') {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    legalComments: 'none',
    logLevel: 'warning',
    ...(format === 'esm' ? { banner: { js: REQUIRE_BANNER } } : {}),
  });
  return outfile;
}
