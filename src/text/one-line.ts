import { XML_FORBIDDEN } from './control-characters.js';

/** A data value as one line of document text: NFC, XML-forbidden characters removed, white space runs as one space. */
export function oneLineText(text: string | undefined): string {
  if (text === undefined) return '';
  return text.normalize('NFC').replace(XML_FORBIDDEN, '').replace(/\s+/gu, ' ').trim();
}
