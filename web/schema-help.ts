// Completion and hover from the plan's JSON Schema: the same titles and descriptions an editor with
// yaml-language-server shows. The path at the cursor is found from indentation, so it works on half-typed text.
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorView, Tooltip } from '@codemirror/view';

type Schema = {
  $ref?: string;
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  title?: string;
  description?: string;
  markdownDescription?: string;
};

const KEY = /^(\s*)(?:-\s+)?([\p{L}\p{N}_]+)\s*:/u;

/** The keys that lead to `line` (0-based), outermost first, judged by indentation; list items keep their parent. */
export function pathAt(lines: readonly string[], line: number, column: number): string[] {
  const current = lines[line] ?? '';
  let indent = Math.min(column, current.search(/\S|$/));
  if (/^\s*-\s/.test(current)) indent = current.search(/-/);
  const path: string[] = [];
  for (let i = line - 1; i >= 0 && indent > 0; i--) {
    const text = lines[i]!;
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const match = KEY.exec(text);
    const at = text.search(/\S/);
    if (at < indent && match) {
      path.unshift(match[2]!);
      indent = at;
    } else if (at < indent && /^\s*-/.test(text)) {
      indent = at + 1; // a list item: keep looking for the key that holds the list
    }
  }
  return path;
}

export class SchemaHelp {
  constructor(private readonly root: Schema) {}

  private resolve(s: Schema | undefined): Schema[] {
    if (!s) return [];
    if (s.$ref) {
      const name = s.$ref.replace(/^#\/(\$defs|definitions)\//, '');
      return this.resolve(this.root.$defs?.[name] ?? this.root.definitions?.[name]);
    }
    return [s, ...[...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap((x) => this.resolve(x))];
  }

  /** Every schema the value at `path` may match (objects reached through arrays' items). */
  at(path: readonly string[]): Schema[] {
    let here = this.resolve(this.root);
    for (const key of path) {
      const next: Schema[] = [];
      for (const s of here) {
        const prop = s.properties?.[key];
        if (prop) next.push(...this.resolve(prop).flatMap((p) => (p.items ? [p, ...this.resolve(p.items)] : [p])));
      }
      here = next;
    }
    return here;
  }

  properties(path: readonly string[]): [string, Schema][] {
    const seen = new Map<string, Schema>();
    for (const s of this.at(path)) {
      for (const s2 of s.items ? this.resolve(s.items) : [s]) {
        for (const [k, v] of Object.entries(s2.properties ?? {})) if (!seen.has(k)) seen.set(k, this.resolve(v)[0] ?? v);
      }
    }
    return [...seen];
  }

  describe(path: readonly string[]): string | undefined {
    const [s] = this.at(path).filter((x) => x.title || x.description || x.markdownDescription);
    if (!s) return undefined;
    return [s.title, s.markdownDescription ?? s.description].filter(Boolean).join('\n\n');
  }

  complete = (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\p{L}\p{N}_]*/u);
    if (!word) return null;
    const lineInfo = context.state.doc.lineAt(context.pos);
    const before = lineInfo.text.slice(0, context.pos - lineInfo.from);
    if (!/^\s*(-\s+)?[\p{L}\p{N}_]*$/u.test(before)) return null; // only where a key can be typed
    if (word.from === word.to && !context.explicit) return null;
    const lines = context.state.doc.toString().split('\n');
    const path = pathAt(lines, lineInfo.number - 1, before.length - (word.to - word.from));
    const options = this.properties(path).map(([label, s]) => ({
      label,
      type: 'property',
      detail: s.title ?? '',
      info: s.markdownDescription ?? s.description ?? '',
      apply: `${label}: `,
    }));
    return options.length ? { from: word.from, options, validFor: /^[\p{L}\p{N}_]*$/u } : null;
  };

  hover = (view: EditorView, pos: number): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const match = KEY.exec(line.text);
    if (!match) return null;
    const keyStart = line.from + match[0].indexOf(match[2]!);
    if (pos < keyStart || pos > keyStart + match[2]!.length) return null;
    const lines = view.state.doc.toString().split('\n');
    const path = [...pathAt(lines, line.number - 1, keyStart - line.from), match[2]!];
    const text = this.describe(path);
    if (!text) return null;
    return {
      pos: keyStart,
      end: keyStart + match[2]!.length,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'schema-hover';
        dom.textContent = text;
        return { dom };
      },
    };
  };
}
