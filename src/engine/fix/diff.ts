/**
 * A unified diff of two texts by lines (`--fix --dry-run`). Plans are a few hundred lines: the quadratic longest-common-
 * subsequence table is small; past MAX_CELLS the changed middle is shown whole instead.
 */
const MAX_CELLS = 4_000_000;
const CONTEXT = 2;

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', text: a[i]!, a: i, b: i });
  ops.push(...middle(midA, midB, head));
  for (let i = 0; i < tail; i++) ops.push({ kind: ' ', text: a[a.length - tail + i]!, a: a.length - tail + i, b: b.length - tail + i });
  return `--- ${name}\n+++ ${name}\n${hunks(ops).join('')}`;
}

function middle(a: string[], b: string[], offset: number): Op[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text, i) => ({ kind: '-' as const, text, a: offset + i, b: offset })), ...b.map((text, j) => ({ kind: '+' as const, text, a: offset + a.length, b: offset + j }))];
  }
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', text: a[i]!, a: offset + i++, b: offset + j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', text: a[i]!, a: offset + i++, b: offset + j });
    else ops.push({ kind: '+', text: b[j]!, a: offset + i, b: offset + j++ });
  }
  return ops;
}

function hunks(ops: Op[]): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k]!.kind === ' ') k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    // Extend while the next change is within two contexts of this one.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next++;
      if (next < ops.length && next - end <= CONTEXT * 2) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, stop);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${slice[0]!.a + 1},${aCount} +${slice[0]!.b + 1},${bCount} @@\n`);
    for (const o of slice) out.push(`${o.kind}${o.text.replace(/\r$/, '')}\n`);
    k = stop;
    start = stop;
  }
  return out;
}
