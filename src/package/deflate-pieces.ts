import { constants, crc32, deflateRawSync } from 'node:zlib';

/** The longest stored block deflate allows. */
const MAX_STORED = 0xffff;

/**
 * A raw deflate stream of fixed pieces of text with short, varying texts between them, where only the fixed pieces
 * are compressed, once: `fixed[0] gap[0] fixed[1] … gap[n-1] fixed[n]`. Each fixed piece is compressed on its own and
 * ended with a sync flush (byte-aligned, not final; the last one ends the stream); each gap goes in stored blocks,
 * which are copied, not compressed. A decoder reads the whole as one stream: a piece's back-references reach only
 * into the piece itself. Making a stream is therefore copying bytes, whatever the length of the fixed text; the cost
 * is a stream somewhat larger than one deflate of the whole (a piece cannot refer to the text before it).
 */
export class DeflatePieces {
  private readonly compressed: Buffer[];
  private readonly crcs: number[];

  constructor(private readonly fixed: readonly Uint8Array[], level = constants.Z_BEST_COMPRESSION) {
    if (fixed.length === 0) throw new RangeError('DeflatePieces needs at least one fixed piece');
    const last = fixed.length - 1;
    this.compressed = fixed.map((piece, i) => deflateRawSync(piece, { level, ...(i < last ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) }));
    this.crcs = fixed.map((piece) => crc32(piece));
  }

  /**
   * The stream of the fixed pieces with `gaps` between them (one fewer than the pieces), as chunks to concatenate, with
   * the CRC-32 and the length of the uncompressed text.
   */
  stream(gaps: readonly Uint8Array[]): { chunks: Uint8Array[]; crc: number; size: number } {
    if (gaps.length !== this.fixed.length - 1) throw new RangeError(`expected ${this.fixed.length - 1} gaps, got ${gaps.length}`);
    const chunks: Uint8Array[] = [this.compressed[0]!];
    let crc = this.crcs[0]!;
    let size = this.fixed[0]!.length;
    gaps.forEach((gap, i) => {
      for (let at = 0; at < gap.length; at += MAX_STORED) chunks.push(storedBlock(gap.subarray(at, at + MAX_STORED)));
      const next = this.fixed[i + 1]!;
      crc = crc32(next, crc32(gap, crc));
      size += gap.length + next.length;
      chunks.push(this.compressed[i + 1]!);
    });
    return { chunks, crc, size };
  }
}

/**
 * One stored, non-final block: the 3 header bits (BFINAL 0, BTYPE 00) padded to a byte, then LEN and its complement
 * NLEN, little-endian, then the bytes. The stream before it ends on a byte boundary (a sync flush or another stored
 * block), so the header is one zero byte.
 */
function storedBlock(bytes: Uint8Array): Uint8Array {
  const block = new Uint8Array(5 + bytes.length);
  block[1] = bytes.length & 0xff;
  block[2] = bytes.length >>> 8;
  block[3] = ~bytes.length & 0xff;
  block[4] = (~bytes.length >>> 8) & 0xff;
  block.set(bytes, 5);
  return block;
}
