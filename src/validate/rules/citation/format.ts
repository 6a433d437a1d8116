import { LetterPattern } from '../../../text/letter-classes.js';
import { findCitations, KIND_TYPES, parseReference, TYPE_ABBREVIATIONS } from '../citations.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

const GROUP = new LetterPattern(({ L, Lu }) => String.raw`^[${Lu}\d][${L}\d&]*$`, 'u');

/** A cited document must be identifiable: number/TYPE-AGENCY with a real type abbreviation and a real date. */
export const citationFormat: Rule = {
  id: 'citation/format',
  defaultSeverity: 'error',
  description: {
    vi: 'Văn bản được viện dẫn phải có số, ký hiệu đúng dạng <số>/<loại văn bản>-<cơ quan> (chữ viết tắt tên loại theo Phụ lục III) và ngày có thật.',
    en: 'A cited document needs a number and ký hiệu of the form <number>/<TYPE>-<AGENCY> (type abbreviations of Appendix III) and a real date.',
  },
  citation: `${ND30}, Phụ lục I, Phần I, mục II.3 và Phụ lục III`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const cited of findCitations(text)) {
        const span = { start: cited.index, length: cited.reference.length };
        const ref = parseReference(cited.reference);
        const expected = KIND_TYPES[cited.kind];
        const minGroups = expected === null ? 1 : 2;
        if (!ref || Number(ref.number) === 0 || ref.groups.length < minGroups || !ref.groups.every((g) => GROUP.for(g).test(g))) {
          out.push({ path, span, messageId: 'citation/format/reference', params: { kind: cited.kind, reference: cited.reference } });
          continue;
        }
        const type = ref.groups[0]!;
        if (expected) {
          const accepted = cited.kind === 'Thông tư' ? ['TT', 'TTLT'] : [expected];
          if (!accepted.includes(type)) {
            out.push({
              path,
              span,
              messageId: TYPE_ABBREVIATIONS.has(type) ? 'citation/format/type-mismatch' : 'citation/format/unknown-type',
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
