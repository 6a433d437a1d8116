import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Range } from '../core/diagnostic.js';

/** A path into the plan data, as in a JSON Pointer: keys and sequence indices. */
export type DataPath = readonly (string | number)[];

/** Finds where a piece of data was written in the YAML source. */
export type Locate = (path: DataPath, target?: 'value' | 'key') => Range | undefined;

export function jsonPointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** The yaml node written at `path` (undefined when the path is not in the document). */
export function nodeAt(doc: Document, path: DataPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.findLast((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
    if (!node) return undefined;
  }
  return node as Node;
}

export function createLocator(doc: Document, lineCounter: LineCounter): Locate {
  const toRange = (range: readonly number[] | null | undefined): Range | undefined => {
    if (!range) return undefined;
    const [from, to] = range as [number, number];
    const start = lineCounter.linePos(from);
    const end = lineCounter.linePos(Math.max(from, to));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };

  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    let last: unknown = node;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.findLast((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === step);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        keyNode = undefined;
      } else {
        break;
      }
      if (!node) break;
      last = node;
    }
    const chosen = target === 'key' && keyNode ? keyNode : last;
    // An empty file, or one of comments only, has no node at all: its problems are at its start.
    return toRange((chosen as Node | undefined)?.range) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  };
}
