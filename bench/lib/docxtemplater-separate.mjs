// docxtemplater doing what `plan invite --separate` does, as a whole process timed like ours: read the template DOCX
// and every letter's values, fill each letter, write it to its own file.
//
//   node bench/lib/docxtemplater-separate.mjs TEMPLATE.docx VALUES.json OUT-FOLDER
//
// It is favoured: the values come ready-made as JSON (no plan to check, no CSV to read), and each letter is written
// with a plain writeFileSync, without the temporary file, fsync and rename that ours does for every file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxtemplaterFill } from './docxtemplater-fill.mjs';

const [templateFile, valuesFile, out] = process.argv.slice(2);
const fill = docxtemplaterFill(readFileSync(templateFile));
const letters = JSON.parse(readFileSync(valuesFile, 'utf8'));
const width = String(letters.length).length;
mkdirSync(out, { recursive: true });
letters.forEach((values, i) => writeFileSync(join(out, `${String(i + 1).padStart(width, '0')}.docx`), fill(values)));
