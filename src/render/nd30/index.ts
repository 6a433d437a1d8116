export { mmToTwip, twipToMm, halfPoints, ptToTwip, ptToMm } from './units.js';
export { FONT, COLOR, SIZE, QUOC_HIEU, TIEU_NGU, upper } from './style.js';
export {
  dateLine, dateWords, numberLine, romanNumeral, vietnameseLetter, VIETNAMESE_LETTERS, withEnd, type DateInput,
} from './format.js';
export { textWidthMm } from './measure.js';
export {
  A4, DEFAULT_MARGINS, FIRST_LINE_INDENT, SPACE_BEFORE, STYLE, documentStyles, resolvePage, section,
  type Margins, type Page, type PageOptions, type SectionOptions,
} from './page.js';
export { headerGrid, closingGrid, type Grid } from './grid.js';
export { rule } from './rule.js';
export { headerTable, type HeaderOptions } from './header.js';
export { titleBlock } from './title.js';
export {
  bodyParagraph, heading1, heading2, heading3, dashItem, legalBases, dataTable, spaceBeforeTable, shareWidths,
  type Span, type Inline, type ParagraphOptions, type Column, type DataTableOptions, type Cell, type Lines,
} from './body.js';
export { closingTable, recipientLines, signatureLines, type ClosingOptions } from './closing.js';
export { createDocument, createSectionedDocument, packDocx, coreXml, type PackMetadata } from './document.js';
