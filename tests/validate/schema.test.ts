import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'plan.schema.json'), 'utf8'));

/** Every node of the schema that describes a field: each property and each array's items. */
function* fields(node: any, path: string): Generator<[string, any]> {
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries<any>(node.properties ?? {})) {
    yield [`${path}.${key}`, child];
    yield* fields(child, `${path}.${key}`);
    if (child.items) yield* fields(child.items, `${path}.${key}[]`);
  }
  for (const [key, child] of Object.entries<any>(node.$defs ?? {})) yield* fields(child, `$defs.${key}`);
}

describe('the published schema', () => {
  it('is what scripts/schema-source.mjs generates, and so are the TypeScript types', () => {
    // Throws (non-zero exit) when schema/plan.schema.json or src/model/source.ts is stale.
    expect(() => execFileSync(process.execPath, ['scripts/gen.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });

  it('gives every field a Vietnamese title and description for editors to show', () => {
    const list = [...fields(schema, '')];
    expect(list.length).toBeGreaterThan(80);
    for (const [path, node] of list) {
      if (node.$ref) continue;
      expect(node.title, path).toBeTruthy();
      expect(node.description, path).toBeTruthy();
    }
  });

  it('is strict: no object allows unknown keys (except the rules map of severities)', () => {
    for (const [path, node] of [['', schema], ...fields(schema, '')] as [string, any][]) {
      if (node.type === 'object' && path !== '.rules') expect(node.additionalProperties, path).toBe(false);
    }
  });

  it('lists the authority prefixes of Decree 30', () => {
    expect(schema.properties.signer.properties.authority.enum).toEqual(['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
  });
});
