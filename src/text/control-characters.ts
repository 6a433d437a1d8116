/**
 * Characters XML 1.0 forbids (C0 controls but tab and newline, lone surrogates, U+FFFE/FFFF) arrive in text pasted
 * from PDFs; Word refuses a document that contains them, so loaders remove them, with a warning.
 */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `U+000B`: how a warning names the character. */
export const codePointLabel = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
