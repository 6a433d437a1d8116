import { readFileSync } from 'node:fs';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX opened for reading: its parts by path, as text and as parsed XML. */
export interface Docx {
  paths: string[];
  xml(part: string): string;
  dom(part: string): Document;
}

export function openDocx(source: string | Uint8Array): Docx {
  const bytes = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : source;
  const files = unzipSync(bytes);
  const cache = new Map<string, Document>();
  const xml = (part: string): string => {
    const data = files[part];
    if (!data) throw new Error(`No part ${part} in the DOCX (has: ${Object.keys(files).join(', ')})`);
    return strFromU8(data);
  };
  return {
    paths: Object.keys(files),
    xml,
    dom(part) {
      let doc = cache.get(part);
      if (!doc) {
        doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new Error(`${part}: ${msg}`); } })
          .parseFromString(xml(part), 'text/xml');
        cache.set(part, doc);
      }
      return doc;
    },
  };
}

/** Descendants named `w:<local>` (WordprocessingML namespace). */
export function all(node: Document | Element, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, local));
}

/** The first descendant named `w:<local>`, or undefined. */
export function first(node: Document | Element, local: string): Element | undefined {
  return all(node, local)[0];
}

/** Direct children named `w:<local>`. */
export function children(node: Element, local: string): Element[] {
  return Array.from(node.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local,
  );
}

export function child(node: Element, local: string): Element | undefined {
  return children(node, local)[0];
}

/** A `w:` attribute's value (`w:val`, `w:w`, …). */
export function attr(node: Element | undefined, local: string): string | null {
  return node ? node.getAttributeNS(W, local) : null;
}

export function numAttr(node: Element | undefined, local: string): number | undefined {
  const v = attr(node, local);
  return v === null || v === '' ? undefined : Number(v);
}

/** A toggle property (`w:b`, `w:i`) is on when present without `w:val="false"/"0"`. */
export function isOn(props: Element | undefined, local: string): boolean {
  const el = props ? child(props, local) : undefined;
  if (!el) return false;
  const v = attr(el, 'val');
  return v === null || v === '' || !['false', '0', 'off'].includes(v);
}

/** A run's text and its direct formatting. */
export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points, when the run sets it. */
  size?: number;
  hasFieldPage: boolean;
}

export function runInfo(run: Element): RunInfo {
  const rPr = child(run, 'rPr');
  const text = Array.from(run.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((n) => (n.localName === 't' ? n.textContent ?? '' : n.localName === 'tab' ? '\t' : n.localName === 'br' ? '\n' : ''))
    .join('');
  const instr = children(run, 'instrText').map((n) => n.textContent ?? '').join('');
  return {
    text,
    bold: isOn(rPr, 'b'),
    italic: isOn(rPr, 'i'),
    size: numAttr(rPr ? child(rPr, 'sz') : undefined, 'val'),
    hasFieldPage: /\bPAGE\b/.test(instr),
  };
}

/** A paragraph's visible text. */
export function paragraphText(p: Element): string {
  return all(p, 'r').map((r) => runInfo(r).text).join('');
}

/** The paragraphs of `root` whose text equals (or, with a RegExp, matches) `text`. */
export function findParagraphs(root: Document | Element, text: string | RegExp): Element[] {
  return all(root, 'p').filter((p) => {
    const t = paragraphText(p);
    return typeof text === 'string' ? t === text : text.test(t);
  });
}

export function findParagraph(root: Document | Element, text: string | RegExp): Element {
  const found = findParagraphs(root, text);
  if (found.length === 0) throw new Error(`No paragraph ${String(text)}`);
  return found[0]!;
}

/** The nearest ancestor named `w:<local>`. */
export function ancestor(node: Element, local: string): Element | undefined {
  let n = node.parentNode as Element | null;
  while (n && n.nodeType === 1) {
    if (n.namespaceURI === W && n.localName === local) return n;
    n = n.parentNode as Element | null;
  }
  return undefined;
}

/** The `w:val` of each side of a borders element (`w:tblBorders`, `w:pBdr`), by side name. */
export function borderSides(borders: Element | undefined): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (!borders) return out;
  for (const side of Array.from(borders.childNodes).filter((n): n is Element => n.nodeType === 1)) {
    out[side.localName ?? ''] = attr(side, 'val');
  }
  return out;
}
