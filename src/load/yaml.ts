import { dirname, resolve } from 'node:path';
import { isAlias, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic, Range } from '../core/diagnostic.js';
import { codePointLabel, XML_FORBIDDEN } from '../text/control-characters.js';
import { createLocator, type Locate } from './locate.js';
import { readTextFile } from './read-text.js';
import { explainSyntaxErrors } from './yaml-traps.js';
import { flowCommaTraps } from './flow-commas.js';

export interface ParsedYaml {
  /** The data with every string normalised to NFC; undefined when the YAML could not be read at all. */
  data: unknown;
  locate: Locate;
  diagnostics: Diagnostic[];
  /** The parsed document, for finding a node's exact characters (fixes). */
  doc: Document;
}

/** yaml's error codes, mapped to our message ids; anything else is reported as a generic syntax error. */
const KNOWN_CODES = new Set([
  'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'DUPLICATE_KEY', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY',
  'TAB_AS_INDENT', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'BAD_ALIAS', 'MULTIPLE_DOCS', 'TAG_RESOLVE_FAILED',
]);

export function parsePlanYaml(file: string, text: string): ParsedYaml {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  // Line starts from the text itself: the LineCounter yaml fills while parsing misses line breaks that error recovery
  // swallows (a stray word after comment lines), and every later position was then a line early.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const locate = createLocator(doc, lineCounter);
  const diagnostics: Diagnostic[] = [];

  const seen = new Set<string>();
  const report = (error: YAMLError) => {
    const unclosed = /end with an? ([\]}])/.exec(error.message)?.[1];
    const tooDeep = /Maximum call stack/.test(error.message);
    const code = unclosed ? 'UNCLOSED' : tooDeep ? 'TOO_DEEP' : KNOWN_CODES.has(error.code) ? error.code : 'SYNTAX';
    // yaml points at the first character of a duplicate key; the key runs to the colon.
    const key = code === 'DUPLICATE_KEY' ? (/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? '').trim().replace(/^["']|["']$/g, '') : '';
    const range = errorRange(key ? { ...error, pos: [error.pos[0], error.pos[0] + key.length] } : error, lineCounter);
    // One mistake (an unclosed bracket, nesting too deep) can make the parser report the same thing hundreds of times.
    const seenKey = `${range?.start.line}:${range?.start.column}:${code}`;
    if (seen.has(seenKey) || (tooDeep && diagnostics.some((d) => d.messageId === 'yaml/too-deep'))) return;
    seen.add(seenKey);
    diagnostics.push({
      file,
      ...(range ? { range } : {}),
      severity: 'error',
      ruleId: code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
      messageId: `yaml/${code.toLowerCase().replace(/_/g, '-')}`,
      params: { detail: firstLine(error.message), key, char: unclosed ?? '' },
    });
  };
  const explained = explainSyntaxErrors(file, text, doc.errors);
  if (explained) {
    diagnostics.push(...explained);
    doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').forEach(report);
  } else {
    doc.errors.forEach(report);
  }
  // A custom tag (!foo) would silently become a plain string: a clerk never means that.
  doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED').forEach(report);

  // A duplicate key leaves a usable document (the last value wins, and locate() finds that one), so schema checks still run;
  // after a syntax error they would only add noise.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { data: undefined, locate, diagnostics, doc };

  const aliasProblem = checkAliases(doc);
  if (aliasProblem) {
    const range = errorRange({ pos: [aliasProblem.alias.range![0], aliasProblem.alias.range![1]] }, lineCounter);
    diagnostics.push({ file, range, severity: 'error', ruleId: 'yaml/syntax', messageId: aliasProblem.messageId, params: { detail: `*${aliasProblem.alias.source}` } });
    return { data: undefined, locate, diagnostics, doc };
  }

  let data: unknown;
  try {
    // The alias limit stays at yaml's default (100): it stops "billion laughs" files in milliseconds.
    data = normalise(doc.toJS({ maxAliasCount: 100 }), [], (path, char) =>
      diagnostics.push({
        file,
        ...(locate(path) ? { range: locate(path)! } : {}),
        severity: 'warning',
        ruleId: 'text/control-character',
        messageId: 'text/control-character',
        params: { code: codePointLabel(char) },
      }));
  } catch (error) {
    // Only an alias expansion can throw here (checkAliases has ruled out cycles and missing anchors): point at the first alias.
    let first: Alias | undefined;
    visit(doc, { Alias: (_key, node) => ((first = node), visit.BREAK) });
    const range = first?.range ? errorRange({ pos: [first.range[0], first.range[1]] }, lineCounter) : undefined;
    diagnostics.push({ file, ...(range ? { range } : {}), severity: 'error', ruleId: 'yaml/syntax', messageId: 'yaml/alias-limit', params: { detail: firstLine(String((error as Error).message)) } });
    return { data: undefined, locate, diagnostics, doc };
  }
  diagnostics.push(...flowCommaTraps(file, text, doc, lineCounter));
  return { data, locate, diagnostics, doc };
}

/** More aliases than a plan ever needs; yaml resolves each alias by scanning every anchor before it, so many cost time squared. */
const MAX_ALIASES = 100;

/**
 * One pass over the document, in yaml's own resolution order (an alias means the last anchor of that name before it):
 * an alias without an anchor, an alias inside the node it names (a cycle: toJS would build a circular object), and
 * the alias past MAX_ALIASES are each reported at the alias, before toJS is asked to expand anything.
 */
function checkAliases(doc: ReturnType<typeof parseDocument>): { alias: Alias; messageId: string } | undefined {
  const anchors = new Map<string, Node>();
  let count = 0;
  let problem: { alias: Alias; messageId: string } | undefined;
  visit(doc, {
    Node: (_key, node, path) => {
      if (isAlias(node)) {
        count++;
        const target = anchors.get(node.source);
        if (target === undefined || path.includes(target)) problem = { alias: node, messageId: 'yaml/bad-alias' };
        else if (count > MAX_ALIASES) problem = { alias: node, messageId: 'yaml/alias-limit' };
        return problem && node.range ? visit.BREAK : undefined;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  return problem?.alias.range ? problem : undefined;
}

function errorRange(error: Pick<YAMLError, 'pos'>, lineCounter: LineCounter): Range | undefined {
  const [from, to] = error.pos;
  const start = lineCounter.linePos(from);
  const end = lineCounter.linePos(Math.max(from, to));
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();

type OnControl = (path: (string | number)[], char: string) => void;

/**
 * NFC-normalises every string (Windows tools may save NFD), strips XML-forbidden characters, and rebuilds objects
 * without prototypes inherited from the input: a `__proto__` key becomes an ordinary own property, never a prototype.
 */
function normalise(value: unknown, path: (string | number)[], onControl: OnControl): unknown {
  if (typeof value === 'string') {
    const found = value.match(XML_FORBIDDEN);
    if (found) onControl(path, found[0]);
    return (found ? value.replace(XML_FORBIDDEN, '') : value).normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((inner, i) => normalise(inner, [...path, i], onControl));
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const cleanKey = key.replace(XML_FORBIDDEN, '').normalize('NFC');
      Object.defineProperty(out, cleanKey, { value: normalise(inner, [...path, key], onControl), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * The invitee data file a plan names (`invitations.data`), absolute; undefined when the file cannot be read or does
 * not name one. Read leniently, schema or no schema: `plan build --watch` watches it even while the plan has errors.
 */
export async function planDataFile(plan: string): Promise<string | undefined> {
  const read = await readTextFile(plan);
  if (!read.ok) return undefined;
  const data = (parsePlanYaml(plan, read.text).data as { invitations?: { data?: unknown } } | null | undefined)?.invitations?.data;
  return typeof data === 'string' && data !== '' ? resolve(dirname(plan), data) : undefined;
}
