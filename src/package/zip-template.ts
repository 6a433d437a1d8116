import { writeZip, type ZipEntry } from './zip.js';

/**
 * A zip of fixed entries but one, written for each of many contents of that one entry (a letter's
 * word/document.xml): the very bytes {@link writeZip} gives, but the fixed entries' local records and the central
 * directory are laid out once, and each zip is copied together from them, its entry's data, and a few fields
 * patched (the entry's CRC and sizes, and the offsets that its length moves).
 */
export class ZipTemplate {
  /** Everything before the entry's data: the local records before it, and its own local header. */
  private readonly head: Uint8Array;
  /** Everything after it: the local records after it, the central directory and the end record. */
  private readonly tail: Uint8Array;
  /** In `head`: where the entry's CRC, compressed size and size are. */
  private readonly localFields: number;
  /** In `tail`: the same fields of the entry's central record. */
  private readonly centralFields: number;
  /** In `tail`: the local-header offsets of the entries after it, and the central directory's offset. */
  private readonly moved: number[];

  constructor(entries: readonly ZipEntry[], index: number, date: Date) {
    const entry = entries[index];
    if (!entry) throw new RangeError(`No zip entry ${index}`);
    const empty = writeZip(entries.map((e, i) => (i === index ? { ...e, data: new Uint8Array(0), crc: 0, size: 0 } : e)), date);
    // writeZip's layout: local records (30 bytes + name + data), central records (46 bytes + name), the end record.
    const names = entries.map((e) => new TextEncoder().encode(e.name).length);
    const localSizes = entries.map((e, i) => 30 + names[i]! + (i === index ? 0 : e.data.length));
    const at = (i: number): number => localSizes.slice(0, i).reduce((a, b) => a + b, 0);
    const split = at(index) + 30 + names[index]!;
    const central = at(entries.length);
    const centralRecord = (i: number): number => central + names.slice(0, i).reduce((a, n) => a + 46 + n, 0);
    this.head = empty.slice(0, split);
    this.tail = empty.slice(split);
    this.localFields = at(index) + 14;
    this.centralFields = centralRecord(index) + 16 - split;
    const eocd = centralRecord(entries.length);
    this.moved = [...entries.keys()].filter((i) => i > index).map((i) => centralRecord(i) + 42 - split);
    this.moved.push(eocd + 16 - split);
  }

  /** The zip with the entry's data (`chunks`, concatenated: compressed as the entry's method says), CRC and size. */
  write(chunks: readonly Uint8Array[], crc: number, size: number): Uint8Array {
    let length = 0;
    for (const chunk of chunks) length += chunk.length;
    const total = this.head.length + length + this.tail.length;
    if (total > 0xffffffff || size > 0xffffffff) throw new RangeError('Zip file too large (zip64 is not supported)');
    const out = new Uint8Array(total);
    out.set(this.head, 0);
    let p = this.head.length;
    for (const chunk of chunks) {
      out.set(chunk, p);
      p += chunk.length;
    }
    out.set(this.tail, p);
    const view = new DataView(out.buffer);
    const fields = (at: number): void => {
      view.setUint32(at, crc, true);
      view.setUint32(at + 4, length, true);
      view.setUint32(at + 8, size, true);
    };
    fields(this.localFields);
    fields(p + this.centralFields);
    for (const at of this.moved) view.setUint32(p + at, view.getUint32(p + at, true) + length, true);
    return out;
  }
}
