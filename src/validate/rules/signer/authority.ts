import { ND30, type Finding, type Rule } from '../types.js';

/** Collective bodies a TM. (thay mặt) signature speaks for. */
const COLLECTIVE = /^(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|BAN|CHÍNH PHỦ|TỔ|ĐOÀN|THƯỜNG TRỰC|THƯỜNG VỤ|ĐẢNG ỦY|ĐẢNG UỶ|TẬP THỂ|HỘI|LIÊN ĐOÀN|MẶT TRẬN)(\s|$)/u;
/** A deputy's title: "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH", and a minister's deputy, "THỨ TRƯỞNG" (Bộ GDĐT, 129/KH-BGDĐT). */
const DEPUTY = /^(PHÓ|THỨ TRƯỞNG)(\s|$)/u;
const upper = (text: string | undefined) => (text ?? '').normalize('NFC').trim().toUpperCase();

/**
 * Quyền hạn ký (A1 I.II.7.a): KT. is a deputy signing for the head, so the title is the deputy's own (PHÓ …, THỨ TRƯỞNG) and the
 * head's title follows KT.; TM. signs for a collective body; TL. and TUQ. sign for a head named after them.
 */
export const signerAuthority: Rule = {
  id: 'signer/authority',
  defaultSeverity: 'error',
  citation: `${ND30}, Phụ lục I, Phần I, mục II.7.a`,
  check({ model }) {
    const { authority, headTitle, title } = model.signer;
    const out: Finding[] = [];
    const head = upper(headTitle);
    const needsHead = authority === 'KT.' || authority === 'TM.' || authority === 'TL.' || authority === 'TUQ.';
    if (needsHead && head === '') {
      out.push({ path: ['signer', 'authority'], messageId: 'signer/authority/head-title', params: { authority } });
    }
    if (authority === 'KT.' && !DEPUTY.test(upper(title))) {
      out.push({ path: ['signer', 'title'], messageId: 'signer/authority/deputy', params: { title } });
    }
    if (authority === 'TM.' && head !== '' && !COLLECTIVE.test(head)) {
      out.push({ path: ['signer', 'headTitle'], messageId: 'signer/authority/collective', params: { headTitle: headTitle ?? '' } });
    }
    if (authority === '' && DEPUTY.test(upper(title))) {
      out.push({ path: ['signer', 'title'], messageId: 'signer/authority/deputy-without-kt', params: { title } });
    }
    return out;
  },
};
