export { mmToTwip, twipToMm, halfPoints } from './units.js';
export { SIZE, upper } from './style.js';
export {
  dateLine, dateWords, numberLine, romanNumeral, vietnameseLetter, withEnd, type DateInput,
} from './format.js';
export { textWidthMm } from './measure.js';
export {
  A4, DEFAULT_MARGINS, resolvePage, section,
  type Margins, type Page, type PageOptions, type SectionOptions,
} from './page.js';
export { rule } from './rule.js';
export { centred, headerTable, type HeaderOptions, type LineText } from './header.js';
export { DANG_STYLE, HOUSE_STYLES, ND30_STYLE, type HouseStyle, type HouseStyleId } from './house-style.js';
export { breakLines } from './lines.js';
export { titleBlock } from './title.js';
export {
  type GroupRow, type HeadingLabel, bodyParagraph, heading1, heading2, heading3, dashItem, dataTable, spaceBeforeTable, shareWidths, CELL_MARGIN,
  type Span, type Inline, type ParagraphOptions, type Column, type DataTableOptions, type Cell, type Lines,
} from './body.js';
export { closingTable, type ClosingOptions } from './closing.js';
export { createDocument, createSectionedDocument, packDocx, type PackMetadata } from './document.js';
export { PAPER, sheetSection, type SheetOptions } from './sheet.js';
export { addresseeBlock } from './addressee.js';
export { LIST_FONT, listBody, listTable, type ListPart } from './list.js';
