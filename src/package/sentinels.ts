// The mail merge's placeholders: the invitation renderer writes them, src/merge/fill.ts replaces them in the DOCX.

/**
 * Unique tokens standing for the invitee-specific text while the letter is rendered once. They are framed by
 * private-use characters, which no keyboard types and no Vietnamese text contains, and which neither Handlebars,
 * the line language nor docx's XML escaping changes.
 */
export const SENTINEL = {
  recipient: '\uE000RECIPIENT\uE001',
  number: '\uE000NUMBER\uE001',
} as const;
export type Slot = keyof typeof SENTINEL;
export const SENTINEL_PREFIX = '\uE000';
