/**
 * A trích yếu inside a sentence (`… về tổ chức Hội nghị …`): the first letter in lower case, unless the first word is
 * an abbreviation (`KH&CN`, `UBND`) or a name the author capitalised throughout.
 */
export function summaryInText(summary: string): string {
  const text = summary.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
