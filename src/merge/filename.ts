import type { Invitee } from '../model/source.js';
import { foldDiacritics } from '../text/fold.js';

/** Longest slug part of a letter's file name (the number and extension come on top). */
export const MAX_SLUG_LENGTH = 60;
const FALLBACK_SLUG = 'khach-moi';
const EXTENSION = '.docx';

/** ASCII slug: diacritics folded, lower case, `&` and anything but [a-z0-9] as single dashes, bounded length. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // Prefer ending on a whole word, unless that throws away too much.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * File name for one invitee's letter, e.g. `001-hoi-dong-khcn-so-y-te.docx`: the running number padded to
 * the width of `total` (at least 3 digits), then a slug of the name, else of the organisation, else
 * `khach-moi`. The result is safe on Windows, macOS and Linux (no separators, no reserved names), unique
 * in `used` ignoring case (`-2`, `-3`… are added), and is added to `used`.
 */
export function letterFileName(index: number, invitee: Invitee, used: Set<string>, total?: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`letter index must be a non-negative integer: ${index}`);
  const width = Math.max(3, String(Math.max(index, total ?? 0)).length);
  const number = String(index).padStart(width, '0');
  const slug =
    [invitee.name, invitee.organization].map((text) => slugify(text ?? '')).find((s) => s !== '') ?? FALLBACK_SLUG;
  // Starting with the number, the name is never empty, `.`, `..` or a Windows device name (write/file-names.ts).
  const base = `${number}-${slug}`;

  const taken = lowerCased(used);
  let name = `${base}${EXTENSION}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${EXTENSION}`;
  used.add(name);
  taken.add(name.toLowerCase());
  mirrors.set(used, { size: used.size, lower: taken });
  return name;
}

/** Whether `name` is a letter's file name as {@link letterFileName} makes them, or the PDF made of one. */
export const isLetterFileName = (name: string): boolean => /^\d{3,}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:docx|pdf)$/.test(name);

/** `used` in lower case, cached per set and refreshed when the set changed size, so a batch stays linear. */
const mirrors = new WeakMap<Set<string>, { size: number; lower: Set<string> }>();
function lowerCased(used: Set<string>): Set<string> {
  let mirror = mirrors.get(used);
  if (mirror === undefined || mirror.size !== used.size) {
    mirror = { size: used.size, lower: new Set([...used].map((u) => u.toLowerCase())) };
    mirrors.set(used, mirror);
  }
  return mirror.lower;
}
