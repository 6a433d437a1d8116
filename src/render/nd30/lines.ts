import { textWidthMm } from './measure.js';

/**
 * Breaks centred header and title text into lines by measuring it, as a clerk would in Word: the fewest lines that fit,
 * then the most even ones (no word left alone on the last line), breaking at natural places. Never inside a place name
 * ("TỈNH / HẢI DƯƠNG" or "HẢI / DƯƠNG") or an organisation's name ("HỘI NÔNG / DÂN"), never before a number
 * ("năm / 2018") nor after a count ("6 / tháng"), and preferably not inside a two-syllable word ("NÔNG / NGHIỆP"). In an
 * agency name a break before a body ("BAN THƯỜNG VỤ / HỘI NÔNG DÂN …") is natural. The word processor would otherwise wrap at the last space that fits.
 */

/** Administrative levels and Party committees named after them: a break before one is the natural place. */
const LEVELS = [
  'thành phố', 'thị xã', 'thị trấn', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ', 'quận ủy',
  'quận uỷ', 'đảng ủy', 'đảng uỷ', 'tỉnh', 'huyện', 'quận', 'xã', 'phường',
].map((level) => level.split(' '));
/**
 * Names of organisations and of the people they stand for: a clerk never splits one ("HỘI NÔNG / DÂN"). A break inside
 * one is forbidden, like one inside a place name.
 */
const ORGANISATIONS = [
  'hội nông dân', 'hội liên hiệp phụ nữ', 'hội cựu chiến binh', 'mặt trận tổ quốc', 'đoàn thanh niên', 'nông dân',
  'công đoàn', 'thanh niên', 'phụ nữ', 'mặt trận', 'cựu chiến binh', 'chữ thập đỏ', 'thiếu niên', 'nhi đồng',
  'liên hiệp', 'thành đoàn', 'tỉnh đoàn', 'huyện đoàn', 'quận đoàn', 'dân vận', 'ủy ban', 'uỷ ban', 'nhân dân',
].map((name) => name.split(' '));
/**
 * Words that begin a body inside a longer name ("BAN THƯỜNG VỤ / HỘI NÔNG DÂN …", "… / SỞ Y TẾ"): in an upper-case
 * agency name a break before one is natural, unless the word closes a compound ("ỦY BAN", "XÃ HỘI").
 */
const BODIES = new Set(['ban', 'hội', 'sở', 'phòng', 'ủy', 'uỷ', 'trường', 'viện', 'trung', 'văn', 'đoàn', 'liên', 'công']);
/** The body words that only begin a body as the first word of a known name ("TRUNG TÂM", "VĂN PHÒNG", "CÔNG ĐOÀN"). */
const BODY_PAIRS = new Set(['trung tâm', 'văn phòng', 'liên đoàn', 'liên hiệp', 'công đoàn', 'ủy ban', 'uỷ ban']);

/**
 * Words of two syllables common in agency names and titles: breaking inside one reads badly. A penalty, not a ban, so an
 * unknown name still breaks somewhere.
 */
const COMPOUNDS = new Set([
  'ủy ban', 'uỷ ban', 'nhân dân', 'hội đồng', 'khoa học', 'công nghệ', 'nông nghiệp', 'phát triển', 'nông thôn', 'giáo dục',
  'đào tạo', 'đại học', 'cao đẳng', 'tài nguyên', 'môi trường', 'văn hóa', 'văn hoá', 'thể thao', 'du lịch', 'lao động',
  'thương binh', 'xã hội', 'kế hoạch', 'đầu tư', 'tài chính', 'xây dựng', 'giao thông', 'vận tải', 'công thương', 'y tế',
  'thông tin', 'truyền thông', 'nội vụ', 'tư pháp', 'hội nghị', 'hội thảo', 'tổng kết', 'sơ kết', 'tổ chức', 'thực hiện',
  'đảng bộ', 'chấp hành', 'trung ương', 'văn phòng', 'mặt trận', 'tổ quốc', 'việt nam', 'chính phủ', 'quốc hội',
  'cộng sản', 'thanh niên', 'phụ nữ', 'cựu chiến', 'chiến binh', 'nông dân', 'liên đoàn', 'công đoàn', 'hiệp hội',
  'trung tâm', 'học viện', 'quản lý', 'nghiên cứu', 'hoạt động', 'giao ban', 'triển khai', 'nhiệm vụ', 'kỷ niệm',
  'tuyên truyền', 'tuyên giáo', 'dân vận', 'kiểm tra', 'thi đua', 'khen thưởng', 'an ninh', 'quốc phòng', 'trật tự',
  'chuyển đổi', 'kỹ thuật', 'sinh viên', 'học sinh', 'giáo viên', 'bồi dưỡng', 'tập huấn', 'cán bộ', 'đảng viên',
  'tiến bộ', 'ứng dụng', 'thường vụ', 'thường trực', 'chủ tịch', 'bí thư', 'tuyên dương', 'biểu dương',
]);

const fold = (word: string): string => word.toLocaleLowerCase('vi');
const isNumber = (word: string): boolean => /^[\d(]/u.test(word);
/** A count that reads with the word after it ("6 tháng", "90 năm", "03 ngày"); a year or a date does not. */
const isCount = (word: string): boolean => /^\d{1,3}$/u.test(word);
const isCapitalised = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);

/** Where the level words are: [start, end) word indices, longest match first; "xã hội" is not a commune. */
function levelSpans(words: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const level = LEVELS.find((parts) => parts.every((part, k) => fold(words[i + k] ?? '') === part));
    if (!level || i + level.length >= words.length) continue;
    if (level.length === 1 && level[0] === 'xã' && fold(words[i + 1]!) === 'hội') continue;
    spans.push([i, i + level.length]);
    i += level.length - 1;
  }
  return spans;
}

/** Where the organisations' names are, longest first: [start, end) word indices. */
function organisationSpans(words: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const byLength = [...ORGANISATIONS].sort((a, b) => b.length - a.length);
  for (let i = 0; i < words.length; i++) {
    const name = byLength.find((parts) => parts.every((part, k) => fold(words[i + k] ?? '') === part));
    if (!name) continue;
    spans.push([i, i + name.length]);
    i += name.length - 1;
  }
  return spans;
}

/** Whether word `i` of an upper-case name begins a body ("HỘI …", "SỞ …", "TRUNG TÂM …") rather than closing a word. */
function beginsBody(words: readonly string[], i: number): boolean {
  const word = fold(words[i]!);
  if (!BODIES.has(word)) return false;
  if (COMPOUNDS.has(`${fold(words[i - 1]!)} ${word}`)) return false;
  if (['trung', 'văn', 'liên', 'công', 'ủy', 'uỷ'].includes(word)) return BODY_PAIRS.has(`${word} ${fold(words[i + 1] ?? '')}`);
  return true;
}

/** The cost of a break before word `i` (never 0): forbidden, costly, neutral or natural. */
function breakPenalty(words: readonly string[], spans: Spans, i: number, upperCase: boolean): number {
  if (isNumber(words[i]!)) return FORBIDDEN;
  if (isCount(words[i - 1]!)) return FORBIDDEN;
  if (spans.organisations.some(([start, end]) => start < i && i < end)) return FORBIDDEN;
  if (spans.levels.some(([start]) => start === i)) return NATURAL;
  if (spans.levels.some(([start, end]) => start < i && i < end)) return FORBIDDEN;
  // Inside the place name that follows a level word: in upper case up to the next level word, in mixed case while
  // the words are capitalised ("tỉnh Hải Dương năm 2018" may break before "năm").
  const last = spans.levels.filter(([, end]) => end <= i).at(-1);
  if (last && (upperCase || words.slice(last[1], i + 1).every(isCapitalised))) return FORBIDDEN;
  if (upperCase && beginsBody(words, i)) return BODY;
  if (COMPOUNDS.has(`${fold(words[i - 1]!)} ${fold(words[i]!)}`)) return COMPOUND;
  return 0;
}

const FORBIDDEN = 1e6;
const COMPOUND = 400;
const NATURAL = -300;
const BODY = -200;

interface Spans {
  levels: ReadonlyArray<[number, number]>;
  organisations: ReadonlyArray<[number, number]>;
}
/** A line that cannot fit at any break still has to be printed: far worse than any allowed layout. */
const OVERFULL = 1e9;

export interface Measure {
  sizePt: number;
  bold: boolean;
  /** The width lines may take, in mm. */
  widthMm: number;
}

/**
 * The lines of `text`, centred in `widthMm`. Text that fits stays one line. Every line is a run of whole words; the
 * first criterion is the number of lines, then the sum of break penalties and the squared slack of every line (even
 * lines in a centred block), so "năm 2018" never ends up alone.
 */
export function breakLines(text: string, measure: Measure): string[] {
  const words = text.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length <= 1) return words.length === 0 ? [''] : [words.join(' ')];
  const width = (from: number, to: number): number => textWidthMm(words.slice(from, to).join(' '), measure.sizePt, measure.bold);
  if (width(0, words.length) <= measure.widthMm) return [words.join(' ')];
  const upperCase = text === text.toLocaleUpperCase('vi');
  const spans: Spans = { levels: levelSpans(words), organisations: organisationSpans(words) };
  const n = words.length;
  // best[k][i]: the cheapest way to set words[0, i) in k lines.
  type Cell = { cost: number; from: number };
  const best: Cell[][] = [[{ cost: 0, from: -1 }, ...Array.from({ length: n }, () => ({ cost: Infinity, from: -1 }))]];
  for (let k = 1; k <= n; k++) {
    const row: Cell[] = Array.from({ length: n + 1 }, () => ({ cost: Infinity, from: -1 }));
    for (let i = 1; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const previous = best[k - 1]![j]!;
        if (previous.cost === Infinity) continue;
        const w = width(j, i);
        const slack = measure.widthMm - w;
        const lineCost = slack < 0 ? OVERFULL * (i - j > 1 ? 2 : 1) : slack * slack;
        const breakCost = j === 0 ? 0 : breakPenalty(words, spans, j, upperCase);
        const cost = previous.cost + lineCost + breakCost;
        if (cost < row[i]!.cost) row[i] = { cost, from: j };
      }
    }
    best.push(row);
    // The fewest lines with no overfull line and no forbidden break win.
    if (row[n]!.cost < FORBIDDEN) return trace(best, words, k);
  }
  // Nothing clean: the cheapest over any number of lines.
  let bestK = 1;
  for (let k = 1; k <= n; k++) if (best[k]![n]!.cost < best[bestK]![n]!.cost) bestK = k;
  return trace(best, words, bestK);
}

function trace(best: { cost: number; from: number }[][], words: readonly string[], lines: number): string[] {
  const out: string[] = [];
  let end = words.length;
  for (let k = lines; k >= 1; k--) {
    const from = best[k]![end]!.from;
    out.unshift(words.slice(from, end).join(' '));
    end = from;
  }
  return out;
}

/** Author-given lines (`|` in the plan), each still broken if it does not fit. */
export function breakGivenLines(lines: readonly string[], measure: Measure): string[] {
  return lines.flatMap((line) => breakLines(line, measure));
}
