import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, expect } from 'vitest';
import { runCli, STACK_TRACE, type CliRun } from './cli.js';
import { SEED_PLAN } from './seed.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_PATH = SEED_PLAN;
export const SEED = readFileSync(SEED_PATH, 'utf8');

/** A fresh temp folder per call, all removed after the test file. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
export function tempDir(prefix = 'plan-robust-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** One entry of `--format json`. */
export interface JsonDiagnostic {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  messageId: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface Checked extends CliRun {
  diagnostics: JsonDiagnostic[];
  ms: number;
}

/** Writes `content` as `name` in a fresh folder and runs `plan check --format json` on it. */
export async function checkBytes(name: string, content: string | Uint8Array, lang: 'vi' | 'en' = 'en'): Promise<Checked> {
  const cwd = tempDir();
  writeFileSync(join(cwd, name), content);
  return checkIn(cwd, name, lang);
}

export async function checkIn(cwd: string, name: string, lang: 'vi' | 'en' = 'en'): Promise<Checked> {
  const started = performance.now();
  const run = await runCli(['check', name, '--format', 'json', '--lang', lang], { cwd });
  const ms = performance.now() - started;
  let diagnostics: JsonDiagnostic[];
  try {
    diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
  } catch {
    throw new Error(`plan check printed no JSON (exit ${run.code}):\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`);
  }
  return { ...run, diagnostics, ms };
}

/** Whole-file problems that may have no position (the file could not be read as text at all). */
const WHOLE_FILE = /^io\//;

/**
 * The guarantees every run must keep, whatever the input:
 * - no stack trace and no internal-error message in either stream;
 * - each diagnostic names the file; each has a position inside the file (line 1…line count, column ≥ 1)
 *   unless it is a whole-file I/O problem;
 * - the exit code agrees with the diagnostics: 0 only without errors, 2 only for I/O/encoding problems,
 *   1 when there are errors and none of them is I/O.
 * Returns a list of broken guarantees (empty when all hold), so property tests can report them.
 */
export function brokenGuarantees(run: Checked, name: string, source: string | Uint8Array): string[] {
  const problems: string[] = [];
  const text = typeof source === 'string' ? source : Buffer.from(source).toString('latin1');
  // Lines end at LF (CRLF included). A lone CR is not a line break for the YAML parser, nor for the positions it reports.
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const lineCount = lines.length;
  for (const stream of [run.stdout, run.stderr]) {
    if (STACK_TRACE.test(stream)) problems.push(`stack trace in output: ${stream.slice(0, 500)}`);
    if (/Internal error|Lỗi nội bộ|TypeError|RangeError|ReferenceError/.test(stream)) problems.push(`internal error in output: ${stream.slice(0, 500)}`);
  }
  for (const d of run.diagnostics) {
    if (d.file !== name) {
      // Template diagnostics name the template file; anything else must name the plan.
      if (!(d.ruleId.startsWith('template') && d.file.length > 0)) problems.push(`diagnostic names ${d.file}, not ${name}: ${JSON.stringify(d)}`);
      continue;
    }
    if (d.line === null || d.column === null) {
      if (!WHOLE_FILE.test(d.ruleId)) problems.push(`no position: ${JSON.stringify(d)}`);
      continue;
    }
    if (!(d.line >= 1 && d.line <= lineCount)) problems.push(`line ${d.line} outside 1…${lineCount}: ${JSON.stringify(d)}`);
    else if (!(d.column >= 1 && d.column <= [...(lines[d.line - 1] ?? '')].length + 1 + 1)) {
      // +1 for the end of the line, +1 slack for a position just past a line break
      problems.push(`column ${d.column} outside line ${d.line} (${[...(lines[d.line - 1] ?? '')].length} chars): ${JSON.stringify(d)}`);
    }
    if (!d.message || /\{\w+\}/.test(d.message)) problems.push(`message not filled in: ${JSON.stringify(d)}`);
  }
  const errors = run.diagnostics.filter((d) => d.severity === 'error');
  const ioErrors = errors.filter((d) => WHOLE_FILE.test(d.ruleId));
  const expected = errors.length === 0 ? 0 : ioErrors.length > 0 ? 2 : 1;
  if (run.code !== expected) problems.push(`exit ${run.code}, expected ${expected} for ${errors.length} error(s), ${ioErrors.length} I/O`);
  return problems;
}

export function expectGuarantees(run: Checked, name: string, source: string | Uint8Array): void {
  expect(brokenGuarantees(run, name, source)).toEqual([]);
}

/** Characters XML 1.0 forbids in a document (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF). */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every file under `dir`, relative, with `/`. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Opens a DOCX and checks it the way Word would: the zip opens, every XML part parses (well-formed, no forbidden
 * characters). Returns the problems found and the text of every XML part.
 */
export function inspectDocx(bytes: Uint8Array): { problems: string[]; parts: Record<string, string> } {
  const problems: string[] = [];
  const parts: Record<string, string> = {};
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    return { problems: [`zip does not open: ${(error as Error).message}`], parts };
  }
  if (!files['word/document.xml']) problems.push('no word/document.xml');
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(data);
    parts[name] = xml;
    const bad = XML_FORBIDDEN.exec(xml);
    if (bad) problems.push(`${name}: forbidden character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
    try {
      new DOMParser({
        onError: (level, msg) => {
          if (level !== 'warning') throw new Error(msg);
        },
      }).parseFromString(xml, 'text/xml');
    } catch (error) {
      problems.push(`${name} does not parse: ${(error as Error).message.slice(0, 200)}`);
    }
  }
  return { problems, parts };
}

/** The visible text of a WordprocessingML part: the contents of its w:t elements, joined. */
export const runText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export { runCli, STACK_TRACE };
