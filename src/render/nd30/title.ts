import type { Paragraph } from 'docx';
import { centred, centredLines, longestLineMm, measuredLines, SHORT_RULE_RATIO, type LineText } from './header.js';
import { ND30_STYLE, type HouseStyle } from './house-style.js';
import { resolvePage, type PageOptions } from './page.js';
import { rule } from './rule.js';
import { upper } from './style.js';

/**
 * Tên loại and trích yếu (ô 5a): `KẾ HOẠCH` then the summary, centred and bold, then a short rule. The summary is broken
 * into even lines by measuring it (no word alone on the last line); a list gives the author's own lines.
 */
export function titleBlock(kindName: string, summary: LineText, page: PageOptions = {}, style: HouseStyle = ND30_STYLE): Paragraph[] {
  const { textWidth } = resolvePage(page);
  const { sizes } = style;
  const width = textWidth;
  const lines = measuredLines(summary, sizes.summary, true, width);
  const summaryMm = longestLineMm(lines, sizes.summary, true, width);
  return [
    centred({ text: upper(kindName.trim()), size: sizes.kind, bold: true }, { before: 360 }),
    centredLines(lines, { size: sizes.summary, bold: true }),
    rule(summaryMm * SHORT_RULE_RATIO, textWidth, 120),
  ];
}
