export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The contenders in a different order each round, so none always runs first (cold) or after the same neighbour. */
export function rotate(names, round) {
  const k = round % names.length;
  const order = [...names.slice(k), ...names.slice(0, k)];
  return Math.floor(round / names.length) % 2 ? order.reverse() : order;
}

/** A plain-text table with columns padded to their widest cell. */
export function table(head, rows) {
  const all = [head, ...rows];
  const width = head.map((_, c) => Math.max(...all.map((r) => [...String(r[c])].length)));
  const line = (r) => r.map((cell, c) => String(cell).padEnd(width[c] + (String(cell).length - [...String(cell)].length))).join('  ').trimEnd();
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
