// The letter forms of issue 15 through the built program: what each form prints, what it writes, what `plan check`
// says about it. Each plan is the bundled example with its invitations block changed (writePlan).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { DATA_PLAN, writePlan } from './inputs.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, runBuilt, STACK_TRACE } from './run-built.js';

type Plan = Record<string, any>;

async function build(edit: (plan: Plan) => void) {
  const dir = project(['plans', 'schema']);
  writePlan(dir, edit);
  const check = await runBuilt(['check', DATA_PLAN], { cwd: dir });
  const built = await runBuilt(['build', DATA_PLAN, '--out', 'out'], { cwd: dir });
  const files = filesBelow(join(dir, 'out'));
  const docx = files.filter((f) => f.endsWith('.docx')).map((f) => join(dir, 'out', f));
  const text = (file: string): string[] =>
    all(openDocx(join(dir, 'out', file)).dom('word/document.xml'), 'p').map(paragraphText).filter((t) => t.trim() !== '');
  return { dir, check, built, files, docx, text };
}

/** A letter to everyone at once: the invitees are not needed. */
const single = (plan: Plan, form: string, extra: Plan = {}): void => {
  delete plan.invitations.invitees;
  plan.invitations = { ...plan.invitations, form, ...extra };
};

describe('letter forms', () => {
  it('giay-moi-thanh-phan: one Giấy mời with a Thành phần mời list, no invitees needed, the distribution list names each group', async () => {
    const run = await build((plan) => {
      single(plan, 'giay-moi-thanh-phan');
      plan.attendees.push({ text: 'Lãnh đạo UBND xã Cẩm Điền', invitedBy: 'UBND huyện' });
    });
    expect(run.check.code, run.check.stdout + run.check.stderr).toBe(0);
    expect(run.built.code, run.built.stderr).toBe(0);
    expect(run.check.stdout + run.check.stderr).not.toMatch(/Không có khách mời/u);
    expect(run.files.filter((f) => f.startsWith('giay-moi/'))).toEqual(['giay-moi/giay-moi.docx']);
    const letter = run.text('giay-moi/giay-moi.docx');
    expect(letter).toContain('1. Thành phần mời:');
    expect(letter).toContain('- Lãnh đạo UBND xã Cẩm Điền (do UBND huyện mời);');
    expect(letter.join('\n')).not.toMatch(/Kính gửi/u);
    const list = run.text('danh-sach-phat-hanh.docx').join('\n');
    expect(readFileSync(join(run.dir, DATA_PLAN), 'utf8')).toContain('invitedBy');
    expect(list).not.toContain('Lãnh đạo UBND xã Cẩm Điền');
    expect((await ooxmlValidate(run.docx)).ok).toBe(true);
  });

  it('thu-moi per invitee: "Kính gửi:" the invitee; plan check says, as information, that the decree would use a Giấy mời', async () => {
    const run = await build((plan) => {
      plan.invitations.form = 'thu-moi';
    });
    expect(run.check.code).toBe(0);
    expect(run.check.stdout + run.check.stderr).toMatch(/thông tin .*không có trong 29 loại văn bản.*form: giay-moi.*letters\/decree-form/u);
    expect(run.check.stdout + run.check.stderr).toMatch(/thông tin .*"Kính gửi:" chỉ dùng cho Công văn, Tờ trình, Báo cáo.*§3\.4.*letters\/decree-form/u);
    expect(run.built.code, run.built.stderr).toBe(0);
    const letters = run.files.filter((f) => /^giay-moi\/\d{3}-/.test(f));
    expect(letters.length).toBeGreaterThan(1);
    const first = run.text(letters[0]!);
    expect(first).toContain('THƯ MỜI');
    expect(first.find((t) => t.startsWith('Kính gửi: '))).toBeDefined();
    expect((await ooxmlValidate(run.docx)).ok).toBe(true);
  });

  it('trieu-tap: "triệu tập", a Ghi chú with the documents’ address as a clickable link, arrive early, dress code', async () => {
    const run = await build((plan) => {
      single(plan, 'trieu-tap', {
        documents: { url: 'http://hdnd.haiduong.gov.vn', text: 'Tài liệu kỳ họp đăng tại' },
        arriveEarly: 15,
        dress: 'nam mặc comple, nữ mặc áo dài',
        parking: 'sân sau Hội trường',
        bring: 'Thẻ đại biểu',
      });
    });
    expect(run.built.code, run.built.stderr).toBe(0);
    // One letter for everyone it convenes, and the summary says so (it said "one file per invitee").
    expect(run.built.stderr).toMatch(/^ {2}1 văn bản mời chung cho mọi nơi nhận: giay-moi\/thong-bao-trieu-tap\.docx$/mu);
    expect(run.built.stderr).not.toMatch(/mỗi khách mời một tệp/u);
    const file = 'giay-moi/thong-bao-trieu-tap.docx';
    const letter = run.text(file).join('\n');
    expect(letter).toMatch(/triệu tập/u);
    expect(letter).not.toMatch(/kính mời/iu);
    expect(letter).toContain('* Ghi chú:');
    expect(letter).toContain('- Đề nghị đại biểu có mặt trước giờ khai mạc 15 phút;');
    expect(letter).toContain('- Nơi gửi xe: sân sau Hội trường;');
    expect(letter).toContain('- Đại biểu mang theo: Thẻ đại biểu');
    const docx = openDocx(join(run.dir, 'out', file));
    const link = all(docx.dom('word/document.xml'), 'hyperlink')[0];
    expect(link && paragraphText(link)).toBe('http://hdnd.haiduong.gov.vn');
    expect(docx.xml('word/_rels/document.xml.rels')).toMatch(/Target="http:\/\/hdnd\.haiduong\.gov\.vn" TargetMode="External"/u);
    expect((await ooxmlValidate(run.docx)).ok).toBe(true);
  });

  it('cong-van: "V/v …" under the number, a Kính gửi list, the programme attached on a page of its own', async () => {
    const run = await build((plan) => {
      single(plan, 'cong-van', { unit: 'VP', addressees: ['Sở Y tế', 'Sở Giáo dục và Đào tạo'], programme: 'attached' });
      plan.content = { ...plan.content, programme: [{ time: '08:00 - 08:30', item: 'Đón tiếp đại biểu' }, { time: '08:30 - 11:00', item: 'Thảo luận' }] };
    });
    expect(run.check.stdout + run.check.stderr).not.toMatch(/letters\/decree-form/u);
    expect(run.built.code, run.built.stderr).toBe(0);
    const letter = run.text('giay-moi/cong-van.docx');
    expect(letter.find((t) => /^Số: \d+\/KHCN-VP$/u.test(t))).toBeDefined();
    expect(letter.find((t) => /^V\/v Dự Hội nghị/u.test(t))).toBeDefined();
    expect(letter).toEqual(expect.arrayContaining(['Kính gửi:', '- Sở Y tế;', '- Sở Giáo dục và Đào tạo.', '(Chương trình kèm theo Công văn này)', 'CHƯƠNG TRÌNH', 'Đón tiếp đại biểu']));
    expect(letter.indexOf('CHƯƠNG TRÌNH')).toBeGreaterThan(letter.findIndex((t) => t.endsWith('./.')));
    expect((await ooxmlValidate(run.docx)).ok).toBe(true);
  });

  it('thong-bao: Thông báo số 2 with deadlines before the invitation, a fee table, a bank account and a website', async () => {
    const run = await build((plan) => {
      single(plan, 'thong-bao', {
        sequence: 2,
        addressees: ['Các nhà khoa học'],
        website: 'https://hoinghi.example.vn',
        deadlines: [{ date: '15/01/2018', text: 'Hạn nộp tóm tắt:' }],
        fees: { tiers: ['Trước ngày 30/6/2018', 'Sau ngày 30/6/2018'], rows: [{ category: 'Sinh viên', amounts: ['300.000 đ', '400.000 đ'] }] },
        bank: { holder: 'Sở KH&CN', account: '123', bank: 'Kho bạc Nhà nước Bắc Giang' },
      });
    });
    expect(run.built.code, run.built.stderr).toBe(0);
    const letter = run.text('giay-moi/thong-bao.docx');
    expect(letter).toEqual(expect.arrayContaining(['THÔNG BÁO SỐ 2', 'Sinh viên', '300.000 đ', 'Sau ngày 30/6/2018']));
    expect(letter.join('\n')).toContain('+ Hạn nộp tóm tắt: ngày 15/1/2018');
    expect(letter.join('\n')).toContain('số tài khoản: 123');
    expect((await ooxmlValidate(run.docx)).ok).toBe(true);
  });

  it('the closing ./. appears once even when the clerk typed it', async () => {
    const run = await build((plan) => {
      single(plan, 'giay-moi-thanh-phan', { closing: 'Kính mời các đại biểu về dự để buổi Lễ thành công tốt đẹp./.' });
    });
    const letter = run.text('giay-moi/giay-moi.docx').join('\n');
    expect(letter).toContain('thành công tốt đẹp./.');
    expect(letter.split('./.').length - 1).toBe(1);
  });

  it('a letter past one page: plan check warns and suggests attaching the programme', async () => {
    const run = await build((plan) => {
      single(plan, 'giay-moi-thanh-phan');
      plan.attendees = Array.from({ length: 40 }, (_, i) => ({ text: `Lãnh đạo đơn vị số ${i + 1} của tỉnh Bắc Giang và các phòng chuyên môn` }));
    });
    expect(run.check.stdout + run.check.stderr).toMatch(/quá một trang.*programme: attached/u);
    expect(run.check.stdout + run.check.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('plan init --form', () => {
  const LETTER: Record<string, string> = {
    'giay-moi-thanh-phan': 'giay-moi/giay-moi.docx',
    'thu-moi': 'giay-moi/001-',
    'trieu-tap': 'giay-moi/thong-bao-trieu-tap.docx',
    'cong-van': 'giay-moi/cong-van.docx',
    'thong-bao': 'giay-moi/thong-bao.docx',
  };
  it.each(Object.entries(LETTER))('starts a plan from %s that checks without error and builds its letter', async (form, letter) => {
    const dir = project(['schema']);
    const init = await runBuilt(['init', '--form', form, 'hoi-nghi'], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    const plan = readFileSync(join(dir, 'plans/hoi-nghi.yaml'), 'utf8');
    expect(plan).toContain(`form: ${form}`);
    expect(filesBelow(join(dir, 'plans')).includes('hoi-nghi-khach-moi.csv')).toBe(form === 'thu-moi');
    const check = await runBuilt(['check', 'plans/hoi-nghi.yaml'], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const built = await runBuilt(['build', 'plans/hoi-nghi.yaml', '--out', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(filesBelow(join(dir, 'out')).some((f) => f.startsWith(letter))).toBe(true);
  });

  it('refuses an unknown form, naming the ones there are', async () => {
    const dir = project(['schema']);
    const init = await runBuilt(['init', '--form', 'thu-cam-on'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/--form không hợp lệ: thu-cam-on\. Chọn một trong: giay-moi, giay-moi-thanh-phan/u);
    expect(init.stderr).not.toMatch(STACK_TRACE);
  });
});
