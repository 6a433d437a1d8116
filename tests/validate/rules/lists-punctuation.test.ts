import { describe, expect, test } from 'vitest';
import { listsPunctuation } from '../../../src/validate/rules/lists/punctuation.js';
import { check, edit, findingsOf, only, positionOf, SEED } from './helpers.js';

describe('lists/punctuation', () => {
  test('the seed’s recipient items carry no punctuation of their own', async () => {
    expect(only(await check(SEED), 'lists/punctuation')).toEqual([]);
  });

  test('seed error E7: "- Hội đồng KH&CN các sở, ngành," is an error at the trailing comma', async () => {
    const text = edit('    - Hội đồng KH&CN các sở, ngành\n', '    - Hội đồng KH&CN các sở, ngành,\n');
    const found = only(await check(text), 'lists/punctuation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'lists/punctuation/trailing',
      params: { item: 'Hội đồng KH&CN các sở, ngành,', mark: ',' },
      citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d',
    });
    const comma = positionOf(text, 'ngành,\n');
    expect(found[0]!.range).toEqual({ start: { line: 83, column: comma.column + 5 }, end: { line: 83, column: comma.column + 6 } });
  });

  test('";" and "." on paper items, and a typed dash', () => {
    const text = edit('  paper: []', '  paper:\n    - UBND tỉnh (b/c);\n    - Như trên.\n    - "- Lãnh đạo Sở"');
    expect(findingsOf(listsPunctuation, text).map((f) => [f.path, f.messageId, f.params?.mark])).toEqual([
      [['recipients', 'paper', 0], 'lists/punctuation/trailing', ';'],
      [['recipients', 'paper', 1], 'lists/punctuation/trailing', '.'],
      [['recipients', 'paper', 2], 'lists/punctuation/leading', '-'],
    ]);
  });

  test('an electronic recipient written as { name, email } has its name checked', () => {
    const text = edit('    - Lãnh đạo Sở\n', '    - { name: "Lãnh đạo Sở;", email: lanhdao@example.vn }\n');
    expect(findingsOf(listsPunctuation, text).map((f) => [f.path, f.messageId, f.params?.mark])).toEqual([
      [['recipients', 'electronic', 0, 'name'], 'lists/punctuation/trailing', ';'],
    ]);
  });
});
