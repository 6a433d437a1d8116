import { describe, expect, test } from 'vitest';
import { coherenceInviteeGroup } from '../../../src/validate/rules/coherence/invitee-group.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('coherence/invitee-group', () => {
  test('every invitee of the seed names a declared group', async () => {
    expect(only(await check(SEED), 'coherence/invitee-group')).toEqual([]);
  });

  test('a misspelt group is an error at the invitee’s group, with the nearest id suggested', async () => {
    const text = edit('Sở Y tế, group: hoi-dong-so', 'Sở Y tế, group: hoi-dong-sox');
    const found = only(await check(text), 'coherence/invitee-group');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'coherence/invitee-group/suggest',
      params: { group: 'hoi-dong-sox', suggestion: 'hoi-dong-so' },
    });
    expect(found[0]!.range).toEqual(rangeOf(text, 'hoi-dong-sox'));
  });

  test('a group far from every id lists the known ids', () => {
    expect(findingsOf(coherenceInviteeGroup, edit('Sở Y tế, group: hoi-dong-so', 'Sở Y tế, group: khach-vip'))).toMatchObject([
      { path: ['invitations', 'invitees', 1, 'group'], messageId: 'coherence/invitee-group/unknown', params: { known: expect.stringContaining('hoi-dong-so, hoi-dong-huyen') } },
    ]);
  });
});
