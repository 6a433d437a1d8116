import { oneLineText } from '../text/one-line.js';
import type { Invitee } from './source.js';

/**
 * The person or body invited, as printed after "trân trọng kính mời:" (Mẫu 1.7, footnote 6) and on the distribution
 * list: `Ông Nguyễn Văn An, Giám đốc, Sở Y tế`, or the organisation alone: `Hội đồng KH&CN Sở Y tế`. A salutation is
 * printed only with a name (`Ông, Giám đốc` would name nobody).
 */
export function inviteeName(invitee: Invitee): string {
  const name = oneLineText(invitee.name);
  const person = name ? [oneLineText(invitee.salutation), name].filter(Boolean).join(' ') : '';
  return [person, oneLineText(invitee.title), oneLineText(invitee.organization)].filter(Boolean).join(', ');
}
