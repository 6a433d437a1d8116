import { inflateRawSync, createDeflateRaw } from 'node:zlib';
import { DeflatePieces } from '../package/deflate-pieces.js';
import { SENTINEL, type Slot } from '../package/sentinels.js';
import { crc32, deflatedEntry, readZipEntries, writeZip, type ZipEntry } from '../package/zip.js';
import { ZipTemplate } from '../package/zip-template.js';
import { escapeXmlText } from '../text/xml.js';

const DOCUMENT = 'word/document.xml';
const BODY_OPEN = '<w:body>';
const BODY_CLOSE = '</w:body>';
const SECT_OPEN = '<w:sectPr';
const SECT_CLOSE = '</w:sectPr>';

/** Static text and the slots between it: `text[0] slot[0] text[1] … slot[n-1] text[n]`. */
interface Pieces {
  text: Buffer[];
  slots: Slot[];
}

const SLOT_BY_TOKEN = new Map<string, Slot>(Object.entries(SENTINEL).map(([slot, token]) => [token, slot as Slot]));
const TOKEN = new RegExp(Object.values(SENTINEL).join('|'), 'g');
/** For yes/no tests: a `g` regex keeps its position between calls, and a throw would skip the reset. */
const HAS_TOKEN = new RegExp(Object.values(SENTINEL).join('|'));

/** Splits XML text at the sentinel tokens (plain string search on the tokens; the XML around them is never touched). */
function split(xml: string): Pieces {
  const text: Buffer[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of xml.matchAll(TOKEN)) {
    text.push(Buffer.from(xml.slice(last, m.index), 'utf8'));
    slots.push(SLOT_BY_TOKEN.get(m[0])!);
    last = m.index! + m[0].length;
  }
  text.push(Buffer.from(xml.slice(last), 'utf8'));
  return { text, slots };
}

/**
 * Where `token` (an element's start or end tag) stands in the XML. A start tag given without its `>` must be followed
 * by a space, `>` or `/`, so `<w:sectPr` never matches `<w:sectPrChange` (the kind of prefix match that makes a
 * document unopenable).
 */
function indexOrThrow(xml: string, token: string, from: number, last = false): number {
  const whole = (at: number) => token.endsWith('>') || /[\s>/]/.test(xml.charAt(at + token.length));
  let at = last ? xml.lastIndexOf(token) : xml.indexOf(token, from);
  while (at >= from && !whole(at)) at = last ? xml.lastIndexOf(token, at - 1) : xml.indexOf(token, at + 1);
  if (at < 0 || at < from) throw new Error(`word/document.xml of the letter template has no ${token}`);
  return at;
}

/** Each slot's value, already cleaned; escaped here. */
export type FillValues = Readonly<Record<Slot, string>>;

/**
 * A letter rendered once by docx with sentinels, ready to be filled for any number of invitees: `word/document.xml`
 * is split at the sentinels once; every other part keeps its compressed bytes. Filling a separate letter compresses
 * nothing: the document part's static pieces were compressed once (DeflatePieces) and the escaped values are stored
 * between them, and the zip around it was laid out once (ZipTemplate). Deflating each letter's part, even at level 1,
 * had been the largest cost of `invite --separate` after start-up; the part is now 9 % larger (2.5 KB against 2.3 KB,
 * the whole letter 2 %).
 */
export class LetterTemplate {
  private readonly entries: ZipEntry[];
  private readonly documentIndex: number;
  private readonly whole: Pieces;
  private readonly letterDocument: DeflatePieces;
  private readonly letterZip: ZipTemplate;
  /**
   * For the merged file: the XML before the first letter, one letter's body (up to the content of its first
   * paragraph, where a bookmark can go, then the rest), its section properties, the end.
   */
  private readonly head: Buffer;
  private readonly bodyStart: Buffer;
  private readonly body: Pieces;
  private readonly sectPr: Buffer;
  private readonly tail: Buffer;
  /** Whether the template has bookmarks of its own, whose ids those of {@link merged} could repeat. */
  private readonly bookmarked: boolean;
  /** Whether `bodyStart` ends where a bookmark can go. */
  private readonly anchored: boolean;

  constructor(docx: Uint8Array, private readonly date: Date) {
    this.entries = readZipEntries(docx);
    this.documentIndex = this.entries.findIndex((e) => e.name === DOCUMENT);
    const documentEntry = this.entries[this.documentIndex];
    if (!documentEntry) throw new Error('The letter template has no word/document.xml');
    for (const e of this.entries) {
      if (e === documentEntry) continue;
      const text = Buffer.from(e.method === 8 ? inflateRawSync(e.data) : e.data).toString('utf8');
      if (HAS_TOKEN.test(text)) throw new Error(`A sentinel reached ${e.name}; only the document body may hold invitee text`);
    }
    const xml = Buffer.from(documentEntry.method === 8 ? inflateRawSync(documentEntry.data) : documentEntry.data).toString('utf8');
    this.whole = split(xml);
    this.letterDocument = new DeflatePieces(this.whole.text);
    const letterEntries = this.entries.map((e, i) => (i === this.documentIndex ? deflatedEntry(DOCUMENT, new Uint8Array(0), 0, 0) : e));
    this.letterZip = new ZipTemplate(letterEntries, this.documentIndex, date);
    const bodyStart = indexOrThrow(xml, BODY_OPEN, 0) + BODY_OPEN.length;
    const sectStart = indexOrThrow(xml, SECT_OPEN, bodyStart, true);
    const sectEnd = indexOrThrow(xml, SECT_CLOSE, sectStart) + SECT_CLOSE.length;
    if (xml.indexOf(BODY_CLOSE, sectEnd) !== sectEnd) throw new Error('The letter template’s section properties do not end its body');
    const sectPr = xml.slice(sectStart, sectEnd);
    if (HAS_TOKEN.test(sectPr)) throw new Error('A sentinel reached the section properties');
    // Where a bookmark can go: the first paragraph's content, if it comes before any invitee text; else nowhere.
    const paragraph = firstParagraphContent(xml, bodyStart, sectStart);
    const anchor = paragraph !== undefined && !HAS_TOKEN.test(xml.slice(bodyStart, paragraph)) ? paragraph : bodyStart;
    this.anchored = anchor !== bodyStart;
    this.head = Buffer.from(xml.slice(0, bodyStart), 'utf8');
    this.bodyStart = Buffer.from(xml.slice(bodyStart, anchor), 'utf8');
    this.body = split(xml.slice(anchor, sectStart));
    this.sectPr = Buffer.from(sectPr, 'utf8');
    this.tail = Buffer.from(xml.slice(sectEnd), 'utf8');
    this.bookmarked = xml.includes('<w:bookmarkStart');
  }

  /** The slots the letter uses (tests check that the template placed the recipient). */
  get slots(): readonly Slot[] {
    return this.whole.slots;
  }

  /** `word/document.xml` of one filled letter. */
  documentXml(values: FillValues): Buffer {
    return join(this.whole, values);
  }

  /** One filled letter as DOCX bytes. */
  fill(values: FillValues): Uint8Array {
    const { chunks, crc, size } = this.letterDocument.stream(this.whole.slots.map((slot) => Buffer.from(escapeXmlText(values[slot]), 'utf8')));
    return this.letterZip.write(chunks, crc, size);
  }

  /**
   * All letters in one DOCX, one section per letter as Word's mail merge makes it: each letter's body ends with a
   * paragraph carrying the letter's section properties (a new page, page numbers restarting at 1), the last letter
   * keeps the body's own. The document part is deflated as it is produced, never held uncompressed.
   * `bookmark(i)`, when given, names an empty bookmark at the start of the i-th letter's first paragraph (letters and
   * digits only): exported as a PDF destination, it tells on which page each letter starts.
   */
  async merged(
    all: Iterable<FillValues>, count: number, progress: (done: number) => void = () => {}, bookmark?: (index: number) => string,
  ): Promise<Uint8Array> {
    if (count < 1) throw new RangeError('A merged file needs at least one letter');
    if (bookmark && (this.bookmarked || !this.anchored)) throw new Error('The letter template has bookmarks of its own, or no paragraph before the invitee');
    const deflate = createDeflateRaw();
    const chunks: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    const write = async (data: Buffer): Promise<void> => {
      crc = crc32(data, crc);
      size += data.length;
      if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
    };
    await write(this.head);
    let done = 0;
    for (const values of all) {
      const last = done === count - 1;
      const parts = [this.bodyStart, ...(bookmark ? [bookmarkXml(done, bookmark(done))] : []), ...pieces(this.body, values)];
      if (last) parts.push(this.sectPr);
      else parts.push(SECTION_BREAK_OPEN, this.sectPr, SECTION_BREAK_CLOSE);
      await write(Buffer.concat(parts));
      done++;
      progress(done);
      if (last) break;
    }
    if (done !== count) throw new RangeError(`Expected ${count} letters, got ${done}`);
    await write(this.tail);
    deflate.end();
    await finished;
    const entries = [...this.entries];
    entries[this.documentIndex] = deflatedEntry(DOCUMENT, Buffer.concat(chunks), crc, size);
    return writeZip(entries, this.date);
  }
}

/**
 * The paragraph that ends a letter in the merged file and carries its section break: no space before or after, a
 * 1 pt line, so it adds nothing visible at the end of the letter and nothing at the top of the next.
 */
const SECTION_BREAK_OPEN = Buffer.from(
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>',
);
const SECTION_BREAK_CLOSE = Buffer.from('</w:pPr></w:p>');

/**
 * Where the content of the first paragraph between `from` and `to` begins: after its start tag and its properties.
 * A bookmark there stands on the paragraph's first line, which a bookmark between block elements would not
 * (LibreOffice moves one before a table to the end of the paragraph before it). Undefined when there is none.
 */
function firstParagraphContent(xml: string, from: number, to: number): number | undefined {
  const paragraph = wholeTag(xml, '<w:p', from);
  if (paragraph < 0 || paragraph >= to) return undefined;
  const startTagEnd = xml.indexOf('>', paragraph) + 1;
  if (xml.charAt(startTagEnd - 2) === '/') return undefined;
  if (wholeTag(xml, '<w:pPr', startTagEnd) !== startTagEnd) return startTagEnd;
  const propertiesEnd = xml.indexOf('>', startTagEnd) + 1;
  if (xml.charAt(propertiesEnd - 2) === '/') return propertiesEnd;
  const close = xml.indexOf('</w:pPr>', propertiesEnd);
  return close < 0 ? undefined : close + '</w:pPr>'.length;
}

/** The first `token` (a start tag without its `>`) at or after `from` that is the whole tag name; -1 when none. */
function wholeTag(xml: string, token: string, from: number): number {
  let at = xml.indexOf(token, from);
  while (at >= 0 && !/[\s>/]/.test(xml.charAt(at + token.length))) at = xml.indexOf(token, at + 1);
  return at;
}

/** Bookmark names are letters and digits: LibreOffice escapes anything else in a PDF destination's name. */
const BOOKMARK_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** An empty bookmark (start and end at one place); the template has none, so the letter's index is a unique id. */
function bookmarkXml(index: number, name: string): Buffer {
  if (!BOOKMARK_NAME.test(name)) throw new RangeError(`Bookmark name ${JSON.stringify(name)} is not letters and digits`);
  const id = `w:id="${index}"`;
  return Buffer.from(`<w:bookmarkStart ${id} w:name="${name}"/><w:bookmarkEnd ${id}/>`, 'utf8');
}

/** The static pieces with the escaped values between them, in order. */
function pieces(split: Pieces, values: FillValues): Buffer[] {
  const parts: Buffer[] = [];
  split.slots.forEach((slot, i) => {
    parts.push(split.text[i]!, Buffer.from(escapeXmlText(values[slot]), 'utf8'));
  });
  parts.push(split.text[split.text.length - 1]!);
  return parts;
}

function join(split: Pieces, values: FillValues): Buffer {
  return Buffer.concat(pieces(split, values));
}
