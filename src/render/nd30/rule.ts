import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { COLOR } from './style.js';
import { mmToTwip } from './units.js';

/** 4 pt: keeps the rule clear of the descenders and dots (g, Ệ, Ọ) of the line above. */
const GAP_ABOVE = 80;

/**
 * A short horizontal rule of `widthMm`, centred in a space `availableTwips` wide: an empty, 1 pt high paragraph whose
 * bottom border is shortened by equal left and right indents. Plain WordprocessingML, so no drawing ids.
 */
export function rule(widthMm: number, availableTwips: number, spaceAfterTwips = 0): Paragraph {
  const width = Math.min(mmToTwip(widthMm), availableTwips);
  const side = Math.max(0, Math.floor((availableTwips - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: GAP_ABOVE, after: spaceAfterTwips, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 0, color: COLOR } },
    run: { size: 2 },
    children: [],
  });
}
