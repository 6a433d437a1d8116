import { foldDiacritics } from '../../../text/fold.js';
import type { Finding, Rule } from '../types.js';

const words = (text: string): string => ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * An invitee who said they will not come (and sends nobody) but is still named as presenter in the programme: the
 * programme needs another speaker. The presenter names the invitee when it contains the invitee's name or organisation.
 */
export const repliesDeclinedSpeaker: Rule = {
  id: 'replies/declined-speaker',
  defaultSeverity: 'warning',
  check({ model, replies }) {
    if (!replies) return [];
    const declined = replies.replies.filter((r) => r.status === 'not-coming');
    const out: Finding[] = [];
    (model.content?.programme.entries ?? []).forEach((entry, i) => {
      if (!entry.presenter) return;
      const presenter = words(entry.presenter);
      for (const r of declined) {
        const names = [r.name, r.organization].filter((n): n is string => Boolean(n && n.trim()));
        if (!names.some((n) => presenter.includes(words(n)))) continue;
        out.push({
          path: ['content', 'programme', i, 'presenter'],
          messageId: 'replies/declined-speaker',
          params: { who: r.who, file: replies.file, row: r.line ?? '?' },
        });
      }
    });
    return out;
  },
};
