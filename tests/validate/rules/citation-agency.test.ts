import { describe, expect, test } from 'vitest';
import { citationAgency } from '../../../src/validate/rules/citation/agency.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('citation/agency', () => {
  test('the seed cites its own decision as /QĐ-KHCN, as issuer.abbreviation says', async () => {
    expect(only(await check(SEED), 'citation/agency')).toEqual([]);
  });

  test('"/QĐ-SKHCN" for a KHCN issuer is a warning at the reference', async () => {
    const text = edit('183/QĐ-KHCN', '183/QĐ-SKHCN');
    const found = only(await check(text), 'citation/agency');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { reference: '183/QĐ-SKHCN', agency: 'SKHCN', expected: 'KHCN' } });
    expect(found[0]!.range).toEqual(rangeOf(text, '183/QĐ-SKHCN'));
  });

  test('a citation followed by "của … Sở KH&CN" is the agency’s own, whatever its code', () => {
    expect(findingsOf(citationAgency, edit('183/QĐ-KHCN', '183/QĐ-SKHCN2'))).toHaveLength(1);
    expect(findingsOf(citationAgency, edit('183/QĐ-KHCN', '183/QĐ-KHoaHoc'))).toMatchObject([{ params: { agency: 'KHoaHoc' } }]);
  });

  test('another agency’s document is left alone', () => {
    const text = edit('183/QĐ-KHCN ngày 15/6/2018 của Giám đốc Sở KH&CN', '183/QĐ-UBND ngày 15/6/2018 của UBND tỉnh');
    expect(findingsOf(citationAgency, text)).toEqual([]);
  });
});
