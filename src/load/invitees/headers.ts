import type { Invitee } from '../../model/source.js';
import { headerKey } from './fold.js';

export type InviteeField = keyof Invitee;

/**
 * Headers a clerk may write, as written (display form, used in suggestions). Matching ignores case,
 * diacritics and punctuation, so "HỌ VÀ TÊN", "Ho va ten" and "Họ & tên" all match.
 */
const ALIASES: Record<InviteeField, readonly string[]> = {
  name: ['Họ và tên', 'Họ tên', 'Tên', 'Họ và tên người được mời', 'Name', 'Full name', 'Fullname'],
  salutation: ['Danh xưng', 'Xưng hô', 'Salutation'],
  title: ['Chức vụ', 'Chức danh', 'Title', 'Position', 'Job title'],
  organization: [
    'Đơn vị',
    'Cơ quan',
    'Cơ quan, đơn vị',
    'Đơn vị công tác',
    'Tên đơn vị',
    'Tên cơ quan',
    'Organization',
    'Organisation',
  ],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email'],
  address: ['Địa chỉ', 'Địa chỉ gửi', 'Address'],
  phone: ['Điện thoại', 'Số điện thoại', 'ĐT', 'SĐT', 'Di động', 'Phone', 'Tel'],
  group: ['Nhóm', 'Mã nhóm', 'Nhóm thành phần', 'Group'],
};

/** Columns clerks add that carry nothing for a letter: the running number. Recognised, then ignored. */
const IGNORED = ['STT', 'TT', 'Số thứ tự', 'No', 'No.', '#'];

let byKey: Map<string, InviteeField | null> | undefined;

/** The headers by their keys, made when a first data file is read (a plan listing its invitees inline has none). */
function headersByKey(): Map<string, InviteeField | null> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [field, names] of Object.entries(ALIASES) as [InviteeField, readonly string[]][]) {
    for (const name of names) byKey.set(headerKey(name), field);
  }
  for (const name of IGNORED) byKey.set(headerKey(name), null);
  return byKey;
}

export type HeaderMatch =
  | { kind: 'field'; field: InviteeField }
  | { kind: 'ignored' }
  | { kind: 'empty' }
  | { kind: 'unknown'; suggestion?: string };

export function matchHeader(header: string): HeaderMatch {
  const key = headerKey(header);
  if (key === '') return header.trim() === '' ? { kind: 'empty' } : { kind: 'ignored' }; // "#" and the like
  const field = headersByKey().get(key);
  if (field === null) return { kind: 'ignored' };
  if (field !== undefined) return { kind: 'field', field };
  const suggestion = nearestHeader(key);
  return suggestion === undefined ? { kind: 'unknown' } : { kind: 'unknown', suggestion };
}

/**
 * Whether `text` is a header we know (a field's or an ignored one), without looking for a suggestion: asked of the
 * first cells of every data row (header-rows.ts), where the typo search cost more than the rest of the reading.
 */
export function isKnownHeader(text: string): boolean {
  const key = headerKey(text);
  return key === '' ? text.trim() !== '' : headersByKey().has(key);
}

let aliasKeys: { name: string; key: string }[] | undefined;

/** The closest known header by edit distance on folded keys, when close enough to be a typo. */
function nearestHeader(key: string): string | undefined {
  aliasKeys ??= Object.values(ALIASES).flatMap((names) => names.map((name) => ({ name, key: headerKey(name) })));
  let best: { name: string; distance: number } | undefined;
  for (const alias of aliasKeys) {
    const distance = editDistance(key, alias.key);
    if (best === undefined || distance < best.distance) best = { name: alias.name, distance };
  }
  if (best === undefined) return undefined;
  // Short headers are too easy to confuse ("Tel" is one letter from "Tên"): suggest only from 4 letters.
  const allowed = key.length <= 3 ? 0 : key.length <= 5 ? 1 : key.length <= 9 ? 2 : 3;
  return best.distance > 0 && best.distance <= allowed ? best.name : undefined;
}

/** Edit distance where swapping two neighbouring letters ("Emial") counts as one edit. */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
