import { describe, expect, test } from 'vitest';
import { weekdayMatch } from '../../../src/validate/rules/weekday/match.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

const withNote = (note: string) => edit('note: (có Giấy mời kèm theo)', `note: ${note}`);

describe('weekday/match', () => {
  test('the seed writes no weekday', async () => {
    expect(only(await check(SEED), 'weekday/match')).toEqual([]);
  });

  test('"thứ Tư, ngày 31/7/2018" is an error: 31/7/2018 was a Tuesday; the range covers weekday and date', async () => {
    const text = withNote('Khai mạc thứ Tư, ngày 31/7/2018')
    const found = only(await check(text), 'weekday/match');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', params: { written: 'thứ Tư', date: '31/7/2018', expected: 'thứ Ba' } });
    expect(found[0]!.range).toEqual(rangeOf(text, 'thứ Tư, ngày 31/7/2018'));
  });

  test.each([
    ['thứ Ba, ngày 31/7/2018'],
    ['Thứ 3 (31/7/2018)'],
    ['thứ ba ngày 31 tháng 7 năm 2018'],
    ['Chủ nhật, 29-7-2018'],
    ['CN 29/7/2018'],
    ['thứ Bảy, 28/7/2018'],
  ])('"%s" is right', (note) => {
    expect(findingsOf(weekdayMatch, withNote(`"${note}"`))).toEqual([]);
  });

  test.each([
    ['Thứ 2 (31/7/2018)', 'Thứ 2'],
    ['thứ Năm ngày 31 tháng 7 năm 2018', 'thứ Năm'],
    ['Chủ nhật, 31-7-2018', 'Chủ nhật'],
    ['CN 31/7/2018', 'CN'],
  ])('"%s" is wrong', (note, written) => {
    expect(findingsOf(weekdayMatch, withNote(`"${note}"`))).toMatchObject([{ path: ['time', 'note'], params: { written, expected: 'thứ Ba' } }]);
  });

  test('a weekday without a date, or a date that does not exist, is left alone', () => {
    expect(findingsOf(weekdayMatch, withNote('"họp vào thứ Tư hằng tuần; thứ Hai 31/2/2018"'))).toEqual([]);
  });
});
