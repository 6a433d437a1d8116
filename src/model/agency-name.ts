import type { PlanSource } from './source.js';

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
 * `SỞ KHOA HỌC VÀ CÔNG NGHỆ` → `Sở Khoa học và Công nghệ` by Phụ lục II's rule for agency names. Names it cannot read
 * (no known type word, a place name inside) are returned as written: a wrong lower case is worse than upper case.
 */
export function agencyNameByRule(name: string): string {
  const text = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text !== text.toLocaleUpperCase('vi')) return text; // already written in normal case
  const lower = text.toLocaleLowerCase('vi');
  const type = TYPE_WORDS.find((t) => lower === t.toLocaleLowerCase('vi') || lower.startsWith(`${t.toLocaleLowerCase('vi')} `));
  if (!type) return text;
  const rest = lower.slice(type.length).trim();
  if (rest === '') return type;
  // A place or proper name (TỈNH BẮC GIANG, HUYỆN …) would need capitals we cannot know.
  if (/(^| )(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)( |$)/u.test(rest)) return text;
  const words = rest.split(' ');
  const out = words.map((word, i) => (i === 0 || (FIELD_NAMED.has(type) && words[i - 1] === 'và') ? upperFirst(word) : word));
  return `${type} ${out.join(' ')}`;
}

/**
 * The issuing agency's name in running text ("Sở Khoa học và Công nghệ trân trọng kính mời"): as the clerk wrote it in
 * `issuer.nameInText`; else the same name as it appears in the plan's own sentences (venue, chair, funding …);
 * else by Phụ lục II's rule.
 */
export function agencyNameInText(source: PlanSource): string {
  if (source.issuer.nameInText) return source.issuer.nameInText;
  const upper = source.issuer.name.trim().replace(/\s+/g, ' ');
  const key = upper.toLocaleLowerCase('vi');
  const texts = [
    source.venue?.name, source.venue?.address, source.invitations?.chair, source.funding?.source, source.intro,
    ...(source.purpose ?? []), ...(source.content?.items ?? []), ...(source.responsibilities ?? []).map((r) => r.text),
  ];
  for (const text of texts) {
    if (!text) continue;
    const normal = text.replace(/\s+/g, ' ');
    const at = normal.toLocaleLowerCase('vi').indexOf(key);
    if (at >= 0) {
      const found = normal.slice(at, at + upper.length);
      if (found !== upper) return found;
    }
  }
  return agencyNameByRule(upper);
}
