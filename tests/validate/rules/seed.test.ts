import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../../src/i18n/index.js';
import { check, SEED } from './helpers.js';

/**
 * What the rules say about the seed, each finding checked against nd30.md §11: no errors; warnings and infos only
 * where the seed really has a style issue.
 */
describe('the seed example', () => {
  test('passes with no errors, and every finding is one of the known style issues', async () => {
    const diagnostics = await check(SEED);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.ruleId} ${formatMessage(d, 'en')}`)).toEqual([
      // W15/W11: the Sở and the unit are named both in full and abbreviated.
      '57:31 info abbreviations/consistency Written in full here ("Sở Khoa học và Công nghệ"), but abbreviated on line 26 ("Sở KH&CN"); consider writing it one way.',
      '61:89 info abbreviations/consistency Written in full here ("Quản lý Khoa học và Công nghệ"), but abbreviated on line 65 ("Quản lý KH&CN"); consider writing it one way.',
      '93:22 info abbreviations/consistency Written in full here ("Sở Khoa học và Công nghệ"), but abbreviated on line 26 ("Sở KH&CN"); consider writing it one way.',
      // W11: "phòng Quản lý …" names one unit.
      '61:75 warning capitalisation/unit-type A named agency or unit capitalises its type word: "Phòng Quản …"; found "phòng Quản …".',
      '65:11 warning capitalisation/unit-type A named agency or unit capitalises its type word: "Phòng Quản …"; found "phòng Quản …".',
      '66:20 warning capitalisation/unit-type A named agency or unit capitalises its type word: "Phòng Quản …"; found "phòng Quản …".',
      '70:37 warning capitalisation/unit-type A named agency or unit capitalises its type word: "Phòng Quản …"; found "phòng Quản …".',
      // W12, W13.
      '27:184 warning capitalisation/consistency Written "quản lý Nhà nước" here, but the plan writes "quản lý nhà nước" 1 time(s) (first on line 20); write it one way.',
      '64:120 warning capitalisation/consistency Written "hội nghị" here, but the plan writes "Hội nghị" 6 time(s) (first on line 15); write it one way.',
      // W14.
      '27:38 info capitalisation/after-semicolon After a semicolon, write in lower case: "thảo luận"; found "Thảo luận".',
      '36:44 info capitalisation/after-semicolon After a semicolon, write in lower case: "thành viên"; found "Thành viên".',
    ]);
  });
});
