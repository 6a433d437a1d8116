import { decodeUtf8 } from '../text/decode-utf8.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { readBytes } from './read-bytes.js';

/** Plans are small; anything larger is a mistake (a wrong file) or an attack, and is refused before parsing. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const ioError = (file: string, messageId: string, params: Record<string, string | number> = {}): TextRead => ({
  ok: false,
  diagnostic: { file, severity: 'error', kind: 'io', ruleId: messageId.startsWith('io/encoding') ? 'io/encoding' : 'io/read', messageId, params },
});

/**
 * Reads a UTF-8 text file as a clerk's editor saved it: with or without a BOM, LF or CRLF.
 * Anything else (UTF-16, Windows-1258, TCVN3, binary) is named, with a hint to save as UTF-8.
 */
export async function readTextFile(file: string, maxBytes = MAX_SOURCE_BYTES): Promise<TextRead> {
  const read = await readBytes(file, maxBytes);
  if (!read.ok) {
    if (read.problem === 'too-large') return ioError(file, 'io/too-large', { size: read.size, limit: read.limit });
    if (read.problem === 'read-failed') return ioError(file, 'io/read-failed', { code: read.code });
    return ioError(file, { 'not-found': 'io/not-found', 'is-directory': 'io/is-directory', permission: 'io/permission' }[read.problem]);
  }
  return decodeText(file, read.bytes);
}

export function decodeText(file: string, bytes: Uint8Array): TextRead {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  if (decoded.problem === 'utf16') return ioError(file, 'io/encoding-utf16', { encoding: decoded.encoding });
  if (decoded.problem === 'binary') return ioError(file, 'io/encoding-binary');
  return ioError(file, 'io/encoding-legacy', { encoding: decoded.guess });
}
