import type { ErrorObject } from 'ajv';
import validate from './plan-validator.generated.cjs';
import type { Diagnostic } from '../core/diagnostic.js';
import { jsonPointerToPath, type Locate } from '../load/locate.js';
import { nearest } from './nearest.js';
import type { Document } from 'yaml';
import { typeTrap } from './type-traps.js';

interface SchemaNode { title?: string; properties?: Record<string, SchemaNode>; required?: string[] }

/** The source, when known: a wrong type is then often a YAML trap whose fix can be shown (see src/validate/type-traps.ts). */
export interface SchemaSource {
  text: string;
  doc: Document;
}

/** Validates plan data against the published schema; every violation becomes a positioned diagnostic. */
export function validateSchema(file: string, data: unknown, locate: Locate, source?: SchemaSource): Diagnostic[] {
  if (validate(data)) return [];
  const errors = dropBranchNoise(validate.errors ?? []);
  return dropTypoEchoes(errors.map((error) => {
    const diagnostic = toDiagnostic(file, error, locate);
    return (source && error.keyword === 'type' && typeTrap(diagnostic, error, source)) || diagnostic;
  }));
}

/**
 * A misspelt key ("plase") also leaves the real key ("place") missing. The unknown-key message already
 * names the right key, so the matching "required" message would only repeat the same mistake.
 */
function dropTypoEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const suggested = new Set(
    diagnostics.filter((d) => d.messageId === 'schema/unknown-key-suggest').map((d) => `${d.params?.parentPath}|${d.params?.suggestion}`),
  );
  return diagnostics.filter((d) => !(d.messageId === 'schema/required' && suggested.has(`${d.params?.parentPath}|${d.params?.key}`)));
}

/**
 * An anyOf/oneOf failure also reports each branch's own errors ("items is required", "programme is required").
 * The clerk needs one message naming the alternatives, so errors inside a failed branch are dropped.
 */
function dropBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const branchRoots = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => ({ path: e.instancePath, schemaPath: e.schemaPath }));
  return errors.filter(
    (e) => !branchRoots.some((b) => e.instancePath === b.path && e.schemaPath !== b.schemaPath && e.schemaPath.startsWith(b.schemaPath + '/')),
  );
}

function display(path: (string | number)[]): string {
  return path.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step), '');
}

function toDiagnostic(file: string, error: ErrorObject, locate: Locate): Diagnostic {
  const path = jsonPointerToPath(error.instancePath);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const label = parent.title ?? '';
  const base = { file, severity: 'error' as const, ruleId: `schema/${error.keyword}` };
  const params: Record<string, string | number> = { path: display(path) || '/', label };
  let messageId = `schema/${error.keyword}`;
  let range = locate(path);

  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      params.key = missing;
      params.parentPath = display(path);
      params.path = display([...path, missing]);
      params.label = parent.properties?.[missing]?.title ?? missing;
      params.parent = label;
      range = locate(path, 'key');
      break;
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(parent.properties ?? {});
      const suggestion = nearest(key, known);
      // `{ item: Tổng kết, bế mạc }`: in a one-line { } mapping a comma separates fields, so the rest of the text
      // turns into a key without a value. Keys are ASCII words; text with spaces or accents is this mistake.
      const strayText = (error.data as Record<string, unknown>)[key] === null && !/^[A-Za-z][A-Za-z0-9]*$/.test(key);
      params.key = key;
      params.parent = label;
      params.parentPath = display(path);
      params.path = display([...path, key]);
      if (strayText) {
        messageId = 'schema/stray-comma';
      } else if (suggestion) {
        messageId = 'schema/unknown-key-suggest';
        params.suggestion = suggestion;
      } else {
        messageId = 'schema/unknown-key';
        params.known = known.join(', ');
      }
      range = locate([...path, key], 'key');
      break;
    }
    case 'type': {
      const expected = (error.params as { type: string }).type.split(',')[0]!;
      const kind = error.data === null ? 'null' : Array.isArray(error.data) ? 'array' : typeof error.data === 'object' ? 'object' : 'scalar';
      messageId = `schema/type.${expected}.${kind}`;
      params.actual = describe(error.data);
      break;
    }
    case 'enum':
      params.allowed = ((error.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ');
      params.actual = describe(error.data);
      break;
    case 'format':
      messageId = (error.params as { format: string }).format === 'date' ? 'schema/date' : 'schema/format';
      params.actual = describe(error.data);
      break;
    case 'pattern':
    case 'minLength':
      params.actual = describe(error.data);
      params.hint = (error.parentSchema as { description?: string }).description ?? '';
      if (error.keyword === 'minLength') messageId = 'schema/empty';
      break;
    case 'minimum':
    case 'maximum':
      params.limit = (error.params as { limit: number }).limit;
      params.actual = describe(error.data);
      break;
    case 'minItems':
      params.limit = (error.params as { limit: number }).limit;
      break;
    case 'uniqueItems':
      params.i = (error.params as { i: number }).i;
      params.j = (error.params as { j: number }).j;
      break;
    case 'anyOf':
    case 'oneOf': {
      const alternatives = ((error.schema ?? []) as { required?: string[] }[]).map((b) => (b.required ?? []).join(' + '));
      params.alternatives = alternatives.join(' | ');
      const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
      if (error.keyword === 'oneOf' && passing && passing.length > 1) messageId = 'schema/one-of-many';
      else messageId = 'schema/any-of';
      range = locate(path, 'key');
      break;
    }
    default:
      params.detail = error.message ?? '';
      messageId = 'schema/other';
  }
  return { ...base, ...(range ? { range } : {}), messageId, params };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
