/**
 * Agency type words as they are written in running text (Phụ lục II: the type word and the first word of the
 * function or field are capitalised). Longest first, so `Ủy ban nhân dân` wins over shorter prefixes.
 */
const TYPE_WORDS = [
  'Ủy ban nhân dân', 'Tổng cục', 'Chi cục', 'Văn phòng', 'Trung tâm', 'Sở', 'Bộ', 'Cục', 'Vụ', 'Viện', 'Ban', 'Phòng',
  'Trường', 'Học viện', 'Hội đồng',
].sort((a, b) => b.length - a.length);

/** Agencies named after their fields (`Sở Tài nguyên và Môi trường`): each field after `và` starts with a capital too. */
const FIELD_NAMED = new Set(['Sở', 'Bộ']);

const upperFirst = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/**
 * The issuer's name for running text: `SỞ KHOA HỌC VÀ CÔNG NGHỆ` → `Sở Khoa học và Công nghệ`. The plan gives the name
 * in upper case (for the header); this writes it the way Phụ lục II capitalises agency names. Names it cannot read
 * (no known type word, a place name inside) are returned as written, since a wrong lower case is worse than upper case.
 */
export function agencyNameInText(name: string): string {
  const text = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text !== text.toLocaleUpperCase('vi')) return text; // already written in normal case
  const lower = text.toLocaleLowerCase('vi');
  const type = TYPE_WORDS.find((t) => lower === t.toLocaleLowerCase('vi') || lower.startsWith(`${t.toLocaleLowerCase('vi')} `));
  if (!type) return text;
  const rest = lower.slice(type.length).trim();
  if (rest === '' ) return type;
  // A place or proper name (TỈNH BẮC GIANG, HUYỆN …) would need capitals we cannot know.
  if (/(^| )(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)( |$)/u.test(rest)) return text;
  const words = rest.split(' ');
  const out = words.map((word, i) => (i === 0 || (FIELD_NAMED.has(type) && words[i - 1] === 'và') ? upperFirst(word) : word));
  return `${type} ${out.join(' ')}`;
}

/**
 * A trích yếu inside a sentence (`… về tổ chức Hội nghị …`): the first letter in lower case, unless the first word is
 * an abbreviation (`KH&CN`, `UBND`) or a name the author capitalised throughout.
 */
export function summaryInText(summary: string): string {
  const text = summary.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
