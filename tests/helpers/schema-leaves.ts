import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  $ref?: string;
  properties?: Record<string, Node>;
  items?: Node;
  type?: string | string[];
}

/**
 * Every leaf field of the plan schema as a dotted path (`venue.online.points[].participants[]`). A recursive block is
 * followed to a depth of two (`subsections[].subsections[]`), deep enough to name each of its fields.
 */
export function schemaLeaves(root: string): string[] {
  const schema = JSON.parse(readFileSync(join(root, 'schema/plan.schema.json'), 'utf8')) as Node & { $defs: Record<string, Node> };
  const out: string[] = [];
  const walk = (node: Node, path: string): void => {
    if (node.$ref) {
      if (path.split('subsections[]').length > 3) return;
      node = schema.$defs[node.$ref.split('/').pop()!]!;
    }
    if (node.properties) {
      for (const [key, value] of Object.entries(node.properties)) walk(value, path ? `${path}.${key}` : key);
      if (!node.items) return;
    }
    if (node.items) return walk(node.items, `${path}[]`);
    out.push(path);
  };
  walk(schema, '');
  return out;
}
