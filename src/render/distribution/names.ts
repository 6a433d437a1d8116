/**
 * A trích yếu inside a sentence (`… về tổ chức Hội nghị …`): the first letter in lower case, unless the first word is
 * an abbreviation (`KH&CN`, `UBND`) or a name the author capitalised throughout.
 */
export function summaryInText(summary: string): string {
  // The sentence already says "về …": a trích yếu "Về việc tổ chức …" or "V/v tổ chức …" is cited as "việc tổ chức …".
  const text = summary.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/^(?:về\s+(?=việc\s)|v\/v\s+)/iu, '');
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
