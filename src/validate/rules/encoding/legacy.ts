import { fromTcvn3, legacyEncoding } from '../../../text/legacy-encoding.js';
import type { DataPath } from '../../../load/locate.js';
import type { Finding, Rule } from '../types.js';

/** Every string of the plan, codes included: an issuer name pasted from an old file is as wrong as a sentence. */
function strings(node: unknown, path: (string | number)[], out: Array<{ path: DataPath; text: string }>): void {
  if (typeof node === 'string') out.push({ path, text: node });
  else if (Array.isArray(node)) node.forEach((item, i) => strings(item, [...path, i], out));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) strings(value, [...path, key], out);
}

/**
 * Text pasted from a document typed with the old fonts (.VnTime, VNI-Times) looks right in Word and wrong everywhere
 * else ("ngµy th¸ng n¨m"). TCVN3 maps one character to one letter, so the Unicode text can be proposed; VNI cannot.
 */
export const encodingLegacy: Rule = {
  id: 'encoding/legacy',
  defaultSeverity: 'warning',
  citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4',
  check({ data }) {
    const texts: Array<{ path: DataPath; text: string }> = [];
    strings(data, [], texts);
    const out: Finding[] = [];
    for (const { path, text } of texts) {
      const encoding = legacyEncoding(text);
      if (!encoding) continue;
      out.push(
        encoding === 'tcvn3'
          ? { path, messageId: 'encoding/legacy/tcvn3', params: { converted: fromTcvn3(text) } }
          : { path, messageId: 'encoding/legacy/vni' },
      );
    }
    return out;
  },
};
