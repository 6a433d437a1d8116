// The two mail merges the benchmark compares, both in this process and on the same letter:
// ours (the compile-once LetterTemplate, bundled from src/ by esbuild) and docxtemplater + pizzip filling a template
// DOCX made from our own rendered letter, with `{recipient}` and `{number}` tags where our slots are.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles src/merge for this process, prepares the batch for `csv` and returns the filler and every letter's values. */
export async function loadOurs(root, work, planFile, csv) {
  const outfile = join(work, 'merge-bundle.mjs');
  await build({
    stdin: {
      contents: [
        "export { checkPlan } from './src/engine/check-plan.js';",
        "export { prepareBatch } from './src/merge/invitations.js';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);" },
  });
  const { checkPlan, prepareBatch } = await import(pathToFileURL(outfile).href);
  const check = await checkPlan(planFile);
  if (!check.model) throw new Error('the example plan does not check');
  const prepared = await prepareBatch(check.model, planFile, join(root, 'templates'), { data: csv });
  if (!prepared.ok) throw new Error(`prepareBatch failed: ${JSON.stringify(prepared.diagnostics.slice(0, 3))}`);
  const { template, letters } = prepared.batch;
  return {
    fill: (values) => template.fill(values),
    values: letters.map((l) => l.values),
    // Our own letter with docxtemplater's tags in our slots: both contenders fill the very same document.
    templateDocx: template.fill({ recipient: '{recipient}', number: '{number}' }),
  };
}

/** docxtemplater's usual per-letter path: load the template zip, render the values, generate a deflated DOCX. */
export async function docxtemplaterFiller(templateDocx) {
  const require = createRequire(import.meta.url);
  const PizZip = require('pizzip');
  const Docxtemplater = require('docxtemplater');
  const bytes = Buffer.from(templateDocx);
  const fill = (values) => {
    const doc = new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true });
    doc.render(values);
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  // The template must really be filled: check one letter once.
  const probe = fill({ recipient: 'Ông Kiểm Tra', number: '99' });
  const xml = new PizZip(probe).file('word/document.xml').asText();
  if (!xml.includes('Ông Kiểm Tra') || xml.includes('{recipient}')) throw new Error('docxtemplater did not fill the template');
  return fill;
}
