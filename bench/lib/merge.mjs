// The two mail merges the benchmark compares, both in this process and on the same letter:
// ours (the compile-once LetterTemplate, bundled from src/ by esbuild) and docxtemplater + pizzip filling a template
// DOCX made from our own rendered letter, with `{recipient}` and `{number}` tags where our slots are.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';
import { docxtemplaterFill } from './docxtemplater-fill.mjs';

const require = createRequire(import.meta.url);
const PizZip = require('pizzip');

/** Bundles src/merge for this process, prepares the batch for `csv` and returns the filler and every letter's values. */
export async function loadOurs(root, work, planFile, csv) {
  const contents = [
    "export { checkPlan } from './src/engine/check-plan.js';",
    "export { prepareBatch } from './src/merge/invitations.js';",
  ].join('\n');
  const outfile = await bundle(root, contents, join(work, 'merge-bundle.mjs'));
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

/** docxtemplater's usual per-letter path (see docxtemplater-fill.mjs), checked once to really fill the template. */
export async function docxtemplaterFiller(templateDocx) {
  const fill = docxtemplaterFill(templateDocx);
  const text = documentText(fill({ recipient: 'Ông Kiểm Tra', number: '99' }));
  if (!text.includes('Ông Kiểm Tra') || text.includes('{recipient}')) throw new Error('docxtemplater did not fill the template');
  return fill;
}

/** Throws unless `folder` holds exactly one DOCX per letter, in the letters' order, each naming its recipient. */
export function checkLetters(folder, letters) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.docx')).sort();
  if (files.length !== letters.length) throw new Error(`expected ${letters.length} letters in ${folder}, found ${files.length}`);
  files.forEach((file, i) => {
    const text = documentText(readFileSync(join(folder, file)));
    if (!text.includes(letters[i].recipient)) throw new Error(`${join(folder, file)} does not name ${letters[i].recipient}`);
  });
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a DOCX's body: runs joined, XML entities decoded (a value is escaped, and may span runs). */
function documentText(docx) {
  const xml = new PizZip(docx).file('word/document.xml').asText();
  return xml.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);
}
