import type { ErrorObject } from 'ajv';
import { isMap, isScalar, Scalar } from 'yaml';
import { jsonPointerToPath, nodeAt } from '../load/locate.js';
import { doubleQuoted } from '../load/yaml-traps.js';
import type { Diagnostic, TextEdit } from '../core/diagnostic.js';
import type { SchemaSource } from './schema.js';

const BULLET = /^([ \t]*)([•·–—+*]|-(?=\S))[ \t]*/;
const YES = new Set(['có', 'yes', 'đúng', 'true']);
const NO = new Set(['không', 'no', 'sai', 'false']);

/** The line holding offset `at`, and where it starts. */
function lineAround(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { start, text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '') };
}

/** The line as it reads once `edit` (inside it) is applied, without its indentation. */
function fixedLine(text: string, edit: TextEdit): string {
  const line = lineAround(text, edit.start);
  return (line.text.slice(0, edit.start - line.start) + edit.text + line.text.slice(edit.end - line.start)).trim();
}

/**
 * A wrong type that is really a YAML trap: `- Tham luận: một số …` read as a field (a colon in the sentence), a list
 * written with Word's bullets (•) or without the space after "-", a phone number read as a number (its leading 0 lost),
 * a yes/no field written "có". The diagnostic is rewritten to name the trap and carry the fix; other type errors stay.
 */
export function typeTrap(diagnostic: Diagnostic, error: ErrorObject, { text, doc }: SchemaSource): Diagnostic | undefined {
  const path = jsonPointerToPath(error.instancePath);
  const node = nodeAt(doc, path);
  const range = node?.range;
  if (!node || !range) return undefined;
  const expected = (error.params as { type: string }).type.split(',')[0];
  // A block node's range can run over the line break that ends it.
  const written = text.slice(range[0], range[1]).trimEnd();
  const end = range[0] + written.length;
  const withFix = (messageId: string, fix: TextEdit[], params: Record<string, string | number> = {}): Diagnostic => ({
    ...diagnostic, messageId, params: { ...diagnostic.params, ...params, fixed: fixedLine(text, fix[0]!) }, fix,
  });

  if (expected === 'string' && isMap(node) && node.items.length === 1 && !written.includes('\n') && !node.flow) {
    return withFix('trap/colon-in-text', [{ start: range[0], end, text: doubleQuoted(written) }]);
  }
  if (expected === 'string' && isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') && node.type === Scalar.PLAIN) {
    const messageId = /^[+-]?0\d/.test(written) ? 'trap/number-leading-zero' : 'trap/number-as-text';
    return withFix(messageId, [{ start: range[0], end, text: doubleQuoted(written) }], { written });
  }
  if (expected === 'array' && isScalar(node) && typeof node.value === 'string' && node.type === Scalar.PLAIN) {
    const first = lineAround(text, range[0]);
    const lines = written.split('\n');
    const bullet = BULLET.exec(lines[0]!);
    if (!bullet) return undefined;
    // Only a value that already sits on its own lines can become a list by changing the marks.
    if (first.text.slice(0, range[0] - first.start).trim() !== '' && !/:\s*$/.test(first.text.slice(0, range[0] - first.start))) return undefined;
    const onOwnLine = first.text.slice(0, range[0] - first.start).trim() === '';
    const edits: TextEdit[] = [];
    let offset = range[0];
    for (const line of lines) {
      const m = BULLET.exec(line);
      if (m) edits.push({ start: offset + m[1]!.length, end: offset + m[0].length, text: '- ' });
      offset += line.length + 1;
    }
    const params = { written: bullet[2]! };
    const messageId = bullet[2] === '-' ? 'trap/bullet-space' : 'trap/bullet';
    if (!onOwnLine) return { ...diagnostic, messageId, params: { ...diagnostic.params, ...params, fixed: `- ${lines[0]!.slice(bullet[0].length)}` } };
    return withFix(messageId, edits, params);
  }
  if (expected === 'object' && isScalar(node) && node.type === Scalar.PLAIN) {
    const missing = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]+(\S[^\n]*)$/.exec(written);
    if (missing) return withFix('trap/missing-colon', [{ start: range[0], end: range[0] + missing[1]!.length, text: `${missing[1]}:` }], { key: missing[1]! });
  }
  if (expected === 'boolean' && isScalar(node) && typeof node.value === 'string') {
    const word = node.value.trim().toLowerCase();
    const value = YES.has(word) ? 'true' : NO.has(word) ? 'false' : undefined;
    if (value) return withFix('trap/yes-no', [{ start: range[0], end, text: value }], { value });
  }
  return undefined;
}
