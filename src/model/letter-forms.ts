import type { AttendeeGroup, Invitations, LetterForm } from './plan.js';

/**
 * What sets each letter form apart in the Decree-30 layout (render/nd30 draws them all; the rules read it too): its templates folder, its tên
 * loại and ký hiệu, whether one letter goes to each invitee, and how its facts are marked by default.
 */
export interface FormSpec {
  /** The wording's folder under templates/ (noi-dung.hbs). */
  dir: string;
  /** Tên loại (ô 5a); a Công văn has none (its trích yếu is "V/v …" under the number). */
  kind?: string;
  /** Ký hiệu tên loại in the number (`GM`, `TB`); a Công văn has none (A3 Mục I). */
  code?: string;
  /** The single letter's file name, under giay-moi/ (forms that make one letter). */
  file: string;
  /** How Thời gian, Địa điểm … are marked when the plan does not say. */
  items: '1.' | 'a)' | '-';
  /** Among the decree's 29 types (Art. 7) for a body in its scope. */
  decreeType: boolean;
  /** A letter of one page (`plan check` warns past it); a Công văn or a conference notice may run longer. */
  onePage: boolean;
  /** Carries "Kính gửi:" (the decree keeps it for Công văn, Tờ trình, Báo cáo: nd30.md §3.4). */
  kinhGui: boolean;
}

export const FORMS: Record<LetterForm, FormSpec> = {
  'giay-moi': { dir: 'giay-moi', kind: 'GIẤY MỜI', code: 'GM', file: 'giay-moi.docx', items: '-', onePage: true, decreeType: true, kinhGui: false },
  'giay-moi-thanh-phan': {
    dir: 'giay-moi-thanh-phan', kind: 'GIẤY MỜI', code: 'GM', file: 'giay-moi.docx', items: '1.', onePage: true, decreeType: true, kinhGui: false,
  },
  'thu-moi': { dir: 'thu-moi', kind: 'THƯ MỜI', code: 'TM', file: 'thu-moi.docx', items: '-', onePage: true, decreeType: false, kinhGui: true },
  'trieu-tap': { dir: 'trieu-tap', kind: 'THÔNG BÁO', code: 'TB', file: 'thong-bao-trieu-tap.docx', items: '-', onePage: true, decreeType: true, kinhGui: false },
  'cong-van': { dir: 'cong-van', file: 'cong-van.docx', items: '1.', onePage: false, decreeType: true, kinhGui: true },
  'thong-bao': { dir: 'thong-bao', kind: 'THÔNG BÁO', code: 'TB', file: 'thong-bao.docx', items: '1.', onePage: false, decreeType: true, kinhGui: true },
};

export const formOf = (invitations: Invitations): FormSpec => FORMS[invitations.form];

/** One letter to each invitee (Giấy mời; a Thư mời with no "Kính gửi:" lines of its own), or one letter for all. */
export const perInvitee = (invitations: Invitations): boolean =>
  invitations.form === 'giay-moi' || (invitations.form === 'thu-moi' && invitations.addressees.length === 0);

/** The tên loại as a sentence names it: "Giấy mời", "Thư mời", "Thông báo"; a Công văn, which has none, is a "Công văn". */
export function formTypeName(invitations: Invitations): string {
  const kind = formOf(invitations).kind;
  return kind ? kind.charAt(0) + kind.slice(1).toLocaleLowerCase('vi') : 'Công văn';
}

/** The tên loại as printed: "THÔNG BÁO SỐ 2" for a conference's second notice. */
export function kindLine(invitations: Invitations): string | undefined {
  const form = formOf(invitations);
  if (invitations.form === 'thong-bao' && invitations.sequence) return `${form.kind} SỐ ${invitations.sequence}`;
  return form.kind;
}

/**
 * Who a single letter goes to, for the distribution list: its "Kính gửi:" lines, else the attendee groups it invites
 * itself (a group marked "do … mời" is invited by another body and gets nothing from here). Empty for per-invitee forms.
 */
export function singleLetterRecipients(invitations: Invitations, attendees: readonly AttendeeGroup[]): string[] {
  if (perInvitee(invitations)) return [];
  if (invitations.addressees.length > 0) return invitations.addressees;
  return attendees.filter((g) => g.invited && !g.invitedBy).map((g) => g.text);
}
