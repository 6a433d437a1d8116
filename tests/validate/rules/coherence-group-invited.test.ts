import { describe, expect, test } from 'vitest';
import { coherenceGroupInvited } from '../../../src/validate/rules/coherence/group-invited.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const dropBaoChi = (text = SEED) =>
  edit(
    '    - { organization: Báo Bắc Giang, group: bao-chi }\n    - { organization: Đài Phát thanh và Truyền hình tỉnh Bắc Giang, group: bao-chi }\n',
    '',
    text,
  );

describe('coherence/group-invited', () => {
  test('every invited group of the seed has invitees; so-khcn is invited: false', async () => {
    expect(only(await check(SEED), 'coherence/group-invited')).toEqual([]);
  });

  test('a group left without invitees or recipients is a warning at its id', async () => {
    const text = dropBaoChi();
    const found = only(await check(text), 'coherence/group-invited');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { group: 'bao-chi' } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'bao-chi'));
  });

  test('a line in the Bản điện tử list naming the group covers it', () => {
    const text = edit('    - Các phòng, đơn vị thuộc Sở\n', '    - Các phòng, đơn vị thuộc Sở\n    - Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh\n', dropBaoChi());
    expect(findingsOf(coherenceGroupInvited, text)).toEqual([]);
  });

  test('invited: false groups need nothing', () => {
    const text = edit('    text: Phóng viên Báo Bắc Giang', '    invited: false\n    text: Phóng viên Báo Bắc Giang', dropBaoChi());
    expect(findingsOf(coherenceGroupInvited, text)).toEqual([]);
  });

  test('a plan without an invitations block sends no letters: no group needs an invitee', async () => {
    const start = SEED.indexOf('\ninvitations:');
    const end = SEED.slice(start + 1).search(/\n[a-z]/u);
    const text = SEED.slice(0, start + 1) + (end < 0 ? '' : SEED.slice(start + 2 + end));
    expect(text).not.toContain('invitations:');
    expect(only(await check(text), 'coherence/group-invited')).toEqual([]);
  });
});
