import { foldDiacritics } from '../text/fold.js';

/** Where an invitee stands: coming, not coming, sending someone in their place, or not heard from yet. */
export type ReplyStatus = 'coming' | 'not-coming' | 'delegate' | 'no-reply';
/** How the reply came. */
export type ReplyVia = 'phone' | 'email' | 'letter' | 'in-person';

export const STATUSES: readonly ReplyStatus[] = ['coming', 'not-coming', 'delegate', 'no-reply'];
export const VIAS: readonly ReplyVia[] = ['phone', 'email', 'letter', 'in-person'];

/** The words written in the replies file (what the clerk types in Excel). The first is the one we write. */
const STATUS_WORDS: Record<ReplyStatus, readonly string[]> = {
  coming: ['dự', 'có dự', 'tham dự', 'coming', 'yes'],
  'not-coming': ['không dự', 'vắng', 'không tham dự', 'not coming', 'no'],
  delegate: ['cử người dự', 'cử người dự thay', 'cử người', 'ủy quyền', 'delegate'],
  'no-reply': ['chưa trả lời', 'chưa', '', 'no reply'],
};
const VIA_WORDS: Record<ReplyVia, readonly string[]> = {
  phone: ['điện thoại', 'đt', 'phone', 'gọi'],
  email: ['email', 'e-mail', 'thư điện tử', 'mail'],
  letter: ['công văn', 'văn bản', 'thư', 'giấy', 'letter'],
  'in-person': ['trực tiếp', 'gặp', 'in person', 'in-person'],
};

/** Case, diacritics, punctuation and spacing do not count: "Không dự", "khong du", "KHÔNG  DỰ." are one word. */
export const wordKey = (text: string): string =>
  foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function lookup<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of list) if (!map.has(wordKey(word))) map.set(wordKey(word), value);
  }
  return map;
}
const STATUS_BY_WORD = lookup(STATUS_WORDS);
const VIA_BY_WORD = lookup(VIA_WORDS);

export const parseStatus = (text: string): ReplyStatus | undefined => STATUS_BY_WORD.get(wordKey(text));
export const parseVia = (text: string): ReplyVia | undefined => VIA_BY_WORD.get(wordKey(text));
export const statusWord = (status: ReplyStatus): string => STATUS_WORDS[status][0]!;
export const viaWord = (via: ReplyVia): string => VIA_WORDS[via][0]!;
/** The accepted spellings, for a message saying what to write instead. */
export const statusWords = (): string => STATUSES.map(statusWord).map((w) => `“${w}”`).join(', ');
export const viaWords = (): string => VIAS.map(viaWord).map((w) => `“${w}”`).join(', ');
