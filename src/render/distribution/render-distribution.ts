import type { Invitee, PlanModel } from '../../model/plan.js';
import { documentProperties, issuerHeader, pageOptions } from '../plan-page.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { listParts } from '../blocks.js';
import {
  CELL_MARGIN, createDocument, LIST_FONT, listBody, listTable, packDocx, resolvePage, textWidthMm, twipToMm, type Lines,
} from '../nd30/index.js';
import { distributionRows, type DistributionRow, type DocumentId, type Method } from './rows.js';
import { distributionText, type Words } from './view.js';

export type RenderResult = { ok: true; bytes: Uint8Array; rows: DistributionRow[] } | { ok: false; diagnostics: Diagnostic[] };

const DOCUMENT_WORD: Record<DocumentId, keyof Words> = { plan: 'ke-hoach', invitation: 'giay-moi' };
const METHOD_WORD: Record<Method, keyof Words> = { paper: 'ban-giay', electronic: 'ban-dien-tu', email: 'email', archive: 'ban-luu' };

/** Column labels when the `@table` line gives fewer than six, and the widths in mm at the default 165 mm text width. */
const COLUMNS = [
  { title: 'STT', width: 12, align: 'center' as const },
  { title: 'Nơi nhận', width: 51 },
  { title: 'Văn bản', width: 21 },
  { title: 'Hình thức gửi', width: 23 },
  { title: 'Địa chỉ, email', width: 38 },
  { title: 'Ký nhận', width: 20 },
];
/** Without any address to show, the address column keeps room to write one by hand and gives the rest to the names. */
const NO_ADDRESS_WIDTHS = { 1: 67, 4: 22 } as Readonly<Record<number, number>>;
const RECIPIENT = 1;
const ADDRESS = 4;
/**
 * An e-mail address has no place to break: the address column widens (taking the room from the names, which wrap at
 * their spaces) until its longest address fits on one line, up to this many mm; a longer address is written on two
 * lines, after its `@`.
 */
const ADDRESS_MAX_WIDTH = 56;
/** The cells' left and right margins, and a little room for the estimate's error. */
const CELL_PADDING_MM = twipToMm(2 * CELL_MARGIN) + 1.5;
/** The text width the column widths above are given for (the default page); dataTable scales them to the page's. */
const DEFAULT_TEXT_WIDTH_MM = twipToMm(resolvePage({}).textWidth);
const MIN_ROW_HEIGHT_MM = 9;

/** One row's cells: STT, recipient, documents (one per line), methods (one per document, or one if all agree), address, Ký nhận. */
function cells(row: DistributionRow, n: number, words: Words): Lines[] {
  const documents = [...new Set(row.deliveries.map((d) => d.document))];
  const documentLines = documents.map((d) => words[DOCUMENT_WORD[d]]);
  const methodOf = (d: DocumentId): string =>
    [...new Set(row.deliveries.filter((x) => x.document === d).map((x) => words[METHOD_WORD[x.method]]))].join(', ');
  const methodLines = documents.map(methodOf);
  const methods = new Set(methodLines).size === 1 ? [methodLines[0]!] : methodLines;
  const recipient = row.archive !== undefined ? `${words.luu} ${row.archive}`.trim() : row.recipient;
  return [[String(n)], [recipient], documentLines, methods, addressLines(row.address), []].map((lines) => ({ lines }));
}

/** The width in mm an address's longest unbreakable run needs, cell margins included. */
const neededWidth = (address: string): number =>
  Math.max(0, ...address.split(/\s+/u).map((word) => textWidthMm(word, LIST_FONT))) + CELL_PADDING_MM;

/** An address on one line, or an e-mail address too long for the widest column on two, broken after its `@`. */
function addressLines(address: string): string[] {
  if (!address) return [];
  const at = address.indexOf('@');
  if (neededWidth(address) <= ADDRESS_MAX_WIDTH || at <= 0 || /\s/u.test(address)) return [address];
  return [address.slice(0, at + 1), address.slice(at + 1)];
}

/** The columns' widths in mm (at the default text width): the address column as wide as its addresses need. */
function columnWidths(rows: readonly DistributionRow[], textWidth: number): number[] {
  const widths = COLUMNS.map((c) => c.width);
  const addresses = rows.map((row) => row.address).filter((a) => a);
  if (addresses.length === 0) return widths.map((w, i) => NO_ADDRESS_WIDTHS[i] ?? w);
  // dataTable shares the text width in these proportions: on a narrower page the column gets less than it is given.
  const scale = DEFAULT_TEXT_WIDTH_MM / twipToMm(textWidth);
  const needed = Math.max(...addresses.flatMap(addressLines).map(neededWidth)) * scale;
  const address = Math.min(ADDRESS_MAX_WIDTH, Math.max(widths[ADDRESS]!, needed));
  widths[RECIPIENT]! -= address - widths[ADDRESS]!;
  widths[ADDRESS] = address;
  return widths;
}

/** The distribution list as DOCX bytes (deterministic), with the rows it lists. */
export async function renderDistribution(
  model: PlanModel,
  invitees: readonly Invitee[],
  templatesDir: string,
): Promise<RenderResult> {
  const rows = distributionRows(model, invitees);
  const text = await distributionText(model, rows.length, templatesDir);
  if (!text.ok) return text;
  const { blocks, words } = text;
  const page = pageOptions(model);
  const { textWidth } = resolvePage(page);
  const table = (labels: string[]) => {
    const widths = columnWidths(rows, textWidth);
    const columns = COLUMNS.map((c, i) => ({ ...c, title: labels[i] ?? c.title, width: widths[i]! }));
    // A seventh label is the total line, a last row of the table (so it never starts a page alone).
    const footer = labels[COLUMNS.length];
    return [listTable({ columns, rows: rows.map((row, i) => cells(row, i + 1, words)), page, minRowHeightMm: MIN_ROW_HEIGHT_MM, ...(footer ? { footer } : {}) })];
  };
  const doc = createDocument([
    // An internal working list has no number of its own; the plan's number is cited in the line under the title.
    issuerHeader(model, page, '', model.document.date),
    ...listBody(listParts(blocks), page, table),
  ], page);
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? 'Danh sách phát hành';
  const bytes = await packDocx(doc, documentProperties(model, `${title} - ${model.document.title}`, model.document.date ?? model.time.from));
  return { ok: true, bytes, rows };
}
