import { foldKey } from '../text.js';
import type { Finding, Rule } from '../types.js';
import { placedInvitees } from './invitees.js';
import { perInvitee } from '../../../model/letter-forms.js';

const STOP = new Set(['cac', 'va', 'cua', 'tinh', 'tren', 'dia', 'ban', 'trong', 'thuoc', 'nhung', 'mot', 'dai', 'dien', 'lanh', 'dao']);
const words = (text: string): string[] => foldKey(text).split(/[^a-z0-9&]+/).filter((w) => w !== '' && !STOP.has(w));

/**
 * A recipient line names a group when at least two of its significant words, and at least two thirds of them, occur in
 * the group's text or members ("Các trường đại học và cao đẳng trong tỉnh" names the group of universities; "Lãnh đạo
 * Sở" alone names nobody in particular).
 */
function names(recipient: string, groupWords: ReadonlySet<string>): boolean {
  const own = words(recipient);
  const shared = own.filter((w) => groupWords.has(w)).length;
  return shared >= 2 && shared / own.length >= 2 / 3;
}

/** A group the plan invites but nobody sends anything to would learn of the conference too late, if at all. */
export const coherenceGroupInvited: Rule = {
  id: 'coherence/group-invited',
  defaultSeverity: 'warning',
  check(context) {
    const { model, data } = context;
    // Without an invitations block the plan sends no letters: the groups learn of the meeting through the plan itself.
    if (!model.invitations) return [];
    const placed = placedInvitees(context);
    if (placed === undefined) return [];
    const invitees = placed.map((p) => p.invitee);
    const recipients = [...model.recipients.paper, ...model.recipients.electronic.map((c) => c.name)];
    const declared = (data as { attendees?: { id?: unknown }[] }).attendees ?? [];
    const out: Finding[] = [];
    // A single letter with a "Thành phần mời" list (or a Kính gửi list) reaches every group it names.
    if (model.invitations && !perInvitee(model.invitations)) return out;
    model.attendees.forEach((group, i) => {
      if (!group.invited) return;
      if (invitees.some((inv) => inv.group === group.id)) return;
      const groupWords = new Set(words([group.text, ...group.members].join(' ')));
      if (recipients.some((r) => names(r, groupWords))) return;
      out.push({
        path: declared[i]?.id !== undefined ? ['attendees', i, 'id'] : ['attendees', i, 'text'],
        messageId: 'coherence/group-invited',
        params: { group: group.id },
      });
    });
    return out;
  },
};
