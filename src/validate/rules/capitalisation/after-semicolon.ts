import { LetterPattern } from '../../../text/letter-classes.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

/** Words that start a name, a title or a document's name, and so stay capitalised after ";". */
const NAME_STARTS = new Set([
  'Sở', 'Bộ', 'Ban', 'Phòng', 'Cục', 'Viện', 'Trường', 'Hội', 'Đài', 'Báo', 'Đảng', 'Đoàn', 'Ông', 'Bà', 'Phó', 'Trưởng',
  'Tổng', 'Luật', 'Điều', 'Chương', 'Mục', 'Phần', 'Hội đồng', 'Ủy ban', 'Uỷ ban', 'Trung tâm', 'Văn phòng', 'Chi cục',
  'Công ty', 'Bệnh viện', 'Học viện', 'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Mặt trận',
  'Chủ tịch', 'Giám đốc', 'Thư ký', 'Bí thư', 'Thủ trưởng', 'Thủ tướng', 'Quyết định', 'Nghị định', 'Nghị quyết',
  'Thông tư', 'Chỉ thị', 'Kế hoạch', 'Hướng dẫn', 'Quy định', 'Quy chế', 'Chương trình', 'Công văn', 'Thông báo', 'Báo cáo',
  'Tờ trình', 'Giấy mời', 'Đề án', 'Dự án', 'Phương án', 'Nhà nước', 'Nhân dân', 'Đồng chí', 'Thủ đô', 'Thành phố',
  'Việt Nam', 'Quốc hội', 'Chính phủ',
]);
const AFTER = new LetterPattern(({ L, Lu }) => String.raw`;\s+([${Lu}][${L}]*)(?:\s+([${L}]+))?`, 'gu');

/** Appendix II capitalises after ".", "?", "!" and at a new line, not after ";" (seed W14: "…các ý kiến; Thảo luận…"). */
export const capitalisationAfterSemicolon: Rule = {
  id: 'capitalisation/after-semicolon',
  defaultSeverity: 'info',
  citation: `${ND30}, Phụ lục II, mục I`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      for (const m of text.matchAll(AFTER.for(text))) {
        const word = m[1]!;
        if (word.length > 1 && word === word.toUpperCase()) continue; // UBND, KH&CN
        if (NAME_STARTS.has(word) || (m[2] && NAME_STARTS.has(`${word} ${m[2]}`))) continue;
        const start = m.index + m[0].indexOf(word);
        const found = m[0].slice(m[0].indexOf(word));
        out.push({
          path,
          span: { start, length: found.length },
          messageId: 'capitalisation/after-semicolon',
          params: { found, expected: found.charAt(0).toLowerCase() + found.slice(1) },
        });
      }
    }
    return out;
  },
};
