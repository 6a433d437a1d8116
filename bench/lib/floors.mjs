// The floors under the start-up goals: the cheapest programs that do what `plan check` and `plan build` cannot avoid
// doing with the libraries they must use. They are no contenders; they show how much of a goal the libraries take.
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
    "await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Giấy mời')] }] }));",
  ],
};

/** Bundles every floor program into `work`; returns their paths by name. Each takes the plan file as its argument. */
export async function bundleFloors(root, work) {
  const entries = Object.entries(PROGRAMS).map(async ([name, lines]) => [name, await bundle(root, lines.join('\n'), join(work, `floor-${name}.mjs`))]);
  return Object.fromEntries(await Promise.all(entries));
}
