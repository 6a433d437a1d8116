const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML character data exactly as docx does it: the mail merge writes values into a letter docx
 * rendered, and a filled letter must equal, byte for byte, the one docx renders itself.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
