import { ND30, type Finding, type Rule } from '../types.js';
import { recipientNames } from '../../../model/plan.js';

const ARCHIVE = /^\s*-?\s*Lưu(?:\s*:|\s+VT\b|\s*$)/iu;

/** The Lưu line has its own field (recipients.archive) and always closes the Nơi nhận block (A1 I.II.9.d). */
export const listsArchiveInList: Rule = {
  id: 'lists/archive-in-list',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.9.d`,
  check({ model }) {
    const out: Finding[] = [];
    for (const list of ['paper', 'electronic'] as const) {
      recipientNames(model, list).forEach((item, i) => {
        if (ARCHIVE.test(item)) out.push({ path: ['recipients', list, i], messageId: 'lists/archive-in-list', params: { item: item.trim() } });
      });
    }
    return out;
  },
};
