import { describe, expect, test } from 'vitest';
import { check, edit, only, positionOf, SEED } from './helpers.js';

describe('coherence/duplicate-invitee', () => {
  test('the seed invites each organisation once', async () => {
    expect(only(await check(SEED), 'coherence/duplicate-invitee')).toEqual([]);
  });

  test('the same organisation again, in other case and without diacritics, is a warning at the second item', async () => {
    const text = edit(
      '    - { organization: Báo Bắc Giang, group: bao-chi }\n',
      '    - { organization: Báo Bắc Giang, group: bao-chi }\n    - { organization: bao bac  giang, group: bao-chi }\n',
    );
    const found = only(await check(text), 'coherence/duplicate-invitee');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { invitee: 'bao bac  giang', line: 125 } });
    expect(found[0]!.range!.start).toEqual({ line: 126, column: positionOf(text, '{ organization: bao bac').column });
  });

  test('the same organisation with two different people is not a duplicate', async () => {
    const text = edit(
      '    - { organization: Báo Bắc Giang, group: bao-chi }\n',
      '    - { name: Nguyễn Văn A, organization: Báo Bắc Giang, group: bao-chi }\n    - { name: Trần Thị B, organization: Báo Bắc Giang, group: bao-chi }\n',
    );
    expect(only(await check(text), 'coherence/duplicate-invitee')).toEqual([]);
  });
});
