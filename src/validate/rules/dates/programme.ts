import { compareDates, shortDate } from '../../../model/civil-date.js';
import type { Finding, Rule } from '../types.js';

/** A programme slot dated outside the event's days is a typo in the date or in the event's dates. */
export const datesProgramme: Rule = {
  id: 'dates/programme',
  defaultSeverity: 'error',
  check({ model }) {
    const { from, to } = model.time;
    const out: Finding[] = [];
    (model.content?.programme.entries ?? []).forEach((entry, i) => {
      if (!entry.date) return;
      if (compareDates(entry.date, from) < 0 || compareDates(entry.date, to) > 0) {
        out.push({
          path: ['content', 'programme', i, 'date'],
          messageId: 'dates/programme',
          params: { date: shortDate(entry.date), from: shortDate(from), to: shortDate(to) },
        });
      }
    });
    return out;
  },
};
