import { describe, expect, test } from 'vitest';
import { capitalisationAfterSemicolon } from '../../../src/validate/rules/capitalisation/after-semicolon.js';
import { check, edit, findingsOf, only, rangeOf, SEED } from './helpers.js';

describe('capitalisation/after-semicolon', () => {
  test('seed W14: "; Thảo luận" and "; Thành viên" as info, at the words', async () => {
    const found = only(await check(SEED), 'capitalisation/after-semicolon');
    expect(found.map((d) => [d.severity, d.params?.found, d.params?.expected])).toEqual([
      ['info', 'Thảo luận', 'thảo luận'],
      ['info', 'Thành viên', 'thành viên'],
    ]);
    expect(found[0]!.range).toEqual(rangeOf(SEED, 'Thảo luận'));
    // Line 36 is a double-quoted scalar: the column counts the opening quote.
    expect(found[1]!.range).toEqual(rangeOf(SEED, 'Thành viên'));
  });

  test('names, titles, document names and abbreviations keep their capital after ";"', () => {
    // The seed's "; Hướng dẫn …", "; Trưởng phòng …", "; Thư ký …", "; Hội đồng …" are all left alone.
    const text = edit('kinh nghiệm; đóng góp', 'kinh nghiệm; UBND tỉnh; Quyết định số 1; Sở Y tế; Tổ chức', edit('các ý kiến; Thảo luận kinh nghiệm', 'các ý kiến; thảo luận kinh nghiệm; đóng góp'));
    expect(findingsOf(capitalisationAfterSemicolon, text).map((f) => f.params?.found)).toEqual(['Tổ chức', 'Thành viên']);
  });
});
