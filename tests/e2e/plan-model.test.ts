// Issue 14: a plan model that is not seed-shaped. Each fixture under tests/fixtures/plan-model is built by the built
// program; its Kế hoạch and letters are read back as text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, runBuilt } from './run-built.js';

const FIXTURES = 'tests/fixtures/plan-model';

async function build(name: string): Promise<{ dir: string; plan: string[]; letters: string[]; docx: string[] }> {
  const dir = project([FIXTURES, 'schema']);
  const check = await runBuilt(['check', join(FIXTURES, `${name}.yaml`)], { cwd: dir });
  expect(check.stdout + check.stderr).not.toMatch(/lỗi  |cảnh báo  /);
  expect(check.code).toBe(0);
  const run = await runBuilt(['build', join(FIXTURES, `${name}.yaml`), '--out', 'out'], { cwd: dir });
  expect(run.code).toBe(0);
  const docx = filesBelow(join(dir, 'out')).filter((f) => f.endsWith('.docx')).map((f) => join(dir, 'out', f));
  const text = (file: string) => all(openDocx(file).dom('word/document.xml'), 'p').map(paragraphText).filter((t) => t.trim());
  const letter = docx.find((f) => f.endsWith('giay-moi-tat-ca.docx'));
  return { dir, plan: text(join(dir, 'out', 'ke-hoach.docx')), letters: letter ? text(letter) : [], docx };
}

describe('a plan numbered I / 1 / 1.1, online only, whose own section carries the time and venue', () => {
  const built = build('thap-phan-truc-tuyen');
  const TIME = '½ ngày, từ 07 giờ 30 phút đến 09 giờ 00 phút, buổi sáng Chủ nhật, ngày 10/4/2022 (tức ngày 10 tháng 3 năm Nhâm Dần)';

  it('splits section I into Mục đích and Yêu cầu', async () => {
    const { plan } = await built;
    const at = plan.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
    expect(plan.slice(at, at + 5)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Đánh giá kết quả năm học.', '2. Yêu cầu', '- Tổ chức trang trọng, tiết kiệm.']);
  });

  it('prints the time and venue inside the plan\'s own section, and numbers its third level 3.1.', async () => {
    const { plan } = await built;
    expect(plan).toContain(`1. Thời gian: ${TIME}.`);
    expect(plan).toContain('2. Hình thức: trực tuyến qua Zoom; điểm cầu trung tâm: Phòng họp số 1, nhà A.');
    expect(plan).toContain('3.1. Bước chuẩn bị');
    expect(plan).not.toContain('Hình thức: trực tiếp kết hợp trực tuyến');
  });

  it('keeps a numbered list numbered instead of turning it into dashes', async () => {
    const { plan } = await built;
    expect(plan).toContain('1. Chuẩn bị báo cáo;');
    expect(plan).toContain('2. Gửi giấy mời.');
  });

  it('lists participants under the central point and under each class of bridge points', async () => {
    const { plan } = await built;
    const at = plan.indexOf('- Điểm cầu các khoa, thành phần gồm:');
    expect(at).toBeGreaterThan(0);
    expect(plan.slice(at + 1, at + 3)).toEqual(['+ Trưởng khoa;', '+ Giảng viên.']);
    expect(plan).toContain('+ Ban Giám hiệu;');
  });

  it('tabulates the programme with a TT column, the plan\'s column title and "+" sub-items', async () => {
    const { plan } = await built;
    const at = plan.indexOf('TT');
    expect(plan.slice(at, at + 4)).toEqual(['TT', 'Thời gian', 'Nội dung', 'Đơn vị, người thực hiện']);
    expect(plan).toContain('+ Kết quả đào tạo');
  });

  it('prints the attendees\' role and quota', async () => {
    const { plan } = await built;
    expect(plan).toContain('- Trưởng các khoa (đại biểu; mỗi đơn vị 02 người).');
  });

  it('keeps a text-only unit out of the bullets of the unit with tasks above it', async () => {
    const { plan } = await built;
    const at = plan.indexOf('1. Phòng Đào tạo');
    expect(plan.slice(at, at + 5)).toEqual([
      '1. Phòng Đào tạo', '- Chuẩn bị báo cáo.', '2. Phòng Tổ chức', 'Phòng Tổ chức chuẩn bị khen thưởng.', 'Các khoa phối hợp thực hiện./.',
    ]);
  });

  it('prints the time in the letter exactly as in the plan', async () => {
    const { letters } = await built;
    expect(letters).toContain(`Thời gian: ${TIME}.`);
    expect(letters.some((l) => l.startsWith('Địa điểm: trực tuyến qua Zoom; điểm cầu trung tâm: Phòng họp số 1, nhà A.'))).toBe(true);
  });

  it('writes DOCX that pass the OOXML validator', async () => {
    const { docx } = await built;
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
  });
});

describe('a commune contest: month only, no venue, no purpose, programme attached, unnumbered headings', () => {
  it('prints only what the plan has, with the programme named as attached', async () => {
    const { plan } = await build('thang-khong-dia-diem');
    const at = plan.indexOf('NỘI DUNG THỰC HIỆN');
    expect(plan.slice(at, at + 3)).toEqual(['NỘI DUNG THỰC HIỆN', 'Có thể lệ và chương trình kèm theo.', '1. Thời gian: trong tháng 7 năm 2021./.']);
    expect(plan.join('\n')).not.toMatch(/Địa điểm|MỤC ĐÍCH|Thành phần|1\. Nội dung/);
  });
});

describe('a workshop held within a date window, its tiểu ban in separate rooms, numbered 1 / 1.1', () => {
  it('prints the window once, the rooms by tiểu ban, and Arabic numbering', async () => {
    const { plan } = await build('khoang-ngay');
    expect(plan).toContain('2.2. Thời gian: từ ngày 26 đến 30/10/2020.');
    expect(plan).toContain('- Tiểu ban 1: Khoa học tự nhiên (tại Phòng 201);');
    expect(plan).toContain('1. MỤC ĐÍCH, YÊU CẦU');
  });
});

// Found by rendering the real corpus (tests/fixtures/real/contest-so-gddt-binh-duong-2012.yaml, Thông báo
// 143/TB-SGDĐT): "1. THỜI GIAN HỘI THI:" was followed by "Thời gian: …" after the section's own paragraph, and căn cứ
// lines the clerk ended with "," printed ",;" and ",.".
describe('a real plan whose top-level sections are named after their facts', () => {
  it('states the fact first without repeating its label, and keeps the clerk\'s commas', async () => {
    const plan = 'tests/fixtures/real/contest-so-gddt-binh-duong-2012.yaml';
    const dir = project(['tests/fixtures/real', 'schema']);
    const run = await runBuilt(['build', plan, '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const text = all(openDocx(join(dir, 'out', 'ke-hoach.docx')).dom('word/document.xml'), 'p').map(paragraphText).filter((t) => t.trim());
    const at = text.indexOf('1. THỜI GIAN HỘI THI:');
    expect(text[at + 1]).toBe('Từ ngày 26 đến 30/3/2012 (Nếu có thay đổi sẽ thông báo lại).');
    expect(text[at + 2]).toMatch(/^Lễ Khai mạc bắt đầu/u);
    expect(text).toContain('2. ĐỊA ĐIỂM HỘI THI:');
    expect(text.some((t) => /^Thời gian: |^Địa điểm: /u.test(t))).toBe(false);
    expect(text.filter((t) => t.startsWith('Căn cứ')).map((t) => t.at(-1))).toEqual([',', ',']);
  });
});
