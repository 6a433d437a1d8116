const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', ' nghìn', ' triệu', ' tỷ', ' nghìn tỷ', ' triệu tỷ'];

/** Reads a three-digit group the way Vietnamese amounts are written ("một trăm linh năm", "hai mươi mốt"). */
function readGroup(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(`${DIGITS[hundreds]} trăm`);
  if (tens > 1) {
    words.push(`${DIGITS[tens]} mươi`);
    if (ones === 1) words.push('mốt');
    else if (ones === 4) words.push('tư');
    else if (ones === 5) words.push('lăm');
    else if (ones > 0) words.push(DIGITS[ones]!);
  } else if (tens === 1) {
    words.push('mười');
    if (ones === 5) words.push('lăm');
    else if (ones > 0) words.push(DIGITS[ones]!);
  } else if (ones > 0) {
    if (words.length > 0) words.push('linh');
    words.push(DIGITS[ones]!);
  }
  return words.join(' ');
}

/** 15500000 → "Mười lăm triệu năm trăm nghìn đồng". */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not a whole amount: ${amount}`);
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    parts.push(readGroup(group, i < groups.length - 1) + GROUPS[i]);
  }
  const text = parts.join(' ') + ' đồng';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 15500000 → "15.500.000" (Vietnamese thousands separator). */
export const formatAmount = (amount: number): string => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
