import { foldKey } from '../text.js';
import type { DataPath } from '../../../load/locate.js';
import type { Finding, Rule } from '../types.js';
import { recipientNames } from '../../../model/plan.js';

const key = (item: string) => foldKey(item.replace(/^\s*-\s*/, '').replace(/[\s;,.]+$/, ''));

/** A recipient listed twice (or on paper and electronically) is sent the document twice. */
export const coherenceDuplicateRecipient: Rule = {
  id: 'coherence/duplicate-recipient',
  defaultSeverity: 'warning',
  check({ model }) {
    const seen = new Map<string, DataPath>();
    const out: Finding[] = [];
    for (const list of ['paper', 'electronic'] as const) {
      recipientNames(model, list).forEach((item, i) => {
        const k = key(item);
        if (k === '') return;
        const first = seen.get(k);
        const path = ['recipients', list, i];
        if (first === undefined) {
          seen.set(k, path);
          return;
        }
        out.push({
          path,
          messageId: first[1] === list ? 'coherence/duplicate-recipient/same-list' : 'coherence/duplicate-recipient/both-lists',
          params: { item: item.trim() },
          related: first,
        });
      });
    }
    return out;
  },
};
