import type { FileChild } from 'docx';
import { numberHeadings, type Block } from './blocks.js';
import { bodyParagraph, dashItem, heading1, heading2, heading3, type Inline } from './nd30/index.js';

export interface BlockChildrenOptions {
  /** How a line's text becomes runs (the letter puts its invitee in bold); plain text by default. */
  inline?: (text: string) => Inline;
  /** The document's tables (`@table NAME`); none by default. */
  table?: (block: Extract<Block, { kind: 'table' }>) => FileChild[];
}

/**
 * The rendered template lines mapped onto the house style: headings numbered I./1./a), dash items, paragraphs, tables.
 * The body's last paragraph carries the end mark `./.` (after a final table, a paragraph of its own).
 */
export function blockChildren(blocks: readonly Block[], options: BlockChildrenOptions = {}): FileChild[] {
  const inline = options.inline ?? ((text: string) => text);
  const numbered = numberHeadings(blocks);
  return numbered.flatMap((block, i): FileChild[] => {
    const end = i === numbered.length - 1;
    switch (block.kind) {
      case 'heading': {
        const n = block.n ?? 1;
        const runIn = block.runIn === undefined ? undefined : inline(block.runIn);
        if (block.level === 1) return [heading1(n, block.text, { end })];
        if (block.level === 2) return [heading2(n, block.text, runIn, { end })];
        return [heading3(n, inline(block.text), runIn, { end })];
      }
      case 'bullet':
        return [dashItem(inline(block.text), { end })];
      case 'paragraph':
        return [bodyParagraph(block.italic ? { text: block.text, italic: true } : inline(block.text), { end })];
      case 'table': {
        const table = options.table?.(block) ?? [];
        return end ? [...table, bodyParagraph('./.')] : table;
      }
    }
  });
}
