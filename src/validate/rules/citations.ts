import { LetterPattern } from '../../text/letter-classes.js';
import { dateAt, type TextDate } from './dates-in-text.js';

/** A document cited in running text: "Quyết định số 183/QĐ-KHCN ngày 15/6/2018 của Giám đốc Sở KH&CN". */
export interface Citation {
  /** The kind as written: "Quyết định". */
  kind: string;
  /** "183/QĐ-KHCN" (trailing punctuation removed). */
  reference: string;
  /** Index of the reference in the text. */
  index: number;
  date?: TextDate;
  /** The words after the reference up to the end of the clause, to see whose document it is. */
  tail: string;
}

/** Kinds cited with a number, and the type abbreviation their ký hiệu must start with (Phụ lục III; NĐ/TT for legal texts). */
export const KIND_TYPES: Readonly<Record<string, string | null>> = {
  'Quyết định': 'QĐ',
  'Nghị định': 'NĐ',
  'Nghị quyết': 'NQ',
  'Thông tư liên tịch': 'TTLT',
  'Thông tư': 'TT',
  'Chỉ thị': 'CT',
  'Kế hoạch': 'KH',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Giấy mời': 'GM',
  'Báo cáo': 'BC',
  'Tờ trình': 'TTr',
  'Quy định': 'QyĐ',
  'Quy chế': 'QC',
  'Chương trình': 'CTr',
  'Đề án': 'ĐA',
  'Phương án': 'PA',
  'Dự án': 'DA',
  'Công điện': 'CĐ',
  // The Party's (HD 36-HD/VPTW): Số 01-KL/TW.
  'Kết luận': 'KL',
  // No type abbreviation: the ký hiệu starts with the agency.
  'Công văn': null,
  'Văn bản': null,
  'Luật': null,
  'Pháp lệnh': null,
};

/** The type abbreviations a cited kind may carry: its own, and for a Thông tư the joint one (TTLT) too. */
export const acceptedTypes = (kind: string): string[] => {
  const expected = KIND_TYPES[kind];
  if (!expected) return [];
  return kind === 'Thông tư' ? ['TT', 'TTLT'] : [expected];
};

/** Type abbreviations of Phụ lục III (administrative documents and copies), plus the legal-text types NĐ, TT, TTLT. */
export const TYPE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN',
  'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL', 'NĐ', 'TT', 'TTLT', 'KL',
]);

const KINDS = Object.keys(KIND_TYPES).sort((a, b) => b.length - a.length).join('|');
const CITED = new LetterPattern(({ L }) => String.raw`(?<![${L}])(${KINDS})\s+số\s+([^\s,;()]+)`, 'gu');

export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITED.for(text))) {
    const reference = m[2]!.replace(/[.:]+$/, '');
    const index = m.index + m[0].length - m[2]!.length;
    let after = index + reference.length;
    const gap = /\s+/y;
    gap.lastIndex = after;
    let date: TextDate | undefined;
    if (gap.exec(text)) {
      const found = dateAt(text, gap.lastIndex);
      if (found && /^ngày/iu.test(found.written)) {
        date = found;
        after = found.index + found.length;
      }
    }
    const tail = text.slice(after).split(/[;.]/)[0] ?? '';
    out.push({ kind: m[1]!, reference, index, ...(date ? { date } : {}), tail });
  }
  return out;
}

/** The documents cited in `text`, each with its number and ký hiệu parsed, the type its kind expects, and its span. */
export const citedIn = (text: string) =>
  findCitations(text).map((cited) => ({
    cited,
    ref: parseReference(cited.reference),
    expected: KIND_TYPES[cited.kind],
    span: { start: cited.index, length: cited.reference.length },
  }));

export interface Reference {
  number: string;
  year?: string;
  /** The ký hiệu's parts: the type first when it has one, then the agency and unit parts. */
  groups: string[];
  /** Written the Party's way (HD 36-HD/VPTW): `36-HD/VPTW`. */
  party?: boolean;
}

/**
 * "183/QĐ-KHCN" → { number: "183", groups: ["QĐ", "KHCN"] }; "30/2020/NĐ-CP" → { …, year: "2020" }; the Party's
 * "2297-KH/BDVTW" → { number: "2297", groups: ["KH", "BDVTW"], party: true }.
 */
export function parseReference(reference: string): Reference | undefined {
  const party = /^(\d+[A-Z]?)-([^/-]+)\/(.+)$/u.exec(reference);
  if (party) return { number: party[1]!, groups: [party[2]!, ...party[3]!.split('-')], party: true };
  // A letter after the number is a real form too: "Kế hoạch số 685A/KH-UBND".
  const m = /^(\d+[A-Z]?)(?:\/(\d{4}))?\/(.+)$/u.exec(reference);
  if (!m) return undefined;
  return { number: m[1]!, ...(m[2] ? { year: m[2] } : {}), groups: m[3]!.split('-') };
}

/** Whether `groups` (a ký hiệu's parts) read as `own` (issuer.abbreviation, itself perhaps `ĐHĐA-NCKH`) or start with it. */
export const startsWithAgency = (groups: readonly string[], own: string): boolean => {
  const text = groups.join('-');
  return text === own || text.startsWith(`${own}-`);
};
