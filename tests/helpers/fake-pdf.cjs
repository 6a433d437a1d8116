// The PDF a stand-in soffice writes: `unzip -p x.docx word/document.xml | node fake-pdf.cjs out.pdf`. One page per
// letter bookmark (`PlanLetterN`, as the merged chunks of `build --pdf` carry them), each with a named destination
// as LibreOffice exports it, and the page's text (the XML without its tags) as a comment in an uncompressed content
// stream, so `readFileSync(pdf, 'utf8')` shows whose letter a page is, in the cut letters too. Without bookmarks:
// one page. A real PDF, as pdf-lib reads it, made in milliseconds.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { PDFDocument, PDFName, PDFNull } = require(join(__dirname, '..', '..', 'node_modules', 'pdf-lib'));

const [out, ...skipped] = process.argv.slice(2);
const xml = readFileSync(0, 'utf8');
// Test code reading its own input: where each letter's bookmark stands.
const marks = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([A-Za-z0-9]+)"/g)].map((m) => ({ name: m[1], at: m.index }));
const text = (part) => part.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

(async () => {
  const doc = await PDFDocument.create();
  const dests = doc.context.obj({});
  const pieces = marks.length === 0 ? [{ from: 0, to: xml.length }] : marks.map((m, k) => ({ name: m.name, from: k === 0 ? 0 : m.at, to: marks[k + 1]?.at ?? xml.length }));
  for (const piece of pieces) {
    const page = doc.addPage([595.3, 841.9]);
    const contents = doc.context.stream(Buffer.from(`% ${text(xml.slice(piece.from, piece.to))}\n`, "utf8"));
    page.node.set(PDFName.of('Contents'), doc.context.register(contents));
    if (piece.name && !skipped.includes(piece.name)) {
      dests.set(PDFName.of(piece.name), doc.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
    }
  }
  if (marks.length > 0) doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  writeFileSync(out, await doc.save({ useObjectStreams: false }));
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
