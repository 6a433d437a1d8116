import { describe, expect, test } from 'vitest';
import { citationFormat } from '../../../src/validate/rules/citation/format.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const CITED = 'Quyết định số 183/QĐ-KHCN ngày 15/6/2018';
const cite = (replacement: string) => edit(CITED, replacement);

describe('citation/format', () => {
  test('the seed’s "Quyết định số 183/QĐ-KHCN ngày 15/6/2018" is well-formed', async () => {
    expect(only(await check(SEED), 'citation/format')).toEqual([]);
  });

  test('a Quyết định cited with the Kế hoạch type is an error at the reference', async () => {
    const text = cite('Quyết định số 183/KH-KHCN ngày 15/6/2018');
    const found = only(await check(text), 'citation/format');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'citation/format/type-mismatch',
      params: { kind: 'Quyết định', reference: '183/KH-KHCN', type: 'KH', expected: 'QĐ' },
    });
    expect(found[0]!.range).toEqual(rangeOf(text, '183/KH-KHCN'));
  });

  test('what the rule cannot be sure of is citation/reference’s (a warning), not an error here', () => {
    for (const unsure of ['Quyết định số 183/QDD-KHCN ngày 15/6/2018', 'Quyết định số 183 ngày 15/6/2018', 'Quyết định số 183/QĐ ngày 15/6/2018']) {
      expect(findingsOf(citationFormat, cite(unsure)), unsure).toEqual([]);
    }
  });

  test('real numbers with "&", several segments, the issuer first or the Party’s form stop nothing', () => {
    // ceremony-ubnd-xa-dan-luc-2019 (http://danluc.trieuson.gov.vn/…/ke-hoach-to-chuc-le-cong-bo-xa-dan-luc-dat-chuan-nong-thon-moi.html)
    // and the corpus README's list of real forms.
    for (const ok of [
      'Hướng dẫn số 24/VPĐP-ĐP&TT ngày 23/01/2015',
      'Kế hoạch số 1180/KH-SGDĐT-GDTrH',
      'Kế hoạch số 2297-KH/BDVTW ngày 26/12/2018',
      'Thông báo số 1929-TB/TU ngày 31/10/2019',
      'Chỉ thị số 43-CT/TW',
      'Kế hoạch số 685A/KH-UBND',
      'Kế hoạch số 1272/HĐPH-KH',
    ]) {
      expect(findingsOf(citationFormat, cite(ok)), ok).toEqual([]);
    }
  });

  test('an impossible date is an error', () => {
    expect(findingsOf(citationFormat, cite('Quyết định số 183/QĐ-KHCN ngày 31/6/2018'))).toMatchObject([
      { messageId: 'citation/format/date', params: { reference: '183/QĐ-KHCN', date: '31/6/2018' } },
    ]);
  });

  test('legal texts with a year and the mixed-case type codes are accepted', () => {
    for (const ok of [
      'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020',
      'Thông tư số 01/2011/TT-BNV',
      'Quyết định số 15/2020/QĐ-TTg',
      'Tờ trình số 12/TTr-KHCN',
      'Công văn số 12/UBND-VX',
      'Luật số 29/2013/QH13',
    ]) {
      expect(findingsOf(citationFormat, cite(ok)), ok).toEqual([]);
    }
  });
});
