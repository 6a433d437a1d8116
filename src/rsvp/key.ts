import type { Invitee } from '../model/plan.js';
import { foldDiacritics } from '../text/fold.js';
import { levenshtein } from '../validate/nearest.js';

/** Lower-case ASCII words joined by `-`: `Hội đồng KH&CN Sở Y tế` → `hoi-dong-kh-cn-so-y-te`. */
export const slug = (text: string | undefined): string =>
  foldDiacritics((text ?? '').normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * The stable key of an invitee in the replies file: the slug of the organisation, then `/` and the slug of the person's
 * name when there is one (`so-y-te/nguyen-van-an`). Position, salutation, title, e-mail and group are left out, so the
 * key survives new rows, a new order and a promotion; a corrected spelling changes it a little, and the loader
 * re-matches it (see `reconcile`). The same organisation and name twice get `~2`, `~3` in list order.
 */
export function inviteeKeys(invitees: readonly Invitee[]): string[] {
  const seen = new Map<string, number>();
  return invitees.map((invitee) => {
    const base = [slug(invitee.organization), slug(invitee.name)].filter(Boolean).join('/') || 'khach-moi';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}

/**
 * How far a stored key may be from an invitee's key and still be taken for the same invitee: a few letters (a
 * corrected diacritic folds away; a typo such as `Lang Giang` → `Lạng Giang` is 0 edits, `Sơn Động` → `Sơn Đông` too;
 * `Nguyễn Văn Anh` → `Nguyễn Văn An` is 1). A fifth of the key's length, at least 2.
 */
export const closeEnough = (a: string, b: string): boolean => levenshtein(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 5));

/** Words of a text for matching what the clerk typed: folded, lower case, letters and digits only. */
export const matchWords = (text: string): string[] => slug(text).split('-').filter(Boolean);
