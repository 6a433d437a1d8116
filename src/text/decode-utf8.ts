/** What stands in the way of reading bytes as UTF-8 text, with the line where it starts where that is known. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'utf16'; encoding: 'UTF-16 LE' | 'UTF-16 BE' }
  | { ok: false; problem: 'binary' | 'legacy'; line: number; guess: string };

/**
 * Decodes a text file as a clerk's editor saved it: UTF-8 with or without a BOM. UTF-16 (by its BOM), binary data (a
 * NUL byte) and legacy 8-bit text are told apart, at the first line that fails: 0x0A never occurs inside a multi-byte
 * UTF-8 sequence, so lines can be tried one by one.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, problem: 'utf16', encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, problem: 'utf16', encoding: 'UTF-16 BE' };
  const body = bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  if (!body.includes(0)) {
    try {
      return { ok: true, text: decoder.decode(body) };
    } catch {
      // find the line below
    }
  }
  const guess = guessLegacyEncoding(body);
  // A NUL near the start is a binary file (an image, a workbook renamed .csv), whatever bytes come before it.
  const nul = body.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, problem: 'binary', line: lineAt(body, nul), guess };
  let line = 1;
  for (let from = 0; from <= body.length; line++) {
    let to = body.indexOf(0x0a, from);
    if (to === -1) to = body.length;
    const chunk = body.subarray(from, to);
    // NUL never appears in a clerk's text: UTF-16 without BOM, or a binary file.
    if (chunk.includes(0)) return { ok: false, problem: 'binary', line, guess };
    try {
      decoder.decode(chunk);
    } catch {
      return { ok: false, problem: 'legacy', line, guess };
    }
    from = to + 1;
  }
  return { ok: false, problem: 'legacy', line: 1, guess };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Old Vietnamese documents are Windows-1258 or TCVN3 (ABC). Both are single-byte; TCVN3 puts precomposed
 * lower-case letters with marks in 0xA1–0xFE, where Windows-1258 mostly has combining-mark sequences.
 * The guess only names the likely encoding in a message; nothing is decoded from it.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  let combining = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b === 0xcc || b === 0xd2 || b === 0xde || b === 0xec || b === 0xf2) combining++;
  }
  return combining * 4 >= high ? 'Windows-1258' : 'TCVN3 (ABC)';
}
