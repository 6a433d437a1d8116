/**
 * Common abbreviations in administrative texts with their full forms, as agencies write them
 * (KH&CN = Khoa học và Công nghệ, …). ND30 has no national list; these are the usual forms.
 */
export interface Abbreviation {
  abbr: string;
  /** Full forms as written inside names (capitalised as in "Sở Khoa học và Công nghệ"). */
  full: string[];
}

export const GLOSSARY: readonly Abbreviation[] = [
  { abbr: 'KH&CN', full: ['Khoa học và Công nghệ'] },
  { abbr: 'UBND', full: ['Ủy ban nhân dân', 'Uỷ ban nhân dân'] },
  { abbr: 'HĐND', full: ['Hội đồng nhân dân'] },
  { abbr: 'KT-XH', full: ['kinh tế - xã hội', 'Kinh tế - Xã hội'] },
  { abbr: 'NN&PTNT', full: ['Nông nghiệp và Phát triển nông thôn'] },
  { abbr: 'TT&TT', full: ['Thông tin và Truyền thông'] },
  { abbr: 'GD&ĐT', full: ['Giáo dục và Đào tạo'] },
  { abbr: 'LĐ-TB&XH', full: ['Lao động - Thương binh và Xã hội'] },
  { abbr: 'VH-TT&DL', full: ['Văn hóa, Thể thao và Du lịch', 'Văn hoá, Thể thao và Du lịch'] },
  { abbr: 'TN&MT', full: ['Tài nguyên và Môi trường'] },
  { abbr: 'KH&ĐT', full: ['Kế hoạch và Đầu tư'] },
  { abbr: 'GTVT', full: ['Giao thông vận tải'] },
];

/** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → ["sở khoa học và công nghệ", "sở kh&cn"]: the ways running text names the issuer. */
export function issuerForms(name: string): string[] {
  const lower = name.normalize('NFC').toLowerCase();
  const forms = new Set([lower]);
  for (const { abbr, full } of GLOSSARY) {
    for (const f of full) {
      const key = f.toLowerCase();
      if (lower.includes(key)) forms.add(lower.replace(key, abbr.toLowerCase()));
    }
  }
  return [...forms];
}
