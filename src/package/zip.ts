import { crc32 } from 'node:zlib';

/**
 * The zip code of the program, for DOCX files: `packDocx` stamps the entries of the zip docx writes with the document's
 * date, and the mail merge splits a letter rendered once into its entries and writes each filled letter again,
 * re-using the stored (already compressed) bytes of every entry but `word/document.xml`. Only what a DOCX written by
 * docx (or by us) needs: stored or deflated entries, no zip64, no encryption.
 */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's bytes as they are in the zip (compressed when `method` is 8). */
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const UTF8_NAMES = 0x0800;

/** DOS date and time (local-time fields, no zone) of a calendar date at noon, clamped to the DOS range 1980–2107. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  return {
    time: 12 << 11,
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** One central-directory record: where it is, where its local header is, and the entry's name. */
interface Central {
  index: number;
  at: number;
  local: number;
  name: string;
}

/**
 * Walks the central directory from the end-of-central-directory record, checking each record and its local header;
 * throws on anything it does not understand.
 */
function* centralDirectory(zip: Uint8Array, view: DataView): Generator<Central> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip file: no end-of-central-directory record');
  const count = view.getUint16(eocd + 10, true);
  const decoder = new TextDecoder();
  let p = view.getUint32(eocd + 16, true);
  for (let index = 0; index < count; index++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error(`Zip central directory entry ${index} is damaged`);
    const nameLength = view.getUint16(p + 28, true);
    const name = decoder.decode(zip.subarray(p + 46, p + 46 + nameLength));
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`Zip local header of ${name} is damaged`);
    yield { index, at: p, local, name };
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

const viewOf = (zip: Uint8Array): DataView => new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

/**
 * Sets the modification time of every entry of a zip file (in place) to `date`, in both the local headers and the
 * central directory. Zip writers stamp the current local time, which makes two builds of one document differ.
 */
export function setZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const view = viewOf(zip);
  const stamp = dosDateTime(date);
  for (const { at, local } of centralDirectory(zip, view)) {
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
  }
  return zip;
}

/** The entries of a zip file, in central-directory order, without decompressing them. */
export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const view = viewOf(zip);
  const entries: ZipEntry[] = [];
  for (const { index, at, local, name } of centralDirectory(zip, view)) {
    const method = view.getUint16(at + 10, true);
    if (method !== 0 && method !== 8) throw new Error(`Zip entry ${index} uses compression method ${method}`);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, data: zip.subarray(start, start + compressed) });
  }
  return entries;
}

/** A deflated entry from raw bytes already compressed with raw deflate, given their CRC and size. */
export function deflatedEntry(name: string, compressed: Uint8Array, crc: number, size: number): ZipEntry {
  return { name, method: 8, crc, size, data: compressed };
}

export { crc32 };

/**
 * Writes `entries` as one zip, every entry stamped with the DOS date of `date` (no clock, no time zone), so the same
 * entries always give the same bytes.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const stamp = dosDateTime(date);
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i]!.length + e.data.length;
    centralSize += 46 + names[i]!.length;
  });
  const total = localSize + centralSize + 22;
  if (localSize > 0xffffffff || entries.some((e) => e.size > 0xffffffff)) throw new RangeError('Zip file too large (zip64 is not supported)');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  // The fields the local header and the central record share, in the same order: version needed, flags, method,
  // time, date, CRC, compressed size, size, name length.
  const header = (at: number, e: ZipEntry, name: Uint8Array): void => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, name.every((b) => b < 0x80) ? 0 : UTF8_NAMES, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, stamp.time, true);
    view.setUint16(at + 8, stamp.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    offsets.push(p);
    view.setUint32(p, LOCAL, true);
    header(p + 4, e, name);
    view.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(e.data, p + 30 + name.length);
    p += 30 + name.length + e.data.length;
  });
  const central = p;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(p, CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    header(p + 6, e, name);
    // extra, comment, disk, internal attributes: 0; external attributes: 0
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, EOCD, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - central, true);
  view.setUint32(p + 16, central, true);
  return out;
}
