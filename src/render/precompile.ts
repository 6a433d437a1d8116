import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateSourceText } from './template-options.js';

/**
 * The source of the module that stands for precompiled-templates.ts in the bundle: every `*.hbs` under `templatesDir`
 * precompiled with the loader's own options, keyed by its source text. Compiling the wording templates is most of what
 * `plan check` does after reading the plan (about 30 ms cold), and only the Handlebars runtime is loaded for them.
 * A template that does not compile is left out: the loader compiles it and reports the error at its line.
 */
export function precompiledModuleSource(templatesDir: string): string {
  const entries: string[] = [];
  for (const folder of readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(templatesDir, folder)).filter((n) => n.endsWith('.hbs')).sort()) {
      const source = templateSourceText(readFileSync(join(templatesDir, folder, name), 'utf8'));
      let spec: string;
      try {
        spec = Handlebars.precompile(source, COMPILE_OPTIONS) as unknown as string;
      } catch {
        continue;
      }
      entries.push(`  // ${folder}/${name}\n  [${JSON.stringify(source)}, ${spec}],`);
    }
  }
  return `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n`;
}
