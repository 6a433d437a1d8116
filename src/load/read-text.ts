import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../report/diagnostic.js';

/** Plans are small; anything larger is a mistake (a wrong file) or an attack, and is refused before parsing. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const ioError = (file: string, messageId: string, params: Record<string, string | number> = {}): TextRead => ({
  ok: false,
  diagnostic: { file, severity: 'error', ruleId: messageId.startsWith('io/encoding') ? 'io/encoding' : 'io/read', messageId, params },
});

/**
 * Reads a UTF-8 text file as a clerk's editor saved it: with or without a BOM, LF or CRLF.
 * Anything else (UTF-16, Windows-1258, TCVN3, binary) is named, with a hint to save as UTF-8.
 */
export async function readTextFile(file: string, maxBytes = MAX_SOURCE_BYTES): Promise<TextRead> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return ioError(file, 'io/is-directory');
    if (info.size > maxBytes) return ioError(file, 'io/too-large', { size: info.size, limit: maxBytes });
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return ioError(file, 'io/not-found');
    if (code === 'EACCES' || code === 'EPERM') return ioError(file, 'io/permission');
    return ioError(file, 'io/read-failed', { code });
  }
  return decodeText(file, bytes);
}

export function decodeText(file: string, bytes: Uint8Array): TextRead {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ioError(file, 'io/encoding-utf16', { encoding: 'UTF-16 LE' });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ioError(file, 'io/encoding-utf16', { encoding: 'UTF-16 BE' });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.subarray(start, Math.min(bytes.length, 8192)).includes(0)) return ioError(file, 'io/encoding-binary');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return ioError(file, 'io/encoding-legacy', { encoding: guessLegacyEncoding(bytes) });
  }
}

/**
 * Old Vietnamese documents are Windows-1258 or TCVN3 (ABC). Both are single-byte; TCVN3 puts precomposed
 * lower-case letters with marks in 0xA1–0xFE, where Windows-1258 mostly has combining-mark sequences.
 * The guess only names the likely encoding in the message; nothing is decoded from it.
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
