import type { YAMLError } from 'yaml';
import type { Diagnostic, TextEdit } from '../core/diagnostic.js';

/**
 * The YAML mistakes a clerk actually makes (a colon inside a sentence, a Tab, a missing colon, an unclosed quote …),
 * recognised from the line yaml stopped at. Each becomes one message naming the real cause and showing the corrected
 * line, with that correction as a fix. yaml's own follow-on errors from the same line are dropped.
 */

interface Line {
  start: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, text: part.replace(/\r$/, '') });
    start += part.length + 1;
  }
  return out;
}

/** `  - key: value` → indent, dash, key, value. Keys of a plan are ASCII words. */
const SHAPE = /^(?<indent>[ \t]*)(?<dash>-[ \t]+)?(?:(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+|$))?(?<value>.*)$/;
const RESERVED_START = /^[@`*&!%|>]/;

/** A plain value in double quotes: backslashes and quotes escaped, nothing else changes. */
export const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const singleQuoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export interface Trap {
  messageId: string;
  params: Record<string, string | number>;
  column: number;
  /** The corrected line, without its indentation (what the message shows). */
  fixed: string;
  edit: TextEdit;
}

/** The trap on one line, if it is one we recognise. */
export function trapOnLine(line: Line): Trap | undefined {
  const m = SHAPE.exec(line.text);
  if (!m?.groups) return undefined;
  const { indent = '', dash = '', key, value = '' } = m.groups;
  const head = `${indent}${dash}${key !== undefined ? `${key}: ` : ''}`;
  const valueColumn = head.length + 1;
  const make = (messageId: string, newValue: string, params: Record<string, string | number> = {}, column = valueColumn): Trap => {
    const fixedLine = `${head}${newValue}`;
    return {
      messageId,
      params: { ...params, fixed: fixedLine.trimStart() },
      column,
      fixed: fixedLine.trimStart(),
      edit: { start: line.start, end: line.start + line.text.length, text: fixedLine },
    };
  };
  const trimmed = value.trimEnd();
  if (trimmed === '') return undefined;

  if (key === undefined && dash === '') {
    const noSpace = /^([A-Za-z_][A-Za-z0-9_-]*):(\S.*)$/.exec(trimmed);
    if (noSpace) return fixLine(line, indent, `${noSpace[1]}: ${noSpace[2]}`, 'trap/colon-no-space', {}, indent.length + noSpace[1]!.length + 2);
    const missing = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]+([^:].*)$/.exec(trimmed);
    if (missing && !missing[2]!.includes(': ')) {
      return fixLine(line, indent, `${missing[1]}: ${missing[2]}`, 'trap/missing-colon', { key: missing[1]! }, indent.length + missing[1]!.length + 1);
    }
  }
  const first = trimmed[0]!;
  if (first === '"' || first === "'") {
    const close = closingQuote(trimmed, first);
    if (close === -1) return make('trap/unclosed-quote', `${trimmed}${first}`);
    const rest = trimmed.slice(close + 1).trim();
    if (rest !== '' && !rest.startsWith('#')) return make('trap/quote-then-text', first === '"' ? singleQuoted(trimmed) : doubleQuoted(trimmed));
    return undefined;
  }
  if (first === '[' || first === '{') return undefined;
  if (RESERVED_START.test(trimmed)) return make('trap/reserved-start', doubleQuoted(trimmed), { char: first });
  if (/:( |$)/.test(trimmed) && !/ #/.test(trimmed)) return make('trap/colon-in-text', doubleQuoted(trimmed));
  return undefined;
}

function fixLine(line: Line, indent: string, body: string, messageId: string, params: Record<string, string | number>, column: number): Trap {
  return { messageId, params: { ...params, fixed: body }, column, fixed: body, edit: { start: line.start, end: line.start + line.text.length, text: `${indent}${body}` } };
}

/** Index of the quote closing the one at 0 (a doubled '' or an escaped \" does not close), or -1. */
function closingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') { i++; continue; }
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i + 1] === "'") { i++; continue; }
    return i;
  }
  return -1;
}

/**
 * `date: 2018-07-31` followed by `   start: "08:00"` one space deeper: yaml reads the second line as part of the first
 * value. A field after a field that has its value on its own line belongs at the same column.
 */
function overIndented(above: Line, line: Line): Trap | undefined {
  const a = SHAPE.exec(above.text)?.groups;
  const b = SHAPE.exec(line.text)?.groups;
  if (!a?.key || !a.value?.trim() || !b?.key || a.dash || b.dash) return undefined;
  if (b.indent!.length <= a.indent!.length || /\t/.test(b.indent!)) return undefined;
  const body = line.text.slice(b.indent!.length);
  return { messageId: 'trap/over-indented', params: { fixed: body }, column: 1, fixed: body, edit: { start: line.start, end: line.start + b.indent!.length, text: a.indent! } };
}

const TAB_INDENT = /^[ ]*\t[ \t]*/;

/**
 * One Tab in the indentation makes yaml report every line below it; the clerk needs one message. Tabs become two spaces
 * each (the fix engine keeps the result only when it then reads without syntax errors).
 */
function tabTrap(file: string, lines: Line[]): Diagnostic | undefined {
  const tabbed = lines.filter((l) => TAB_INDENT.test(l.text));
  if (tabbed.length === 0) return undefined;
  const first = tabbed[0]!;
  const fix = tabbed.map((l) => {
    const lead = TAB_INDENT.exec(l.text)![0];
    return { start: l.start, end: l.start + lead.length, text: lead.replace(/\t/g, '  ') };
  });
  const line = lines.indexOf(first) + 1;
  const column = first.text.indexOf('\t') + 1;
  return {
    file,
    range: { start: { line, column }, end: { line, column: column + 1 } },
    severity: 'error',
    ruleId: 'yaml/syntax',
    messageId: tabbed.length > 1 ? 'trap/tab.other' : 'trap/tab.one',
    params: { count: tabbed.length },
    fix,
  };
}

/**
 * Diagnostics for yaml's errors in clerk terms, or undefined when none of them is a recognised trap (the caller then
 * reports yaml's errors as before). A Tab in the indentation outranks everything: it breaks every line below it.
 */
export function explainSyntaxErrors(file: string, text: string, errors: readonly YAMLError[]): Diagnostic[] | undefined {
  const lines = splitLines(text);
  const relevant = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (relevant.length === 0) return undefined;
  const tab = tabTrap(file, lines);
  if (tab) return [tab];
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Diagnostic[] = [];
  const seen = new Set<number>();
  for (const error of relevant) {
    let index = lineAt(error.pos[0]);
    if (/Missing closing/.test(error.message)) {
      // yaml reports an unclosed quote where the text ends; the quote that opened it is on the first line without its pair.
      const found = lines.findIndex((l) => trapOnLine(l)?.messageId === 'trap/unclosed-quote');
      if (found !== -1) index = found;
    }
    if (seen.has(index)) continue;
    let trap = trapOnLine(lines[index]!);
    if (!trap && lines[index + 1] && !seen.has(index + 1)) {
      trap = overIndented(lines[index]!, lines[index + 1]!);
      if (trap) index += 1;
    }
    if (!trap) continue;
    seen.add(index);
    out.push({
      file,
      range: { start: { line: index + 1, column: trap.column }, end: { line: index + 1, column: lines[index]!.text.length + 1 } },
      severity: 'error',
      ruleId: 'yaml/syntax',
      messageId: trap.messageId,
      params: trap.params,
      fix: [trap.edit],
    });
  }
  return out.length > 0 ? out : undefined;
}
