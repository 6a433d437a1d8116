import { describe, expect, test } from 'vitest';
import { signerAuthority } from '../../../src/validate/rules/signer/authority.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const SIGNER = '  authority: KT.\n  headTitle: GIÁM ĐỐC\n  title: PHÓ GIÁM ĐỐC\n';
const signer = (lines: string) => edit(SIGNER, lines);

describe('signer/authority', () => {
  test('the seed’s KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC is right', async () => {
    expect(only(await check(SEED), 'signer/authority')).toEqual([]);
  });

  test('KT. with the head’s own title is an error at signer.title', async () => {
    const text = signer('  authority: KT.\n  headTitle: GIÁM ĐỐC\n  title: GIÁM ĐỐC SỞ\n');
    const found = only(await check(text), 'signer/authority');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', messageId: 'signer/authority/deputy', params: { title: 'GIÁM ĐỐC SỞ' } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'GIÁM ĐỐC SỞ'));
  });

  test('a minister’s deputy signs KT. BỘ TRƯỞNG / THỨ TRƯỞNG (129/KH-BGDĐT), and THỨ TRƯỞNG alone is a deputy', () => {
    expect(findingsOf(signerAuthority, signer('  authority: KT.\n  headTitle: BỘ TRƯỞNG\n  title: THỨ TRƯỞNG\n'))).toEqual([]);
    expect(findingsOf(signerAuthority, signer('  title: THỨ TRƯỞNG\n'))).toMatchObject([{ messageId: 'signer/authority/deputy-without-kt' }]);
  });

  test('KT., TL. and TUQ. without a headTitle', () => {
    for (const authority of ['KT.', 'TL.', 'TUQ.', 'TM.']) {
      const found = findingsOf(signerAuthority, signer(`  authority: ${authority}\n  title: PHÓ GIÁM ĐỐC\n`));
      expect(found.map((f) => f.messageId), authority).toContain('signer/authority/head-title');
    }
  });

  test('TM. goes with a collective body only', () => {
    expect(findingsOf(signerAuthority, signer('  authority: TM.\n  headTitle: GIÁM ĐỐC\n  title: GIÁM ĐỐC\n'))).toMatchObject([
      { path: ['signer', 'headTitle'], messageId: 'signer/authority/collective' },
    ]);
    for (const body of ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ', 'BAN TỔ CHỨC']) {
      expect(findingsOf(signerAuthority, signer(`  authority: TM.\n  headTitle: ${body}\n  title: CHỦ TỊCH\n`)), body).toEqual([]);
    }
  });

  test('a deputy signing without KT. is reported; the head signing alone is fine', () => {
    expect(findingsOf(signerAuthority, signer('  title: PHÓ GIÁM ĐỐC\n'))).toMatchObject([{ messageId: 'signer/authority/deputy-without-kt' }]);
    expect(findingsOf(signerAuthority, signer('  title: GIÁM ĐỐC\n'))).toEqual([]);
  });
});
