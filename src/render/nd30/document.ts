import { Document, Packer, type FileChild, type ISectionOptions } from 'docx';
import { documentStyles, section, type PageOptions } from './page.js';
import { escapeXmlText } from '../../text/xml.js';
import { setZipTimes } from '../../package/zip.js';

/** A one-section document in the house style. */
export function createDocument(children: readonly FileChild[], page: PageOptions = {}): Document {
  return createSectionedDocument([section([...children], page)], page);
}

/** A document of several sections made with `section()` (letters of a merge, appendices, landscape tables). */
export function createSectionedDocument(sections: readonly ISectionOptions[], page: PageOptions = {}): Document {
  return new Document({ styles: documentStyles(page), sections: [...sections] });
}

export interface PackMetadata {
  title: string;
  subject?: string;
  creator?: string;
  /** The document's own date; it also stamps `created`/`modified` and the zip entries, so the output never depends on the clock. */
  created: Date;
}

/** `docProps/core.xml` with fixed content (docx would write the time the Document object was made). */
function coreXml(meta: PackMetadata): string {
  const when = new Date(Date.UTC(meta.created.getUTCFullYear(), meta.created.getUTCMonth(), meta.created.getUTCDate()))
    .toISOString()
    .replace(/\.000Z$/, 'Z');
  const element = (name: string, value: string | undefined): string =>
    value === undefined ? '' : `<${name}>${escapeXmlText(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.creator) +
    element('cp:lastModifiedBy', meta.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Packs a document into DOCX bytes. Deterministic: the same document and metadata give the same bytes whatever the
 * clock or time zone (fixed core properties, zip entry times set from `created`).
 */
export async function packDocx(doc: Document, meta: PackMetadata): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(meta) }]);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return setZipTimes(bytes, meta.created);
}
