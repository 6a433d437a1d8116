import { LetterPattern, lettersOnly } from '../../../text/letter-classes.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

/** Type words of agencies and units, longest first so "văn phòng" wins over "phòng". */
const TYPES = ['văn phòng', 'trung tâm', 'hội đồng', 'ủy ban', 'uỷ ban', 'chi cục', 'bệnh viện', 'học viện', 'phòng', 'sở', 'ban', 'cục', 'viện', 'trường'];
/**
 * A lower-case type word followed by a capitalised word: "phòng Quản lý …" names one unit and needs "Phòng". Not after a
 * word that makes it part of something else ("Ủy ban MTTQ": "ban" belongs to the type word "Ủy ban"; trưởng phòng, Văn phòng, trụ sở, cơ sở, môi trường, thị trường, bố cục,
 * Hội trường A2 — a hall, nhà trường) or
 * a plural (các phòng, những sở): those are generic and stay lower case.
 */
const UNIT = new LetterPattern(({ L, Lu, N }) => String.raw`(?<![${L}${N}])(${TYPES.join('|')})\s+([${Lu}][${L}&]*)`, 'gu');
const NOT_AFTER = new Set(['ủy', 'uỷ', 'tiểu', 'trưởng', 'phó', 'văn', 'trụ', 'cơ', 'môi', 'thị', 'chiến', 'quảng', 'hiện', 'bố', 'các', 'những', 'mỗi', 'từng', 'số', 'bệnh', 'học', 'lập', 'hậu', 'trang', 'đồng', 'trung', 'hội', 'nhà']);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Appendix II: the type word of a specific agency or unit is capitalised: "Phòng Quản lý …", "Văn phòng Sở" (seed W11). */
export const capitalisationUnitType: Rule = {
  id: 'capitalisation/unit-type',
  defaultSeverity: 'warning',
  citation: `${ND30}, Phụ lục II, mục II.1`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const m of text.matchAll(UNIT.for(text))) {
        const previous = text.slice(0, m.index).trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
        if (NOT_AFTER.has(lettersOnly(previous))) continue;
        const found = `${m[1]} ${m[2]}`;
        out.push({
          path,
          span: { start: m.index, length: m[0].length },
          messageId: 'capitalisation/unit-type',
          params: { found, expected: capitalise(found) },
        });
      }
    }
    return out;
  },
};
