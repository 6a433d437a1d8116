import { describe, expect, it } from 'vitest';
import { summaryInText } from '../../../src/render/distribution/names.js';
import { inviteeName } from '../../../src/model/invitee.js';
import { nameKey } from '../../../src/render/distribution/rows.js';

describe('summaryInText', () => {
  it('lower-cases the first letter for running text, but not an abbreviation', () => {
    expect(summaryInText('Tổ chức Hội nghị giao ban')).toBe('tổ chức Hội nghị giao ban');
    expect(summaryInText('KH&CN cấp cơ sở')).toBe('KH&CN cấp cơ sở');
    expect(summaryInText('UBND tỉnh làm việc')).toBe('UBND tỉnh làm việc');
  });
  it('cites "Về việc …" and "V/v …" without a second "về" (143/TB-SGDĐT: "… về về việc tổ chức …")', () => {
    expect(summaryInText('Về việc tổ chức Hội thi Giáo viên dạy giỏi')).toBe('việc tổ chức Hội thi Giáo viên dạy giỏi');
    expect(summaryInText('V/v tổ chức Hội nghị')).toBe('tổ chức Hội nghị');
    expect(summaryInText('Về nguồn: hành trình')).toBe('về nguồn: hành trình');
  });
});

describe('invitee names and keys', () => {
  it('prints a person with title and unit, or the unit alone', () => {
    expect(inviteeName({ salutation: 'Ông', name: 'Nguyễn Văn An', title: 'Giám đốc', organization: 'Sở Y tế' })).toBe(
      'Ông Nguyễn Văn An, Giám đốc, Sở Y tế',
    );
    expect(inviteeName({ organization: ' Báo  Bắc Giang ' })).toBe('Báo Bắc Giang');
    expect(inviteeName({ salutation: 'Bà', organization: 'Sở Y tế' })).toBe('Sở Y tế');
  });
  it('compares names regardless of case, spacing, Unicode form and end punctuation', () => {
    expect(nameKey('Sở Y tế;')).toBe(nameKey('SỞ  Y TẾ'));
    expect(nameKey('Sở Y tế'.normalize('NFD'))).toBe(nameKey('Sở Y tế'));
    expect(nameKey('Sở Y tế')).not.toBe(nameKey('Sở Tài chính'));
  });
});

describe('an invitee is named the same way in the letter and on the list', () => {
  it('prints a salutation only with a name, and never an XML-forbidden character', async () => {
    const { inviteeName: named } = await import('../../../src/model/invitee.js');
    expect(named({ salutation: 'Ông', title: 'Giám đốc', organization: 'Sở Y tế' })).toBe('Giám đốc, Sở Y tế');
    expect(named({ name: 'Trần\u0007 Thị  Bình' })).toBe('Trần Thị Bình');
  });
});
