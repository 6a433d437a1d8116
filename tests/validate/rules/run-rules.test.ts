import { describe, expect, test } from 'vitest';
import { parsePlanYaml } from '../../../src/load/yaml.js';
import { buildModel, type PlanSource } from '../../../src/model/plan.js';
import { RULES, runRules } from '../../../src/validate/rules/index.js';
import { append, check, edit, only, rangeOf } from './helpers.js';

const PLANTED = edit('tư vấn, hoạt động của Hội đồng KH&CN', 'tư vấn, hoạt động của Hội đồng KKH&CN');

describe('runRules: the rules: block', () => {
  test('an unknown rule id is an error at its key, with the nearest id suggested', async () => {
    const text = append('rules:\n  abbreviation/variant: off');
    const found = only(await check(text), 'rules/unknown-id');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'rules/unknown-id/suggest',
      params: { id: 'abbreviation/variant', suggestion: 'abbreviations/variant' },
    });
    expect(found[0]!.range).toEqual(rangeOf(text, 'abbreviation/variant'));
  });

  test('an id far from every rule is reported without a suggestion', async () => {
    const found = only(await check(append('rules:\n  "no-such-thing": warning')), 'rules/unknown-id');
    expect(found).toMatchObject([{ messageId: 'rules/unknown-id', params: { id: 'no-such-thing' } }]);
  });

  test('error raises a warning rule; off silences an info rule', async () => {
    const text = append('rules:\n  capitalisation/unit-type: error\n  capitalisation/after-semicolon: off');
    const diagnostics = await check(text);
    expect(only(diagnostics, 'capitalisation/unit-type').map((d) => d.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(only(diagnostics, 'capitalisation/after-semicolon')).toEqual([]);
  });

  test('every diagnostic carries the file, the rule id and the rule’s citation', async () => {
    const diagnostics = (await check(PLANTED)).filter((d) => d.ruleId === 'capitalisation/unit-type');
    for (const d of diagnostics) {
      expect(d.file).toMatch(/plan-\d+\.yaml$/);
      expect(d.citation).toBe('Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II.1');
    }
  });
});

describe('runRules: positions inside a text', () => {
  test('a block scalar keeps the whole value’s range (no column is guessed)', async () => {
    const text = edit(
      '  - Nâng cao hiệu quả tư vấn, hoạt động của Hội đồng KH&CN',
      '  - >-\n    Nâng cao hiệu quả tư vấn, hoạt động của Hội đồng KKH&CN',
    );
    const [d] = only(await check(text), 'abbreviations/variant');
    expect(d!.range!.start).toEqual({ line: 18, column: 5 });
    expect(d!.range!.end.line).toBeGreaterThan(18);
  });

  test('a single-quoted scalar without escapes is narrowed, one column after the quote', async () => {
    const text = edit(
      '  - Nâng cao hiệu quả tư vấn, hoạt động của Hội đồng KH&CN của các sở, ban, ngành tỉnh;',
      "  - 'Nâng cao hiệu quả tư vấn, hoạt động của Hội đồng KKH&CN của các sở, ban, ngành tỉnh;",
    ).replace('các huyện, thành phố.\n  - Trao', "các huyện, thành phố.'\n  - Trao");
    const [d] = only(await check(text), 'abbreviations/variant');
    expect(d!.range).toEqual(rangeOf(text, 'KKH&CN'));
  });

  test('a rule that throws is reported and the others still run', () => {
    const parsed = parsePlanYaml('plan.yaml', PLANTED);
    const model = buildModel(parsed.data as PlanSource);
    const broken = RULES.find((r) => r.id === 'dates/order')!;
    const original = broken.check;
    broken.check = () => {
      throw new Error('boom');
    };
    try {
      const diagnostics = runRules('plan.yaml', model, parsed.data, parsed.locate);
      expect(diagnostics.find((d) => d.ruleId === 'dates/order')).toMatchObject({ messageId: 'rules/internal-error', params: { detail: 'boom' } });
      expect(diagnostics.some((d) => d.ruleId === 'abbreviations/variant')).toBe(true);
    } finally {
      broken.check = original;
    }
  });
});
