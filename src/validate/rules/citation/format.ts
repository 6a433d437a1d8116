import { acceptedTypes, citedIn, TYPE_ABBREVIATIONS } from '../citations.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

/**
 * What is certainly wrong in a cited document: a known type abbreviation that is not the cited kind's ("Quyết định số
 * 183/KH-KHCN"), or a date that does not exist. Anything the rule cannot be sure of (an unusual ký hiệu, an unknown
 * type) is `citation/reference`'s, a warning: real numbers have "&", several segments and the issuer first.
 */
export const citationFormat: Rule = {
  id: 'citation/format',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.3 và Phụ lục III`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const { cited, ref, expected, span } of citedIn(text)) {
        if (ref && expected && ref.groups.length >= 2) {
          const accepted = acceptedTypes(cited.kind);
          const type = ref.groups[0]!;
          // The issuer first ("1272/HĐPH-KH") puts the type later: not a mismatch.
          const typeLater = ref.groups.slice(1).some((g) => accepted.includes(g));
          if (!accepted.includes(type) && TYPE_ABBREVIATIONS.has(type) && !typeLater) {
            out.push({
              path,
              span,
              messageId: 'citation/format/type-mismatch',
              params: { kind: cited.kind, reference: cited.reference, type, expected },
            });
          }
        }
        if (cited.date && !cited.date.real) {
          out.push({
            path,
            span: { start: cited.date.index, length: cited.date.length },
            messageId: 'citation/format/date',
            params: { reference: cited.reference, date: cited.date.written.replace(/^ngày\s+/iu, '') },
          });
        }
      }
    }
    return out;
  },
};
