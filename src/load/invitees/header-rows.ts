import type { Cell, GridRow } from './grid.js';
import { headerKey } from './fold.js';
import { isKnownHeader, matchHeader, type HeaderMatch } from './headers.js';

const normalise = (text: string): string => text.normalize('NFC').trim();
const text = (cell: Cell | undefined): string => (cell ? normalise(cell.value) : '');
const known = (t: string): boolean => t !== '' && isKnownHeader(t);
const same = (a: string, b: string): boolean => a !== '' && headerKey(a) === headerKey(b);

/** One column of the header as read: its display name (“Liên hệ / Email” for two rows), what it maps to, its cell. */
export interface HeaderColumn {
  name: string;
  match: HeaderMatch;
  cell: Cell;
}

export type HeaderLayout =
  | { ok: true; columns: (HeaderColumn | undefined)[]; lastLine: number; twoRows: boolean }
  /** A field's header split over several sub-columns (“Họ và tên” over “Họ đệm”, “Tên”): which one, where. */
  | { ok: false; header: string; cell: Cell; second: GridRow };

/**
 * The header of an invitee table, one row or two. Excel tables often group columns under a merged cell (“Liên hệ” over
 * “Email” and “Địa chỉ”) and merge the other headers down over both rows; exceljs then repeats the merged text in every
 * cell of the merge, a CSV leaves them empty. The row under the header is its second row when it holds header words
 * (known headers, or the header above repeated) and nothing else but sub-headers under a group label: a data row has
 * values under “Họ và tên” or “Đơn vị”, which no header row has.
 */
export function readHeaderRows(header: GridRow, next: GridRow | undefined): HeaderLayout {
  const parents = parentTexts(header);
  const second = next && isSecondHeaderRow(next, parents) ? next : undefined;
  const columns: (HeaderColumn | undefined)[] = [];
  const width = Math.max(header.cells.length, second?.cells.length ?? 0);
  const children = new Map<string, Set<string>>();
  for (let i = 0; i < width; i++) {
    const childCell = second?.cells[i];
    const child = text(childCell);
    // Under a horizontal merge only a sub-header takes the text on the left; an empty header cell stays empty.
    const parent = child !== '' ? (parents[i] ?? '') : text(header.cells[i]);
    const cell = header.cells[i] ?? childCell;
    if (cell === undefined) continue;
    if (child === '' || same(child, parent)) {
      if (parent !== '') columns[i] = { name: parent, match: matchHeader(parent), cell };
      else if (text(cell) === '') columns[i] = { name: '', match: { kind: 'empty' }, cell };
      continue;
    }
    if (parent === '') {
      columns[i] = { name: child, match: matchHeader(child), cell: childCell! };
      continue;
    }
    const own = matchHeader(child);
    const together = matchHeader(`${parent} ${child}`);
    const match = own.kind === 'field' || own.kind === 'ignored' ? own : together.kind === 'field' ? together : own;
    columns[i] = { name: `${parent} / ${child}`, match, cell: childCell! };
    children.set(parent, (children.get(parent) ?? new Set()).add(headerKey(child)));
  }
  // A field's own header over two different sub-headers cannot be read as one column: the clerk must say which.
  for (const [parent, subs] of children) {
    if (matchHeader(parent).kind === 'field' && subs.size > 1) {
      const at = header.cells.find((c) => same(text(c), parent))!;
      return { ok: false, header: parent, cell: at, second: second! };
    }
  }
  return { ok: true, columns, lastLine: (second ?? header).line, twoRows: second !== undefined };
}

/** Each column's header text, a cell left empty by a horizontal merge taking the text on its left. */
function parentTexts(header: GridRow): string[] {
  const out: string[] = [];
  let carried = '';
  for (let i = 0; i < header.cells.length; i++) {
    const own = text(header.cells[i]);
    carried = own !== '' ? own : carried;
    out[i] = carried;
  }
  return out;
}

function isSecondHeaderRow(row: GridRow, parents: readonly string[]): boolean {
  let headerWords = 0;
  let values = 0;
  for (const [i, cell] of row.cells.entries()) {
    const t = text(cell);
    if (t === '' && !cell?.mailto) continue;
    if (cell?.mailto) return false;
    const parent = parents[i] ?? '';
    if (same(t, parent) || known(t)) headerWords++;
    else if (parent === '' || known(parent)) values++; // a value under a field's header, as in a data row
  }
  // One odd sub-header (“Họ đệm” beside “Tên”) among header words is still a header row; a data row has no header words.
  return headerWords > 0 && (values === 0 || headerWords >= 2 * values);
}

/**
 * A row after the header that only repeats header words (a header repeated on every printed page, or a header row
 * that could not be told apart): never an invitee.
 */
export function repeatsHeader(row: GridRow, columns: readonly (HeaderColumn | undefined)[]): boolean {
  let words = 0;
  for (const [i, cell] of row.cells.entries()) {
    const t = text(cell);
    if (t === '') continue;
    const column = columns[i];
    const name = column?.name ?? '';
    const parts = name.split(' / ');
    if (parts.some((p) => same(t, p)) || known(t)) words++;
    else return false;
  }
  return words >= 2;
}
