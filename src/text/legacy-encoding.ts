/**
 * Text typed with the old Vietnamese fonts (.VnTime: TCVN3, the ABC code; VNI-Times: VNI) and pasted as if it were
 * Unicode reads "ngµy th¸ng n¨m" or "ngaøy thaùng naêm". Both put Latin-1 letters and signs where Vietnamese has none.
 */

/** TCVN3 (TCVN 5712:1993, the ABC code) byte → the Unicode letter it stands for. Upper-case fonts reuse these codes. */
const TCVN3: Record<string, string> = {
  '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ',
  '¨': 'ă', '©': 'â', 'ª': 'ê', '«': 'ô', '¬': 'ơ', '\u00AD': 'ư', '®': 'đ',
  'µ': 'à', '¶': 'ả', '·': 'ã', '¸': 'á', '¹': 'ạ',
  '»': 'ằ', '¼': 'ẳ', '½': 'ẵ', '¾': 'ắ', 'Æ': 'ặ',
  'Ç': 'ầ', 'È': 'ẩ', 'É': 'ẫ', 'Ê': 'ấ', 'Ë': 'ậ',
  'Ì': 'è', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ð': 'é', 'Ñ': 'ẹ',
  'Ò': 'ề', 'Ó': 'ể', 'Ô': 'ễ', 'Õ': 'ế', 'Ö': 'ệ',
  '×': 'ì', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Ý': 'í', 'Þ': 'ị',
  'ß': 'ò', 'á': 'ỏ', 'â': 'õ', 'ã': 'ó', 'ä': 'ọ',
  'å': 'ồ', 'æ': 'ổ', 'ç': 'ỗ', 'è': 'ố', 'é': 'ộ',
  'ê': 'ờ', 'ë': 'ở', 'ì': 'ỡ', 'í': 'ớ', 'î': 'ợ',
  'ï': 'ù', 'ñ': 'ủ', 'ò': 'ũ', 'ó': 'ú', 'ô': 'ụ',
  'õ': 'ừ', 'ö': 'ử', '÷': 'ữ', 'ø': 'ứ', 'ù': 'ự',
  'ú': 'ỳ', 'û': 'ỷ', 'ü': 'ỹ', 'ý': 'ý', 'þ': 'ỵ',
};

/**
 * Signs that only TCVN3 text puts against a letter (never VNI, never Vietnamese Unicode): "ngµy", "®ång". The
 * guillemets count only between two letters ("c«ng"), as «Phòng» is a quotation; ², °, º are left out (m², 25°C).
 */
const SIGN = '¡-§¨©ª¬\u00AD®µ¶·¸¹¼½¾Æ×';
const TCVN3_ONLY = new RegExp(`\\p{L}[«»]\\p{L}|\\p{L}[${SIGN}]|[${SIGN}]\\p{L}`, 'u');
/**
 * Latin-1 letters Vietnamese never uses, inside a word: VNI's tone and vowel marks (ø ù û õ ï ä ë ö ñ …) or TCVN3's.
 * The letters Vietnamese shares with Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals) are left out.
 */
const FOREIGN_LETTER = /[\p{L}][ÄÅÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþ]|[ÄÅÇËÎÏÐÑÖØÛÜÞßäåæçëîïñöøûüþ][\p{L}]/u;

/** TCVN3's tones on small letters are Latin-1 capitals ("kÕt", "ViÖt"); VNI's marks on small letters are small. */
const TCVN3_CAPITAL_TONE = /\p{Ll}[\u00C0-\u00DE]/u;

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The old code the text seems typed in, or undefined for Unicode text. */
export function legacyEncoding(text: string): LegacyEncoding | undefined {
  if (TCVN3_ONLY.test(text) || TCVN3_CAPITAL_TONE.test(text)) return 'tcvn3';
  if (FOREIGN_LETTER.test(text)) return 'vni';
  return undefined;
}

const convert = (text: string): string => [...text].map((ch) => TCVN3[ch] ?? ch).join('').normalize('NFC');

/** Letters only Unicode text has (ă đ ơ ư and the precomposed tones): TCVN3 read as Latin-1 never shows them. */
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;
/** A word as TCVN3 text pastes it: letters and the signs that stand for letters ("c«ng", "®ång"). */
const WORD = new RegExp(`[\\p{L}${SIGN}«»÷]+`, 'gu');

/**
 * TCVN3 text read as Latin-1, in Unicode: "ngµy 05 th¸ng 7" → "ngày 05 tháng 7". A line that is partly Unicode already
 * ("Hội nghị tæng kÕt") keeps its Unicode words: only the words that read as TCVN3 are converted, since Unicode's own
 * á, é, ó … are other letters in TCVN3 and converting them would spoil words that were right.
 */
export const fromTcvn3 = (text: string): string =>
  UNICODE_ONLY.test(text) ? text.replace(WORD, (word) => (tcvn3Word(word) ? convert(word) : word)) : convert(text);

const tcvn3Word = (word: string): boolean => legacyEncoding(word) !== undefined;
