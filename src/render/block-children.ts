import type { FileChild } from 'docx';
import { numberHeadings, numberItems, type Block } from './blocks.js';
import { headingLabel, type NumberingScheme } from './heading-labels.js';
import { addresseeBlock, bodyParagraph, dashItem, heading1, heading2, heading3, vietnameseLetter, type Inline, type Span } from './nd30/index.js';

/** A web address in running text; a final . , ; : ) is the sentence's, not the address's. */
const URL = /https?:\/\/[^\s]*[^\s.,;:)]/gu;

/** Text with every web address in it as a clickable link. */
export function linked(text: string): Inline {
  const out: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(URL)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], link: m[0] });
    last = m.index! + m[0].length;
  }
  if (out.length === 0) return text;
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

export interface BlockChildrenOptions {
  /** How a line's text becomes runs (the letter puts its invitee in bold); plain text by default. */
  inline?: (text: string) => Inline;
  /** The document's tables (`@table NAME`); none by default. */
  table?: (block: Extract<Block, { kind: 'table' }>) => FileChild[];
  /** How headings are numbered; the decree's I. / 1. / a) by default. */
  numbering?: NumberingScheme;
}

/**
 * The rendered template lines mapped onto the house style: headings numbered by the plan's scheme, dash and numbered
 * items, paragraphs, tables. The body's last paragraph carries the end mark `./.` (after a final table, a paragraph of
 * its own).
 */
export function blockChildren(blocks: readonly Block[], options: BlockChildrenOptions = {}): FileChild[] {
  const inline = options.inline ?? linked;
  const scheme = options.numbering ?? 'I.1.a';
  const items = numberItems(blocks);
  const numbered = numberHeadings(blocks).map((b, i) => ({ ...b, item: (items[i] as { n?: number }).n }));
  return numbered.flatMap((block, i): FileChild[] => {
    const end = i === numbered.length - 1;
    switch (block.kind) {
      case 'addressee': {
        // A run of `@to` lines is one Kính gửi block, drawn at its first line.
        if (numbered[i - 1]?.kind === 'addressee') return [];
        const run: string[] = [];
        for (let k = i; numbered[k]?.kind === 'addressee'; k++) run.push((numbered[k] as { text: string }).text);
        return addresseeBlock(run);
      }
      case 'heading': {
        const label = headingLabel(scheme, block.path ?? [block.n ?? 1]);
        const runIn = block.runIn === undefined ? undefined : inline(block.runIn);
        if (block.level === 1) return [heading1(label, block.text, { end })];
        if (block.level === 2) return [heading2(label, block.text, runIn, { end })];
        // A point heading (a), 1.1. …) alone on its line keeps with what it heads, so it is never left at a page's
        // foot; one followed by another heading is a point in its own right and must not chain the pages together.
        const next = numbered[i + 1];
        const heads = runIn === undefined && next !== undefined && !(next.kind === 'heading' && next.level <= block.level);
        return [heading3(label, inline(block.text), runIn, { end, ...(heads ? { keepNext: true } : {}) })];
      }
      case 'bullet': {
        const n = block.item ?? 1;
        const mark = block.mark === '1.' ? `${n}.` : block.mark === 'a)' ? `${vietnameseLetter(n)})` : block.mark;
        return [dashItem(inline(block.text), { end, ...(mark ? { mark } : {}) })];
      }
      case 'paragraph':
        return [bodyParagraph(block.italic ? { text: block.text, italic: true } : inline(block.text), { end })];
      case 'table': {
        const table = options.table?.(block) ?? [];
        return end ? [...table, bodyParagraph('./.')] : table;
      }
    }
  });
}
