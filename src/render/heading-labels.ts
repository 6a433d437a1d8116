import { romanNumeral, vietnameseLetter } from './nd30/index.js';

/** How a plan numbers its headings (schema `numbering`). */
export type NumberingScheme = 'I.1.a' | 'I.1.1.1' | '1.1.1' | 'none' | 'I-1.a' | 'I-1-a';

/**
 * The label of a heading at `path` (its number at each level, top first):
 *   I.1.a    I. / 1. / a) / 1)   — the decree's sample, the default
 *   I.1.1.1  I. / 1. / 1.1. / a)
 *   1.1.1    1. / 1.1. / 1.1.1. / a)
 *   none     (no number, capitals) / 1. / a) / 1)
 *   I-1.a    I- / 1. / a) / 1)   — Party and mass organisations' plans (2022 Ban Dân vận Trung ương: "I- MỤC ĐÍCH")
 *   I-1-a    I- / 1- / a) / 1)   — (Hội Nông dân Việt Nam 2014: "III- KẾ HOẠCH …", "1- Nội dung")
 */
export function headingLabel(scheme: NumberingScheme, path: readonly number[]): string {
  const level = path.length;
  const n = path[level - 1]!;
  const letter = `${vietnameseLetter(n)})`;
  switch (scheme) {
    case 'I.1.1.1':
      return [`${romanNumeral(n)}.`, `${n}.`, `${path[1]}.${n}.`, letter][level - 1]!;
    case '1.1.1':
      return [`${n}.`, `${path[0]}.${n}.`, `${path[0]}.${path[1]}.${n}.`, letter][level - 1]!;
    case 'none':
      return ['', `${n}.`, letter, `${n})`][level - 1]!;
    case 'I-1.a':
      return [`${romanNumeral(n)}-`, `${n}.`, letter, `${n})`][level - 1]!;
    case 'I-1-a':
      return [`${romanNumeral(n)}-`, `${n}-`, letter, `${n})`][level - 1]!;
    default:
      return [`${romanNumeral(n)}.`, `${n}.`, letter, `${n})`][level - 1]!;
  }
}
