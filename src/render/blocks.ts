/**
 * The small line language templates are written in. A template renders to lines; each line starts with a marker:
 *   # text            heading, level 1 (numbered I., II. …)
 *   ## text           heading, level 2 (numbered 1., 2. … within its level-1 heading)
 *   ## text || more   level-2 heading with run-in text on the same line ("3. Thời gian: 01 ngày …")
 *   ### text          heading, level 3 (numbered a), b) … in the Vietnamese letter sequence)
 *   #### text         heading, level 4 (how levels are numbered is the plan's numbering scheme, see headingLabels)
 *   - text            dash bullet; a run of bullets is punctuated ";" … "." unless the text already ends in punctuation
 *   + text            second-level bullet (`+ …`)
 *   @n text           numbered item (1., 2. … counted within its run of items)
 *   @a text           lettered item (a), b) …)
 *   > text            body paragraph
 *   @italic text      italic paragraph (căn cứ ban hành)
 *   @table NAME a | b | c   a table filled from data (programme, budget), with its column labels
 *   @to text          one "Kính gửi:" line (a run of them is one Kính gửi block: one line, or a "- …;" list)
 * Blank lines are ignored. Data values never start a line (they follow a marker) and reach the template without line
 * breaks (see templates.ts), so they cannot add structure, with one deliberate exception: an item whose text starts
 * with "+ " is a `+` sub-item of the item above it, as clerks write them on paper ("- … các vấn đề sau:" / "+ Góp ý …").
 */
import { endsWithPunctuation } from '../text/sentence-end.js';
import type { ListPart } from './nd30/index.js';

export type HeadingLevel = 1 | 2 | 3 | 4;
/** `+` a second-level dash; `1.` and `a)` numbered and lettered items (the number is given when rendering). */
export type ItemMark = '+' | '1.' | 'a)';

const ITEM_MARKERS: Record<string, ItemMark> = { '+ ': '+', '@n ': '1.', '@a ': 'a)' };

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string; runIn?: string; line: number }
  | { kind: 'bullet'; text: string; mark?: ItemMark; line: number }
  | { kind: 'paragraph'; text: string; italic: boolean; line: number }
  | { kind: 'table'; name: string; labels: string[]; line: number }
  | { kind: 'addressee'; text: string; line: number };

export class BlockSyntaxError extends Error {
  constructor(readonly line: number, readonly text: string) {
    super(`unknown line marker at line ${line}: ${text.slice(0, 40)}`);
  }
}

export function parseBlocks(rendered: string): Block[] {
  const blocks: Block[] = [];
  rendered.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    // A marker left bare by an empty optional value ("-", ">") is dropped, like a blank line.
    if (text === '' || text === '-' || text === '+' || text === '>' || text === '@italic' || text === '@n' || text === '@a' || text === '@to') return;
    const heading = /^(#{1,4}) (.*)$/.exec(text);
    const item = Object.keys(ITEM_MARKERS).find((marker) => text.startsWith(marker));
    if (heading) {
      const [title, runIn] = splitOnce(heading[2]!, '||');
      blocks.push({ kind: 'heading', level: heading[1]!.length as HeadingLevel, text: title, ...(runIn ? { runIn } : {}), line });
    } else if (item) {
      blocks.push(bullet(text.slice(item.length).trim(), ITEM_MARKERS[item], line));
    } else if (text.startsWith('- ')) {
      blocks.push(bullet(text.slice(2).trim(), undefined, line));
    } else if (text.startsWith('> ')) {
      blocks.push({ kind: 'paragraph', text: text.slice(2).trim(), italic: false, line });
    } else if (text.startsWith('@italic ')) {
      blocks.push({ kind: 'paragraph', text: text.slice(8).trim(), italic: true, line });
    } else if (text.startsWith('@to ')) {
      blocks.push({ kind: 'addressee', text: text.slice(4).trim(), line });
    } else if (text.startsWith('@table ')) {
      const [name, ...labels] = text.slice(7).split(/\s+(.*)/s);
      blocks.push({ kind: 'table', name: name!, labels: (labels[0] ?? '').split('|').map((l) => l.trim()).filter(Boolean), line });
    } else {
      throw new BlockSyntaxError(line, text);
    }
  });
  return punctuateLists(blocks);
}

/** An item; one the clerk began with "+ " is a sub-item of the item above (never counted as 3., c) …). */
function bullet(text: string, mark: ItemMark | undefined, line: number): Block {
  const sub = /^\+\s+(\S.*)$/su.exec(text);
  if (sub && mark !== '+') return { kind: 'bullet', text: sub[1]!, mark: '+', line };
  return mark === undefined ? { kind: 'bullet', text, line } : { kind: 'bullet', text, mark, line };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  if (at < 0) return [text.trim(), undefined];
  return [text.slice(0, at).trim(), text.slice(at + separator.length).trim() || undefined];
}


const listKind = (block: Block | undefined): string | undefined =>
  block?.kind === 'bullet' ? 'bullet' : block?.kind === 'paragraph' && block.italic ? 'italic' : undefined;

/**
 * Decree-30 lists (dash items, căn cứ lines): each item ends with ";", the last with "." —
 * only where the clerk left the end bare.
 */
function punctuateLists(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const kind = listKind(block);
    if (!kind || (block.kind !== 'bullet' && block.kind !== 'paragraph') || endsWithPunctuation(block.text)) return block;
    const last = listKind(blocks[i + 1]) !== kind;
    return { ...block, text: block.text + (last ? '.' : ';') };
  });
}

/** Numbers headings in document order (1-based per level), each level restarting under its parent. */
export function numberHeadings(blocks: readonly Block[]): (Block & { n?: number; path?: number[] })[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    counters[block.level - 1]!++;
    for (let l = block.level; l < 4; l++) counters[l] = 0;
    return { ...block, n: counters[block.level - 1]!, path: counters.slice(0, block.level) };
  });
}

/** Numbers items (`1.`, `a)`) within each run of items of the same mark; `+` lines inside the run do not break it. */
export function numberItems(blocks: readonly Block[]): (Block & { n?: number })[] {
  const counters: Partial<Record<ItemMark, number>> = {};
  return blocks.map((block) => {
    if (block.kind !== 'bullet') {
      for (const key of Object.keys(counters)) delete counters[key as ItemMark];
      return block;
    }
    if (block.mark === undefined || block.mark === '+') return block;
    counters[block.mark] = (counters[block.mark] ?? 0) + 1;
    return { ...block, n: counters[block.mark] };
  });
}

/** A list document's blocks as its layout (nd30's listBody) reads them: the title, the lines, the table; nothing else. */
export const listParts = (blocks: readonly Block[]): ListPart[] =>
  blocks.flatMap((block): ListPart[] => {
    if (block.kind === 'heading' && block.level === 1) return [{ kind: 'title', text: block.text }];
    if (block.kind === 'paragraph') return [{ kind: 'line', text: block.text }];
    if (block.kind === 'table') return [{ kind: 'table', labels: block.labels }];
    return [];
  });
