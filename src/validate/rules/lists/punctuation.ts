import { ND30, type Finding, type Rule } from '../types.js';
import { trailingPunctuation } from '../../../text/sentence-end.js';

/**
 * The renderer writes "- " before each Nơi nhận item and ";" (or "." on the last) after it (A1 I.II.9.d). Punctuation
 * typed by the clerk ends up doubled or wrong: "- Hội đồng KH&CN các sở, ngành," (seed E7).
 */
export const listsPunctuation: Rule = {
  id: 'lists/punctuation',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.9.d`,
  check({ data }) {
    const recipients = (data as { recipients?: Record<string, unknown> }).recipients ?? {};
    const out: Finding[] = [];
    for (const list of ['paper', 'electronic'] as const) {
      const items = recipients[list];
      if (!Array.isArray(items)) continue;
      items.forEach((entry: unknown, i) => {
        // An electronic recipient may be `{ name, email }`: its name is checked, and positioned, like a plain item.
        const named = typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string';
        const item = named ? (entry as { name: string }).name : entry;
        const path = named ? ['recipients', list, i, 'name'] : ['recipients', list, i];
        if (typeof item !== 'string') return;
        const mark = trailingPunctuation(item);
        if (mark) {
          out.push({
            path,
            span: { start: item.trimEnd().length - mark.length, length: mark.length },
            messageId: 'lists/punctuation/trailing',
            params: { item: item.trim(), mark },
          });
        }
        const dash = /^\s*[-–+•]\s*/.exec(item);
        if (dash) {
          out.push({ path, span: { start: 0, length: dash[0].length }, messageId: 'lists/punctuation/leading', params: { item: item.trim(), mark: dash[0].trim() } });
        }
      });
    }
    return out;
  },
};
