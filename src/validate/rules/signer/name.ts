import { LetterPattern, lettersOnly } from '../../../text/letter-classes.js';
import { ND30, type Finding, type Rule } from '../types.js';

/** Học hàm, học vị written before a name, abbreviated ("PGS.TS.") or in full ("Tiến sĩ"). */
const ABBREVIATED = /^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|KS|BS|CN|DS|LS|NCS)\s*\.\s*)+/u;
const IN_FULL = new LetterPattern(
  ({ L }) =>
    String.raw`^(?:Phó\s+giáo\s+sư|Giáo\s+sư|Tiến\s+sĩ\s+khoa\s+học|Tiến\s+sĩ|Thạc\s+sĩ|Kỹ\s+sư|Bác\s+sĩ|Dược\s+sĩ|Cử\s+nhân|Luật\s+sư)(?![${L}])\s*`,
  'iu',
);
const WORD_START = new LetterPattern(({ L }) => String.raw`(^|\s)([${L}])`, 'gu');

/** Họ tên người ký (A1 I.II.7.c): the name only, in normal case, without academic titles or degrees. */
export const signerName: Rule = {
  id: 'signer/name',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.7.c`,
  check({ model }) {
    const name = model.signer.name.normalize('NFC').trim();
    const out: Finding[] = [];
    const degree = ABBREVIATED.exec(name) ?? IN_FULL.for(name).exec(name);
    if (degree) {
      const prefix = degree[0].trim();
      out.push({
        path: ['signer', 'name'],
        messageId: 'signer/name/degree',
        params: { prefix, name: name.slice(degree[0].length).trim() },
      });
    }
    const letters = lettersOnly(name);
    if (letters.length > 1 && letters === letters.toUpperCase()) {
      const lower = name.toLowerCase();
      const expected = lower.replace(WORD_START.for(lower), (_, space: string, letter: string) => space + letter.toUpperCase());
      out.push({ path: ['signer', 'name'], messageId: 'signer/name/upper-case', params: { name, expected } });
    }
    return out;
  },
};
