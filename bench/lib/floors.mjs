// The floors under the start-up goals: the cheapest programs that do what `plan check` and `plan build` cannot avoid
// doing with the libraries they must use. They are no contenders; they show how much of a goal the libraries take.
// Each is built and started the way dist/ is (scripts/build.mjs): one CommonJS bundle, app.js, run by our entry
// through a V8 code cache written after one warm-up run, so a floor gets every start-up saving the program gets.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';

const PROGRAMS = {
  // The cheapest check: read the plan and parse it with the mandated yaml library.
  yaml: [
    "import { readFileSync } from 'node:fs';",
    "import { parse } from 'yaml';",
    'parse(readFileSync(process.argv[2], "utf8"));',
  ],
  // The same plus the precompiled schema validator that `plan check` runs first.
  schema: [
    "import { readFileSync } from 'node:fs';",
    "import { parse } from 'yaml';",
    "import validate from './src/validate/plan-validator.generated.cjs';",
    'if (!validate(parse(readFileSync(process.argv[2], "utf8")))) throw new Error(JSON.stringify(validate.errors));',
  ],
  // The cheapest build: load docx and pack a one-paragraph document.
  docx: [
    "import { Document, Packer, Paragraph } from 'docx';",
    "Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Giấy mời')] }] }));",
  ],
};

/**
 * Builds every floor program into its own folder of `work`, beside a copy of `entry` (our dist/plan.js), and warms
 * its code cache on `plan`; returns the entries by name. Each takes the plan file as its argument.
 */
export async function bundleFloors(root, work, entry, plan) {
  const floors = {};
  for (const [name, lines] of Object.entries(PROGRAMS)) {
    const dir = join(work, `floor-${name}`);
    mkdirSync(dir);
    await bundle(root, lines.join('\n'), join(dir, 'app.js'), 'cjs');
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    copyFileSync(entry, join(dir, 'plan.js'));
    const warm = spawnSync(process.execPath, [join(root, 'scripts', 'write-code-cache.cjs'), join(dir, 'plan.js'), plan], { stdio: 'inherit' });
    if (warm.status !== 0) throw new Error(`floor ${name}: the warm-up run failed`);
    floors[name] = join(dir, 'plan.js');
  }
  return floors;
}
