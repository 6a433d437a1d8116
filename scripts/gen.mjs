// Writes the published schema and the TypeScript types derived from it. `--check` fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { schema } from './schema-source.mjs';

const schemaText = JSON.stringify(schema, null, 2) + '\n';
// Vietnamese titles would become type names, and anyOf/oneOf (validation only) would become loose intersections.
function forTypes(node, root = true) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, false));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'anyOf' || key === 'oneOf' || (key === 'title' && !root) || key === '$id') continue;
    out[key] = key === 'properties' || key === '$defs'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forTypes(v, false)]))
      : forTypes(value, false);
  }
  return out;
}
const generated = await compile({ ...forTypes(schema), title: 'PlanSource' }, 'PlanSource', {
  bannerComment: '/* Generated from schema/plan.schema.json by `npm run gen`. Do not edit. */',
  additionalProperties: false,
  // minItems: 1 would write each item type twice, as a tuple [T, ...T[]]; the validator enforces it anyway.
  ignoreMinAndMaxItems: true,
  unreachableDefinitions: true,
  style: { singleQuote: true },
});
// A one-line description stays on one line, so the types read as a list of fields rather than a wall of comments.
const types = generated.replace(/^( *)\/\*\*\n *\* (.+)\n *\*\/$/gm, '$1/** $2 */');
// The validator is compiled here, once, instead of at every start of `plan check` (ajv compiling costs ~100 ms).
// The options must match src/validate/schema.ts's expectations (allErrors, verbose for titles in messages).
const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: false } });
addFormats(ajv, ['date', 'email']);
// The hover text yaml-language-server shows; not a validation keyword.
ajv.addVocabulary(['markdownDescription']);
const validatorCode = '// Generated from schema/plan.schema.json by `npm run gen`. Do not edit.\n' +
  standaloneCode(ajv, ajv.compile(structuredClone(schema))) + '\n';

const outputs = [
  ['schema/plan.schema.json', schemaText],
  ['src/model/source.ts', types],
  ['src/validate/plan-validator.generated.cjs', validatorCode],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of outputs) {
  let current = '';
  try { current = readFileSync(path, 'utf8'); } catch {}
  if (current === text) continue;
  if (check) { console.error(`${path} is out of date: run npm run gen`); stale++; }
  else writeFileSync(path, text);
}
process.exit(stale ? 1 : 0);
