import { LetterPattern } from '../../../text/letter-classes.js';
import { runningTexts } from '../text.js';
import { ND30, type Finding, type Rule } from '../types.js';

/**
 * Words of two syllables that Phụ lục II writes with one capital even inside a name or title ("Chủ tịch Quốc hội",
 * "Ủy ban nhân dân", "Mặt trận Tổ quốc Việt Nam"). Personal and place names ("Hải Dương", "Nguyễn Văn An") capitalise
 * every syllable and are not here.
 */
const WORDS = [
  'chủ tịch', 'quốc hội', 'ủy ban', 'uỷ ban', 'nhân dân', 'hội đồng', 'giám đốc', 'bí thư', 'thủ tướng', 'chính phủ',
  'bộ trưởng', 'thứ trưởng', 'mặt trận', 'tổ quốc', 'thường trực', 'thường vụ',
  'văn phòng', 'khoa học', 'công nghệ', 'kế hoạch', 'hội nghị', 'chấp hành', 'trung ương', 'hiệu trưởng', 'tổng cục',
  'chi cục', 'trung tâm', 'học viện', 'đại học', 'cao đẳng', 'công an', 'quân sự', 'kiểm sát', 'tòa án', 'toà án',
  'liên đoàn', 'lao động', 'thanh niên', 'phụ nữ', 'cựu chiến', 'chiến binh', 'nông dân', 'công đoàn', 'giáo dục',
  'đào tạo', 'tài chính', 'nội vụ', 'tư pháp', 'y tế',
];
const SYLLABLE = (L: string, Lu: string) => String.raw`[${Lu}][${L}]*`;
/** Two capitalised syllables (or more), as candidates: the list above decides. */
const RUN = new LetterPattern(
  ({ L, Lu }) => String.raw`(?<![${L}])${SYLLABLE(L, Lu)}(?:\s+${SYLLABLE(L, Lu)})+(?![${L}])`,
  'gu',
);
const lowerFirst = (word: string): string => word.charAt(0).toLocaleLowerCase('vi') + word.slice(1);

/**
 * Phụ lục II, mục II: in names of agencies and titles only the first syllable of each word-group is capitalised:
 * "Chủ tịch Quốc hội", not "Chủ Tịch Quốc Hội" (title case copied from English or from headings).
 */
export const capitalisationTitleCase: Rule = {
  id: 'capitalisation/title-case',
  defaultSeverity: 'warning',
  citation: `${ND30}, Phụ lục II, mục II`,
  check({ data }) {
    const out: Finding[] = [];
    for (const { path, text } of runningTexts(data)) {
      if (text === text.toLocaleUpperCase('vi')) continue; // an upper-case line has no case to get wrong
      for (const m of text.matchAll(RUN.for(text))) {
        const syllables = m[0].split(/\s+/u);
        // Upper-case syllables are a heading or a name in capitals ("BAN CHẤP HÀNH TRUNG ƯƠNG"), not title case.
        const upperCase = (s: string) => s === s.toLocaleUpperCase('vi');
        let changed = false;
        const fixed = [...syllables];
        for (let i = 1; i < syllables.length; i++) {
          const pair = `${syllables[i - 1]} ${syllables[i]}`.toLocaleLowerCase('vi');
          // Only the second syllable of a listed word, and not when it starts the next listed word ("Ủy ban Nhân dân" is
          // wrong too, but "Quốc hội Khóa" would be another case).
          if (WORDS.includes(pair) && fixed[i] === syllables[i] && !upperCase(syllables[i]!) && !upperCase(syllables[i - 1]!)) {
            fixed[i] = lowerFirst(syllables[i]!);
            changed = true;
          }
        }
        // "Ủy Ban Nhân Dân": the whole name is one word-group, "Ủy ban nhân dân".
        for (let i = 2; i < syllables.length - 1; i++) {
          const head = `${syllables[i - 2]} ${syllables[i - 1]}`.toLocaleLowerCase('vi');
          const pair = `${syllables[i]} ${syllables[i + 1]}`.toLocaleLowerCase('vi');
          if (pair === 'nhân dân' && ['ủy ban', 'uỷ ban', 'hội đồng'].includes(head)) fixed[i] = lowerFirst(syllables[i]!);
        }
        if (!changed) continue;
        out.push({
          path,
          span: { start: m.index, length: m[0].length },
          messageId: 'capitalisation/title-case',
          params: { found: m[0], expected: fixed.join(' ') },
        });
      }
    }
    return out;
  },
};
