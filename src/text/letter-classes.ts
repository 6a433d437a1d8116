/**
 * Regular expressions over letters and digits that compile fast for Vietnamese text.
 *
 * V8 compiles a Unicode property class such as \p{L} slowly: hundreds of ranges, the astral ones as surrogate pairs,
 * 0.5–5 ms per expression on its first run. `plan check` runs in a fresh process on every save, so it pays that every
 * time. Vietnamese text is written with a few Unicode blocks (LATIN_TEXT); over those blocks, the classes below hold
 * exactly the characters \p{L}, \p{Lu}, \p{N} and \p{M} hold, in a few ranges, and compile ten times faster. A text with
 * any other character is matched with the \p{…} classes themselves, so every text gets the same matches either way
 * (tests/text/letter-classes.test.ts checks each character of those blocks).
 */

/**
 * Basic Latin to Latin Extended-B, the combining diacritics (but U+0345, which case-folds to the Greek letter ι),
 * Latin Extended Additional (ạ … ỹ), General Punctuation and the currency signs (₫). No surrogates: no astral character.
 */
const LATIN_TEXT = /^[\0-\u024F\u0300-\u0344\u0346-\u036F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF]*$/;

/** The contents of character classes, to be written inside brackets: `[${L}]`, `[${L}${N}&]`. */
export interface LetterClasses {
  /** Letters, \p{L}. */
  readonly L: string;
  /** Upper-case letters, \p{Lu}; not with the i flag (there it would also match µ, for the Greek Μ). */
  readonly Lu: string;
  /** Numbers, \p{N}. */
  readonly N: string;
  /** Combining marks, \p{M}. */
  readonly M: string;
}

export const UNICODE_CLASSES: LetterClasses = { L: '\\p{L}', Lu: '\\p{Lu}', N: '\\p{N}', M: '\\p{M}' };

/** The classes over LATIN_TEXT. The letters of each block are written out; the test proves them equal to \p{…}. */
export const LATIN_CLASSES: LetterClasses = {
  L: 'A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ',
  // In Latin Extended, upper and lower case alternate.
  Lu: [
    'A-ZÀ-ÖØ-Þ',
    'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ',
    'ƁƂƄƆƇƉ-ƋƎ-ƑƓƔƖ-ƘƜƝƟƠƢƤƦƧƩƬƮƯƱ-ƳƵƷƸƼǄǇǊǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǴǶ-ǸǺǼǾȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃ-ɆɈɊɌɎ',
    'ḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼṾẀẂẄẆẈẊẌẎẐẒẔẞ',
    'ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾ',
  ].join(''),
  N: '0-9²³¹¼-¾',
  M: '\\u0300-\\u0344\\u0346-\\u036F',
};

/** Whether `text` holds only characters of the blocks the fast classes cover. */
export const isLatinText = (text: string): boolean => LATIN_TEXT.test(text);

/**
 * One regular expression, written once with the classes it is given and compiled in two ways: with the fast classes
 * for Latin text, with \p{…} for any other. `for(text)` gives the one to match `text` with (the whole string the
 * expression will look at, lookbehinds included). Neither is compiled before it is needed.
 *
 * ```ts
 * const WORD = new LetterPattern(({ L }) => String.raw`[${L}]+`, 'gu');
 * for (const m of text.matchAll(WORD.for(text))) …
 * ```
 */
export class LetterPattern {
  readonly #source: (classes: LetterClasses) => string;
  readonly #flags: string;
  #latin: RegExp | undefined;
  #unicode: RegExp | undefined;

  constructor(source: (classes: LetterClasses) => string, flags: string) {
    this.#source = source;
    this.#flags = flags;
  }

  for(text: string): RegExp {
    if (isLatinText(text)) return (this.#latin ??= new RegExp(this.#source(LATIN_CLASSES), this.#flags));
    return (this.#unicode ??= new RegExp(this.#source(UNICODE_CLASSES), this.#flags));
  }
}

const NON_LETTERS = new LetterPattern(({ L }) => `[^${L}]+`, 'gu');

/** `text` with its letters (\p{L}) only. */
export const lettersOnly = (text: string): string => text.replace(NON_LETTERS.for(text), '');
