// Runs the program once as `node DIST/plan.js ARGS…` would, then writes V8's code cache of DIST/app.js beside it
// (scripts/build.mjs calls this after bundling).
//   node scripts/write-code-cache.cjs DIST/plan.js ARGS…
const { writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
const script = require(entry);
process.on('exit', (code) => {
  if (code === 0) writeFileSync(join(dirname(entry), 'app.js.cache'), script.createCachedData());
});
