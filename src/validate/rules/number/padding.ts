import { padNumber } from '../../../model/plan.js';
import { ND30, type Finding, type Rule } from '../types.js';

const NUMBERED = [
  ['document', 'number'],
  ['invitations', 'number'],
] as const;

/** "5" is printed as "05" anyway (A1 I.II.3.a); writing it padded keeps the source and the document alike. */
export const numberPadding: Rule = {
  id: 'number/padding',
  defaultSeverity: 'warning',
  description: {
    vi: 'Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (05, không phải 5).',
    en: 'Document numbers below 10 take a leading zero (05, not 5).',
  },
  citation: `${ND30}, Phụ lục I, Phần I, mục II.3`,
  check({ data }) {
    const out: Finding[] = [];
    for (const [section, key] of NUMBERED) {
      const raw = (data as Record<string, Record<string, unknown> | undefined>)[section]?.[key];
      if (typeof raw !== 'string' || !/^\d+$/.test(raw)) continue;
      const expected = padNumber(raw);
      if (expected !== undefined && expected !== raw) {
        out.push({ path: [section, key], messageId: 'number/padding', params: { expected, actual: raw } });
      }
    }
    return out;
  },
};
