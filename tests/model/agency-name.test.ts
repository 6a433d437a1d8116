import { describe, expect, it } from 'vitest';
import { agencyNameByRule, agencyNameInText } from '../../src/model/agency-name.js';
import type { PlanSource } from '../../src/model/source.js';

describe('agencyNameByRule', () => {
  it('writes an upper-case agency name the way Phụ lục II capitalises it', () => {
    expect(agencyNameByRule('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toBe('Sở Khoa học và Công nghệ');
    expect(agencyNameByRule('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG')).toBe('Sở Tài nguyên và Môi trường');
    expect(agencyNameByRule('SỞ GIAO THÔNG VẬN TẢI')).toBe('Sở Giao thông vận tải');
    expect(agencyNameByRule('TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ')).toBe(
      'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    );
  });
  it('leaves names it cannot read as written', () => {
    expect(agencyNameByRule('UBND TỈNH BẮC GIANG')).toBe('UBND TỈNH BẮC GIANG');
    expect(agencyNameByRule('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG')).toBe('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG');
    expect(agencyNameByRule('Sở Y tế')).toBe('Sở Y tế');
  });
});

describe('agencyNameInText', () => {
  const source = (issuer: Partial<PlanSource['issuer']>, venue = 'Hội trường') =>
    ({ issuer: { name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', abbreviation: 'KHCN', place: 'Bắc Giang', ...issuer }, venue: { name: venue }, purpose: [], content: {} }) as unknown as PlanSource;

  it('takes the clerk\'s own spelling first', () => {
    expect(agencyNameInText(source({ nameInText: 'Sở KH&CN tỉnh Bắc Giang' }))).toBe('Sở KH&CN tỉnh Bắc Giang');
  });
  it('then the name as the plan writes it in its own sentences', () => {
    expect(agencyNameInText(source({ name: 'UBND TỈNH BẮC GIANG' }, 'Hội trường UBND tỉnh Bắc Giang'))).toBe('UBND tỉnh Bắc Giang');
  });
  it('then Phụ lục II\'s rule', () => {
    expect(agencyNameInText(source({}))).toBe('Sở Khoa học và Công nghệ');
  });
});
