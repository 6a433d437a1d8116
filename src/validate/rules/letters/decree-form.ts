import { FORMS, formOf } from '../../../model/letter-forms.js';
import type { PlanModel } from '../../../model/plan.js';
import { ND30, type Finding, type Rule } from '../types.js';

/**
 * Bodies the decree does not govern (Art. 2): Party bodies, associations, unions, organising committees and the like
 * use their own forms, so a Thư mời or a "Kính gửi:" of theirs is no departure. Read from the issuer's names.
 */
const OUTSIDE = /^(HỘI\b|ĐẢNG|BAN (CHẤP HÀNH|DÂN VẬN|TUYÊN GIÁO|TỔ CHỨC|LIÊN LẠC|QUẢN LÝ DI TÍCH)|ĐOÀN THANH NIÊN|TỈNH ĐOÀN|THÀNH ĐOÀN|HUYỆN ĐOÀN|CÔNG ĐOÀN|LIÊN ĐOÀN|HỘI ĐỒNG HƯƠNG|CÂU LẠC BỘ)/u;

export function outsideDecree(model: PlanModel): boolean {
  const names = [model.issuer.name, model.issuer.parent ?? ''].map((n) => n.trim().toLocaleUpperCase('vi'));
  return names.some((n) => OUTSIDE.test(n));
}

/**
 * The clerk's form stands; where it departs from the decree for a body the decree governs, say so once, with the
 * citation and the decree's own form: Thư mời is not one of the 29 types (Art. 7), and "Kính gửi:" belongs only to
 * Công văn, Tờ trình and Báo cáo (Phụ lục I, mục II.9.b; nd30.md §3.4).
 */
export const lettersDecreeForm: Rule = {
  id: 'letters/decree-form',
  defaultSeverity: 'info',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.9.b; Điều 7`,
  check({ model }) {
    const invitations = model.invitations;
    if (!invitations || outsideDecree(model)) return [];
    const out: Finding[] = [];
    if (!formOf(invitations).decreeType) {
      out.push({ path: ['invitations', 'form'], messageId: 'letters/decree-form/type', params: { form: invitations.form, suggestion: 'giay-moi' } });
    }
    const kinhGui = invitations.addressees.length > 0 || FORMS[invitations.form].kinhGui;
    if (kinhGui && invitations.form !== 'cong-van') {
      const path = invitations.addressees.length > 0 ? ['invitations', 'addressees'] : ['invitations', 'form'];
      out.push({ path, messageId: 'letters/decree-form/kinh-gui', params: { form: invitations.form, suggestion: 'cong-van' } });
    }
    return out;
  },
};
