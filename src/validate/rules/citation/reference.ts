import { foldDiacritics } from '../../../text/fold.js';
import { LetterPattern } from '../../../text/letter-classes.js';
import { acceptedTypes, citedIn, KIND_TYPES, parseReference, TYPE_ABBREVIATIONS } from '../citations.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

const GROUP = new LetterPattern(({ L, Lu }) => String.raw`^[${Lu}\d&][${L}\d&]*$`, 'u');

/** A number and ký hiệu standing in the text: `183/QĐ-KHCN`, `30/2020/NĐ-CP`, `36-HD/VPTW`. */
const REFERENCE = new LetterPattern(
  ({ L, Lu }) => String.raw`(?<![${L}\d/-])\d+[A-Z]?(?:/\d{4})?(?:/[${Lu}][${L}\d&]*(?:-[${L}\d&]+)+|-[${Lu}][${L}&]*/[${Lu}][${L}\d&-]*)`,
  'gu',
);
const KINDS = Object.keys(KIND_TYPES);
/**
 * What may stand before a number: its kind, in any case ("Thực hiện kế hoạch số 46/KH-HPN"), a generic "văn bản", or
 * "Số:" (a number line quoted as such).
 */
const KIND_BEFORE = new LetterPattern(
  ({ L }) => String.raw`(?<![${L}])(?:${[...KINDS, 'văn bản', 'Văn bản', 'VB', 'Giấy phép', 'Giấy chứng nhận', 'Hợp đồng', 'Biên bản', 'Tờ trình', 'Đề án', 'Số:'].join('|')})(?:(?:\s+[${L}]+){1,3}\s+số:?|\s*(?:số:?)?)\s*$`,
  'iu',
);
const plain = (s: string): string => foldDiacritics(s).toUpperCase();
/** Equal but for one letter added, dropped or changed, ignoring case and marks. */
function near(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < Math.min(x.length, y.length) && x[i] === y[i]) i++;
  const tail = (s: string, k: number) => s.slice(i + k);
  return tail(x, 1) === tail(y, 1) || tail(x, 1) === tail(y, 0) || tail(x, 0) === tail(y, 1);
}

const KIND_OF_TYPE = new Map<string, string>(
  Object.entries(KIND_TYPES).flatMap(([kind, type]) => (type ? [[type, kind] as [string, string]] : [])),
);

/**
 * Checks a cited number and ký hiệu where the rule cannot be sure, so a warning: the ký hiệu's shape (Decree 30's
 * `<số>/<loại>-<cơ quan>` or the Party's `<số>-<loại>/<cơ quan>`), an unknown type abbreviation, and a number cited
 * without the kind of document ("theo số 183/QĐ-KHCN").
 */
export const citationReference: Rule = {
  id: 'citation/reference',
  defaultSeverity: 'warning',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.3 và Phụ lục III`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const { cited, ref, expected, span } of citedIn(text)) {
        const minGroups = expected === null ? 1 : 2;
        // "Thông báo số 2" of a conference is an ordinal, not a document number: a bare number with no date and no
        // ký hiệu split off after it ("số 12 KH/TĐTN-BTG", "số 976 - KH/BDVTW" are numbers written loosely).
        const after = text.slice(cited.index + cited.reference.length);
        const looseSymbol = /^\s*[-–]?\s*[A-ZĐ][A-Za-zĐđ&]*[/-]/u.test(after);
        if (/^\d+$/u.test(cited.reference) && !cited.date && !looseSymbol) continue;
        if (!ref || parseInt(ref.number, 10) === 0 || ref.groups.length < minGroups || !ref.groups.every((g) => GROUP.for(g).test(g))) {
          out.push({ path, span, messageId: 'citation/reference/shape', params: { kind: cited.kind, reference: cited.reference } });
          continue;
        }
        const type = ref.groups[0]!;
        const accepted = acceptedTypes(cited.kind);
        // Only a near miss of the expected type ("QDD" for "QĐ") is worth a word: anything else is most likely the issuer
        // first ("Hướng dẫn số 24/VPĐP-ĐP&TT"), a real form the rule cannot tell from a mistake.
        const nearMiss = expected && accepted.some((a) => typeof a === 'string' && near(type, a));
        if (nearMiss && !TYPE_ABBREVIATIONS.has(type) && !ref.groups.slice(1).some((g) => accepted.includes(g))) {
          out.push({
            path,
            span,
            messageId: 'citation/reference/unknown-type',
            params: { kind: cited.kind, reference: cited.reference, type, expected },
          });
        }
      }
      for (const m of text.matchAll(REFERENCE.for(text))) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (KIND_BEFORE.for(before).test(before)) continue;
        // The second of a list of numbers of one kind: "Quyết định số 183/QĐ-KHCN, 184/QĐ-KHCN".
        if (/\d[^\s,;]*(?:,|\s+và)\s*$/u.test(before)) continue;
        const ref = parseReference(m[0]);
        const kind = ref ? KIND_OF_TYPE.get(ref.groups[0]!) : undefined;
        out.push({
          path,
          span: { start: m.index, length: m[0].length },
          messageId: kind ? 'citation/reference/no-kind/suggest' : 'citation/reference/no-kind',
          params: { reference: m[0], ...(kind ? { kind } : {}) },
        });
      }
    }
    return out;
  },
};
