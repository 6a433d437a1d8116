import type { Paragraph } from 'docx';
import { centred, longestLineMm, SHORT_RULE_RATIO } from './header.js';
import { resolvePage, type PageOptions } from './page.js';
import { rule } from './rule.js';
import { SIZE, upper } from './style.js';

/**
 * Tên loại and trích yếu (ô 5a): `KẾ HOẠCH` then the summary, centred, bold 14, then a short rule.
 * `\n` in the summary breaks the line where the author wants it.
 */
export function titleBlock(kindName: string, summary: string, page: PageOptions = {}): Paragraph[] {
  const { textWidth } = resolvePage(page);
  const text = summary.trim();
  const summaryMm = longestLineMm(text, SIZE.summary, true, textWidth);
  return [
    centred({ text: upper(kindName.trim()), size: SIZE.kind, bold: true }, { before: 360 }),
    centred({ text, size: SIZE.summary, bold: true }),
    rule(summaryMm * SHORT_RULE_RATIO, textWidth, 120),
  ];
}
