import { describe, expect, test } from 'vitest';
import { numberSymbol } from '../../../src/validate/rules/number/symbol.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const withSymbol = (symbol: string, text = SEED) => edit('  number: "05"\n', `  number: "05"\n  symbol: ${symbol}\n`, text);
const party = (text: string) => edit('  place: Bắc Giang\n', '  place: Bắc Giang\n  style: dang\n', text);
const ids = (text: string) => findingsOf(numberSymbol, text).map((f) => f.messageId);

describe('number/symbol', () => {
  test('the seed composes its ký hiệu (no symbol): nothing to check', async () => {
    expect(only(await check(SEED), 'number/symbol')).toEqual([]);
  });

  test('the real forms of issue 14 pass in their house styles', () => {
    // issuer first: 1272/HĐPH-KH; several segments: 322/KH-ĐHĐA-NCKH; the Party's: 2297-KH/BDVTW.
    expect(ids(withSymbol('HĐPH-KH', edit('abbreviation: KHCN', 'abbreviation: HĐPH')))).toEqual([]);
    expect(ids(withSymbol('KH-ĐHĐA-NCKH', edit('abbreviation: KHCN', 'abbreviation: ĐHĐA-NCKH')))).toEqual([]);
    expect(ids(party(withSymbol('KH/BDVTW', edit('abbreviation: KHCN', 'abbreviation: BDVTW'))))).toEqual([]);
  });

  test('a Party form under Decree 30, or the other way round, is a warning at the symbol', async () => {
    const text = withSymbol('KH/KHCN');
    const found = only(await check(text), 'number/symbol');
    expect(found).toMatchObject([{ severity: 'warning', messageId: 'number/symbol/state-form' }]);
    expect(found[0]!.range).toEqual(rangeOf(text, 'KH/KHCN'));
    expect(ids(party(withSymbol('KH-KHCN')))).toEqual(['number/symbol/party-form']);
  });

  test('a ký hiệu without the type or the agency', () => {
    expect(ids(withSymbol('QĐ-KHCN'))).toEqual(['number/symbol/type']);
    expect(ids(withSymbol('KH-UBND'))).toEqual(['number/symbol/agency']);
  });
});
