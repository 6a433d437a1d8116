import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import HandlebarsRuntime from 'handlebars/runtime';
import type { Diagnostic } from '../core/diagnostic.js';
import { BlockSyntaxError, parseBlocks, type Block } from './blocks.js';
import { PRECOMPILED } from './precompiled-templates.js';
import { TEMPLATE_HELPERS } from './template-helpers.js';
import { COMPILE_OPTIONS, templateSourceText } from './template-options.js';

/** The templates shipped with the tool: `templates/` at the package root (beside src/ and dist/). */
export function defaultTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates', 'ke-hoach'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('templates/ folder not found beside the program');
    dir = parent;
  }
  return join(dir, 'templates');
}

export type CompiledTemplate = (view: object) => Block[];

export type TemplateLoad = { ok: true; template: CompiledTemplate; source: string } | { ok: false; diagnostics: Diagnostic[] };

export type TextTemplate = (view: object) => string;

export type TextTemplateLoad = { ok: true; render: TextTemplate; source: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Loads one template: precompiled when it is a shipped template left as shipped, compiled now otherwise (see
 * template-options.ts for how). Data is passed as the context, never compiled. Rendering throws a
 * {@link TemplateError} carrying the template's file and line.
 */
export async function loadTextTemplate(dir: string, name: string): Promise<TextTemplateLoad> {
  const file = join(dir, name);
  let source: string;
  try {
    source = templateSourceText(await readFile(file, 'utf8'));
  } catch (error) {
    return { ok: false, diagnostics: [templateDiagnostic(file, 'template/missing', { code: (error as NodeJS.ErrnoException).code ?? 'EIO' })] };
  }
  const compiled = await compileTemplate(source, file);
  if (!compiled.ok) return compiled;
  const render = compiled.render;
  return {
    ok: true,
    source,
    render: (view) => {
      try {
        return render(view, { helpers: TEMPLATE_HELPERS });
      } catch (error) {
        throw new TemplateError(fromHandlebarsError(file, error));
      }
    },
  };
}

type Compiled = { ok: true; render: HandlebarsTemplateDelegate } | { ok: false; diagnostics: Diagnostic[] };

let runtime: typeof HandlebarsRuntime | undefined;

/** In a Handlebars environment of our own (nothing is registered on the global one): precompiled if it can be. */
async function compileTemplate(source: string, file: string): Promise<Compiled> {
  const spec = PRECOMPILED.get(source);
  if (spec) {
    runtime ??= HandlebarsRuntime.create();
    return { ok: true, render: runtime.template(spec) };
  }
  // The compiler is three times the size of the runtime; only a changed or added template needs it.
  const { default: Handlebars } = await import('handlebars');
  const handlebars = Handlebars.create();
  let ast: hbs.AST.Program;
  try {
    // Parsing now surfaces syntax errors at load time with their position. compile() is lazy: an unknown helper is
    // found at the first render, which reports it the same way (plan check renders every template).
    ast = handlebars.parse(source);
  } catch (error) {
    return { ok: false, diagnostics: [fromHandlebarsError(file, error)] };
  }
  return { ok: true, render: handlebars.compile(ast, COMPILE_OPTIONS) };
}

/** A document template: rendered on one-line values, then read as the line language (see blocks.ts). */
export async function loadTemplate(dir: string, name: string): Promise<TemplateLoad> {
  const load = await loadTextTemplate(dir, name);
  if (!load.ok) return load;
  const file = join(dir, name);
  return {
    ok: true,
    source: load.source,
    template: (view) => {
      const text = load.render(oneLine(view) as object);
      try {
        return parseBlocks(text);
      } catch (error) {
        if (error instanceof BlockSyntaxError) throw new TemplateError(templateDiagnostic(file, 'template/marker', { text: error.text }, undefined));
        throw error;
      }
    },
  };
}

/**
 * Every string of a view on one line. The line language gives a line break meaning (a new heading, item, table), so
 * a break inside a value (pasted from Word, or written in a YAML block scalar) must not reach it: it becomes a space.
 */
function oneLine(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\n') || value.includes('\r') ? value.replace(/\s*[\r\n]+\s*/g, ' ') : value;
  if (Array.isArray(value)) return value.map(oneLine);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneLine(v)]));
  return value;
}

/** Thrown by a compiled template at render time; carries a positioned diagnostic. */
export class TemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.messageId);
  }
}

function templateDiagnostic(file: string, messageId: string, params: Record<string, string | number>, at?: { line: number; column: number }): Diagnostic {
  return {
    file,
    ...(at ? { range: { start: at, end: { line: at.line, column: at.column + 1 } } } : {}),
    severity: 'error',
    ruleId: 'template',
    messageId,
    params,
  };
}

function fromHandlebarsError(file: string, error: unknown): Diagnostic {
  const message = String((error as Error)?.message ?? error);
  const first = message.split('\n')[0]!;
  // Handlebars reports "Parse error on line 3:" or "… - 3:14" (line:column, column 0-based).
  const parse = /Parse error on line (\d+)/.exec(message);
  const trailing = /- (\d+):(\d+)$/.exec(first);
  const at = parse ? { line: Number(parse[1]), column: 1 } : trailing ? { line: Number(trailing[1]), column: Number(trailing[2]) + 1 } : undefined;
  const field = /"([^"]+)" not defined/.exec(first);
  if (field) return templateDiagnostic(file, 'template/field', { field: field[1]! }, at);
  const helper = /unknown helper (\S+)/.exec(first);
  if (helper) return templateDiagnostic(file, 'template/helper', { helper: helper[1]! }, at);
  return templateDiagnostic(file, 'template/syntax', { detail: first.replace(/ - \d+:\d+$/, '') }, at);
}
