import { inflateRawSync } from 'node:zlib';

/**
 * What a zip archive says it holds, read from its central directory without inflating anything: enough to refuse an
 * archive that would expand beyond what its purpose needs (a "zip bomb") before a parser is given it.
 */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipDirectoryEntry[]; uncompressedTotal: number }
  | { ok: false; problem: 'not-zip' | 'zip64' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'not-zip' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // Zip64 markers: a workbook of invitees never needs 4 GB or 65,535 parts.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
  if (offset + size > eocd) return { ok: false, problem: 'not-zip' };

  const entries: ZipDirectoryEntry[] = [];
  let uncompressedTotal = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return { ok: false, problem: 'not-zip' };
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, problem: 'zip64' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      compressedSize,
      uncompressedSize,
      localOffset: view.getUint32(at + 42, true),
    });
    uncompressedTotal += uncompressedSize;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, uncompressedTotal };
}

/**
 * Whether every entry inflates to no more than its declared size: the directory's sizes are only claims, and a parser
 * that trusts them can still be flooded. Each entry is inflated with its declared size as the hard output limit, so
 * the memory this takes is bounded by the largest declared size.
 */
export function entriesKeepTheirSizes(bytes: Uint8Array, entries: readonly ZipDirectoryEntry[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return false;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) return false;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) return false;
      continue;
    }
    if (entry.method !== 8) return false;
    if (entry.uncompressedSize === 0) {
      if (entry.compressedSize > 2) return false; // an empty deflate stream is 2 bytes
      continue;
    }
    try {
      inflateRawSync(data, { maxOutputLength: entry.uncompressedSize });
    } catch {
      return false; // more than declared (RangeError), or not deflate at all
    }
  }
  return true;
}
