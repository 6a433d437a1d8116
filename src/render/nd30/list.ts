import { Paragraph, TextRun, type FileChild, type Table } from 'docx';
import { dataTable, type DataTableOptions } from './body.js';
import { centred } from './header.js';
import { resolvePage, type PageOptions } from './page.js';
import { rule } from './rule.js';
import { SIZE, upper } from './style.js';
import { halfPoints } from './units.js';

/** Point size of a list's table and of the notes after it. */
export const LIST_FONT = 12;

/**
 * A list document's template, part by part in its order: its title, a line (under the title before the table, a note
 * after it), and the place of the table with the labels the template gives it.
 */
export type ListPart = { kind: 'title'; text: string } | { kind: 'line'; text: string } | { kind: 'table'; labels: string[] };

const note = (text: string): Paragraph =>
  new Paragraph({
    indent: { firstLine: 0 },
    spacing: { before: 120, after: 0 },
    children: [new TextRun({ text, italics: true, size: halfPoints(LIST_FONT) })],
  });

/**
 * The body of a list (danh sách phát hành, danh sách đại biểu, …): the title centred bold in capitals, the lines under
 * it centred italic as an appendix's `(Kèm theo …)` line (Phụ lục I, III.1.c), the rule, then what `table` makes of
 * each table's labels, then the notes.
 */
export function listBody(parts: readonly ListPart[], page: PageOptions, table: (labels: string[]) => FileChild[]): FileChild[] {
  const { textWidth } = resolvePage(page);
  const out: FileChild[] = [];
  let tableSeen = false;
  let titled = false;
  for (const part of parts) {
    if (part.kind === 'title') {
      out.push(centred({ text: upper(part.text), size: SIZE.kind, bold: true }, { before: 360 }));
      titled = true;
    } else if (part.kind === 'table') {
      if (!tableSeen) out.push(rule(40, textWidth, 240));
      tableSeen = true;
      out.push(...table(part.labels));
    } else if (tableSeen) {
      out.push(note(part.text));
    } else {
      out.push(centred({ text: part.text, size: SIZE.summary, italic: true }, { before: titled ? 0 : 120 }));
    }
  }
  return out;
}

/** A list's table: in the list's font, the cells centred vertically (a list's rows are short, and some tall). */
export const listTable = (options: Omit<DataTableOptions, 'fontSize' | 'verticalAlign'>): Table =>
  dataTable({ ...options, fontSize: LIST_FONT, verticalAlign: 'center' });
