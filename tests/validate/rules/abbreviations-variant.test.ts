import { describe, expect, test } from 'vitest';
import { abbreviationsVariant } from '../../../src/validate/rules/abbreviations/variant.js';
import { append, check, edit, findingsOf, only, SEED } from './helpers.js';

/** Seed error E4, put back: "Hội đồng KKH&CN" in the first purpose item (line 18). */
const PLANTED = edit('tư vấn, hoạt động của Hội đồng KH&CN', 'tư vấn, hoạt động của Hội đồng KKH&CN');

describe('abbreviations/variant', () => {
  test('the seed writes KH&CN the same way everywhere (183/QĐ-KHCN and KHCNCS are codes, not text)', async () => {
    expect(only(await check(SEED), 'abbreviations/variant')).toEqual([]);
  });

  test('a planted "KKH&CN" is an error at its line and column', async () => {
    const found = only(await check(PLANTED), 'abbreviations/variant');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', params: { found: 'KKH&CN', expected: 'KH&CN' } });
    // "  - Nâng cao hiệu quả tư vấn, hoạt động của Hội đồng " is 53 characters: the word starts at column 54.
    expect(found[0]!.range).toEqual({ start: { line: 18, column: 54 }, end: { line: 18, column: 60 } });
  });

  test('a rules block with "abbreviations/variant": off silences it', async () => {
    const text = append('rules:\n  "abbreviations/variant": off', PLANTED);
    const diagnostics = await check(text);
    expect(only(diagnostics, 'abbreviations/variant')).toEqual([]);
    expect(only(diagnostics, 'rules/unknown-id')).toEqual([]);
  });

  test('the rules block can also turn it down to a warning', async () => {
    const text = append('rules:\n  abbreviations/variant: warning', PLANTED);
    expect(only(await check(text), 'abbreviations/variant').map((d) => d.severity)).toEqual(['warning']);
  });

  test.each([
    ['KH & CN', 'KH&CN'],
    ['Kh&CN', 'KH&CN'],
    ['KH&CNN', 'KH&CN'],
    ['TN & MT', 'TN&MT'],
    ['NN&PTN', 'NN&PTNT'],
    ['UBNDD', undefined],
  ])('"%s" → %s', (variant, expected) => {
    const text = edit('Hội đồng KH&CN của các sở', `Hội đồng ${variant} của các sở`);
    const found = findingsOf(abbreviationsVariant, text);
    expect(found.map((f) => f.params?.expected)).toEqual(expected ? [expected] : []);
  });

  test('"KHCN" in running text is reported when the plan writes KH&CN elsewhere, with its span', () => {
    const text = edit('hoạt động KH&CN, góp phần', 'hoạt động KHCN, góp phần');
    const found = findingsOf(abbreviationsVariant, text);
    expect(found).toMatchObject([{ path: ['purpose', 1], params: { found: 'KHCN', expected: 'KH&CN' } }]);
    const item = 'Trao đổi kinh nghiệm, cách làm hay giữa các cơ quan, địa phương, đơn vị trong hoạt động ';
    expect(found[0]!.span).toEqual({ start: item.length, length: 4 });
  });
});
