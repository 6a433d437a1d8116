import { describe, expect, test } from 'vitest';
import { citationReference } from '../../../src/validate/rules/citation/reference.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const CITED = 'Quyết định số 183/QĐ-KHCN ngày 15/6/2018';
const cite = (replacement: string) => edit(CITED, replacement);
const ids = (text: string) => findingsOf(citationReference, text).map((f) => f.messageId);

describe('citation/reference', () => {
  test('the seed cites its documents with kind, number and ký hiệu', async () => {
    expect(only(await check(SEED), 'citation/reference')).toEqual([]);
  });

  test('real numbers do not fire: "&", several segments, the issuer first, the Party’s form, a letter suffix', () => {
    // From the corpus sources: ceremony-ubnd-xa-dan-luc-2019 (danluc.trieuson.gov.vn), ceremony-ubnd-tinh-vinh-phuc-2020
    // (dulichvinhphuc.gov.vn), online-meeting-ban-dan-van-tw-2018 (danvan.vn, Kế hoạch số 2297-KH/BDVTW).
    for (const ok of [
      'Hướng dẫn số 24/VPĐP-ĐP&TT, ngày 23/01/2015',
      'Kế hoạch số 1180/KH-SGDĐT-GDTrH',
      'Kế hoạch số 2297-KH/BDVTW ngày 26/12/2018',
      'Thông báo số 1929-TB/TU ngày 31/10/2019 của Ban Thường vụ Tỉnh ủy',
      'Kế hoạch số 203-KH/TĐTN-XDĐ',
      'Kế hoạch số 685A/KH-UBND',
      'Công văn số 5027/UBND-VH',
      'Quyết định số 183/QĐ-KHCN, 184/QĐ-KHCN ngày 15/6/2018',
    ]) {
      expect(ids(cite(ok)), ok).toEqual([]);
    }
  });

  test('a near miss of the type, a missing ký hiệu: warnings, never errors', async () => {
    expect(ids(cite('Quyết định số 183/QDD-KHCN ngày 15/6/2018'))).toEqual(['citation/reference/unknown-type']);
    expect(ids(cite('Quyết định số 183 ngày 15/6/2018'))).toEqual(['citation/reference/shape']);
    const text = cite('Quyết định số 183/QĐ ngày 15/6/2018');
    const found = only(await check(text), 'citation/reference');
    expect(found).toMatchObject([{ severity: 'warning', messageId: 'citation/reference/shape' }]);
    expect(found[0]!.range).toEqual(rangeOf(text, '183/QĐ'));
  });

  test('a number cited without the kind of document is a warning at the number, with the kind its type names', async () => {
    const text = cite('theo số 183/QĐ-KHCN ngày 15/6/2018');
    const found = only(await check(text), 'citation/reference');
    expect(found).toMatchObject([
      { severity: 'warning', messageId: 'citation/reference/no-kind/suggest', params: { reference: '183/QĐ-KHCN', kind: 'Quyết định' } },
    ]);
    expect(found[0]!.range).toEqual(rangeOf(text, '183/QĐ-KHCN'));
    expect(ids(cite('căn cứ 2297-KH/BDVTW'))).toEqual(['citation/reference/no-kind/suggest']);
    expect(ids(cite('căn cứ 12/UBND-VX'))).toEqual(['citation/reference/no-kind']);
  });

  test('dates, times, fractions and phone numbers are not numbers of documents', () => {
    for (const ok of ['ngày 15/6/2018', 'từ 7h30 -9h00', '½ ngày, 1/2 ngày', 'điện thoại 0204 3854 315', 'năm học 2018-2019']) {
      expect(ids(cite(ok)), ok).toEqual([]);
    }
  });
});
