import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { checkPlan } from '../../../src/engine/check-plan.js';
import { formatMessage } from '../../../src/i18n/index.js';
import { parsePlanYaml } from '../../../src/load/yaml.js';
import { buildModel, type PlanSource } from '../../../src/model/plan.js';
import type { Diagnostic } from '../../../src/report/diagnostic.js';
import type { Finding, Rule } from '../../../src/validate/rules/index.js';
import { SEED_RELATIVE } from '../../helpers/seed.js';

export const SEED_PATH = SEED_RELATIVE;
export const SEED = readFileSync(SEED_PATH, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'plan-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

/** Runs the whole check pipeline (YAML, schema, model, rules) on a plan given as text. */
export async function check(text: string): Promise<Diagnostic[]> {
  const file = join(dir, `plan-${++counter}.yaml`);
  writeFileSync(file, text);
  const result = await checkPlan(file);
  // A fixture that does not pass the schema would test nothing: fail loudly instead.
  expect(result.model, result.diagnostics.map((d) => `${d.ruleId}: ${formatMessage(d, 'en')}`).join('\n')).toBeDefined();
  return result.diagnostics;
}

/** The diagnostics of one rule. */
export const only = (diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic[] =>
  diagnostics.filter((d) => d.ruleId === ruleId);

/** The seed with `from` replaced by `to`; fails when `from` is not in the seed (a fixture that silently changed nothing). */
export function edit(from: string, to: string, text = SEED): string {
  expect(text.includes(from), `fixture text not found: ${from}`).toBe(true);
  return text.replace(from, to);
}

/** The seed with YAML appended at the end (top-level keys such as rules: or order:). */
export const append = (yaml: string, text = SEED): string => `${text.trimEnd()}\n${yaml.trimEnd()}\n`;

/** 1-based line and column of the n-th occurrence (0-based) of `needle` in `text`, counted as editors count. */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    expect(index, `"${needle}" #${occurrence} not in the fixture`).toBeGreaterThanOrEqual(0);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The range a diagnostic should have when it covers exactly `needle` (single line). */
export function rangeOf(text: string, needle: string, occurrence = 0) {
  const start = positionOf(text, needle, occurrence);
  return { start, end: { line: start.line, column: start.column + needle.length } };
}

/** Calls one rule directly on a plan given as text (no runner: raw findings with data paths). */
export function findingsOf(rule: Rule, text: string): Finding[] {
  const parsed = parsePlanYaml('plan.yaml', text);
  const model = buildModel(parsed.data as PlanSource);
  return rule.check({ model, data: parsed.data });
}
