// docxtemplater's usual per-letter path, shared by the in-process filler and the separate-files process so both do
// exactly the same work: load the template zip, render the values, generate a deflated DOCX.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');

/** A function filling `templateDocx` (a DOCX with `{tag}`s) with one letter's values, returning the DOCX bytes. */
export function docxtemplaterFill(templateDocx) {
  const bytes = Buffer.from(templateDocx);
  return (values) => {
    const doc = new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true });
    doc.render(values);
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
}
