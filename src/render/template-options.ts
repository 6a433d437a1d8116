import { TEMPLATE_HELPERS } from './template-helpers.js';

/**
 * How every wording template is compiled, at load time or ahead of time (see precompile.ts): strict (a misspelt field
 * is an error with its line), noEscape (docx escapes XML itself), and only our helpers.
 */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((k) => [k, true])),
} as const;

/** A template file's text as it is compiled: without a BOM, in NFC (Windows tools may save either). */
export const templateSourceText = (raw: string): string => raw.replace(/^\uFEFF/, '').normalize('NFC');
