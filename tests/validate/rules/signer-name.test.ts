import { describe, expect, test } from 'vitest';
import { signerName } from '../../../src/validate/rules/signer/name.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const named = (name: string) => edit('name: Nguyễn Phúc Thương', `name: ${name}`);

describe('signer/name', () => {
  test('the seed’s "Nguyễn Phúc Thương" is right', async () => {
    expect(only(await check(SEED), 'signer/name')).toEqual([]);
  });

  test('"TS. Nguyễn Phúc Thương" is an error at signer.name', async () => {
    const text = named('TS. Nguyễn Phúc Thương');
    const found = only(await check(text), 'signer/name');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'signer/name/degree',
      params: { prefix: 'TS.', name: 'Nguyễn Phúc Thương' },
      citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.c',
    });
    expect(found[0]!.range).toEqual(rangeOf(text, 'TS. Nguyễn Phúc Thương'));
  });

  test.each([['PGS.TS. Nguyễn Văn A', 'PGS.TS.'], ['ThS. Trần Thị B', 'ThS.'], ['Tiến sĩ Lê Văn C', 'Tiến sĩ'], ['KS. Phạm D', 'KS.'], ['CN. Hoàng E', 'CN.']])(
    '"%s" has the degree %s',
    (name, prefix) => {
      expect(findingsOf(signerName, named(name))).toMatchObject([{ messageId: 'signer/name/degree', params: { prefix } }]);
    },
  );

  test('a name in capitals is an error with the normal-case form suggested', () => {
    expect(findingsOf(signerName, named('NGUYỄN PHÚC THƯƠNG'))).toEqual([
      { path: ['signer', 'name'], messageId: 'signer/name/upper-case', params: { name: 'NGUYỄN PHÚC THƯƠNG', expected: 'Nguyễn Phúc Thương' } },
    ]);
  });

  test('names that merely start like a degree are fine', () => {
    expect(findingsOf(signerName, named('Tsering Dorje'))).toEqual([]);
    expect(findingsOf(signerName, named('Cung Văn Sĩ'))).toEqual([]);
  });
});
