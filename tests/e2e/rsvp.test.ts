// plan rsvp through the built program: the replies file beside the plan, finding an invitee, history, keys that survive
// edits of the invitee list, import, and the reply rules of plan check.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { project, ROOT, runBuilt, STACK_TRACE } from './run-built.js';

const PLAN = 'plans/hoi-nghi.yaml';
const REPLIES = 'plans/hoi-nghi-tra-loi.csv';
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/rsvp/hoi-nghi.yaml'), 'utf8');

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with the fixture plan (five invitees in three groups), optionally edited. */
function fresh(edit: (yaml: string) => string = (y) => y): string {
  const cwd = project(['templates', 'schema'], 'plan-rsvp-');
  made.push(cwd);
  mkdirSync(join(cwd, 'plans'));
  writeFileSync(join(cwd, PLAN), edit(FIXTURE));
  return cwd;
}

async function plan(cwd: string, ...args: string[]) {
  const r = await runBuilt(args, { cwd });
  expect(r.stdout + r.stderr, r.stderr).not.toMatch(STACK_TRACE);
  return r;
}

const csv = (cwd: string) => readFileSync(join(cwd, REPLIES), 'utf8');
/** The replies file's rows as cells (a small RFC 4180 reader, enough for what we write). */
function rows(cwd: string): string[][] {
  const text = csv(cwd).replace(/^\uFEFF/, '');
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); out.push(row); row = []; cell = ''; } else cell += c;
  }
  return out;
}
const rowOf = (cwd: string, key: string) => rows(cwd).find((r) => r[0] === key);

describe('plan rsvp', () => {
  it('alone, makes the replies file (BOM, one row per invitee) and lists who has not replied by group, with phones', async () => {
    const cwd = fresh();
    const r = await plan(cwd, 'rsvp', PLAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Đã tạo plans\/hoi-nghi-tra-loi\.csv/);
    expect(csv(cwd).startsWith('\uFEFFMã,Khách mời,Trả lời,')).toBe(true);
    expect(csv(cwd)).toContain('\r\n');
    const keys = rows(cwd).slice(1).map((x) => x[0]);
    expect(keys).toEqual(['so-y-te/nguyen-van-an', 'so-tai-chinh/le-thi-hoa', 'ubnd-huyen-yen-the/pham-minh-duc', 'ubnd-huyen-tan-yen', 'bao-bac-giang']);
    expect(r.stdout).toMatch(/Chưa trả lời: 5\/5 khách mời \(hạn xác nhận 27\/7\/2018\)/);
    // Grouped in the order of Thành phần, with the phone where the list has one.
    const out = r.stdout;
    expect(out.indexOf('Lãnh đạo các sở, ngành')).toBeLessThan(out.indexOf('Lãnh đạo UBND các huyện'));
    expect(out).toMatch(/Ông Nguyễn Văn An, Giám đốc, Sở Y tế\s+0204 3855 111/);
    expect(out).toMatch(/UBND huyện Tân Yên\s+\(chưa có số điện thoại\)/);
  });

  it('records a reply found by a diacritics-free part of the name; a second reply keeps the first in the history', async () => {
    const cwd = fresh();
    let r = await plan(cwd, 'rsvp', PLAN, 'so y te', '--coming', '--via', 'phone', '--at', '2018-07-25 09:30');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Đã ghi: Ông Nguyễn Văn An, Giám đốc, Sở Y tế — 2018-07-25 09:30 dự \(điện thoại\)/);
    expect(rowOf(cwd, 'so-y-te/nguyen-van-an')!.slice(2, 9)).toEqual(['dự', '', '', 'điện thoại', '2018-07-25 09:30', '', '']);

    r = await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--delegate', 'Ông Trần Văn B, Phó Giám đốc', '--via', 'email', '--at', '2018-07-26 10:00', '--note', 'báo qua thư ký');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Trả lời trước \(2018-07-25 09:30 dự \(điện thoại\)\) được giữ trong cột Lịch sử/);
    const row = rowOf(cwd, 'so-y-te/nguyen-van-an')!;
    expect(row.slice(2, 8)).toEqual(['cử người dự', 'Ông Trần Văn B', 'Phó Giám đốc', 'email', '2018-07-26 10:00', 'báo qua thư ký']);
    expect(row[8]).toBe('2018-07-25 09:30 dự (điện thoại)');

    r = await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--not-coming', '--at', '2018-07-28 08:00');
    expect(rowOf(cwd, 'so-y-te/nguyen-van-an')![8]).toBe('2018-07-25 09:30 dự (điện thoại) | 2018-07-26 10:00 cử người dự: Ông Trần Văn B, Phó Giám đốc (email) – báo qua thư ký');

    // Listing now leaves the Sở Y tế out.
    r = await plan(cwd, 'rsvp', PLAN);
    expect(r.stdout).toMatch(/Chưa trả lời: 4\/5/);
    expect(r.stdout).not.toMatch(/Sở Y tế/);
  });

  it('an ambiguous name lists the candidates and records nothing (exit 1); an unknown one says so', async () => {
    const cwd = fresh();
    await plan(cwd, 'rsvp', PLAN);
    const before = csv(cwd);
    let r = await plan(cwd, 'rsvp', PLAN, 'huyện', '--coming');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/“huyện” khớp 2 khách mời; không ghi gì/);
    expect(r.stderr).toMatch(/ubnd-huyen-yen-the\/pham-minh-duc/);
    expect(r.stderr).toMatch(/ubnd-huyen-tan-yen/);
    expect(csv(cwd)).toBe(before);
    r = await plan(cwd, 'rsvp', PLAN, 'Sở Nội vụ', '--coming');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không tìm thấy khách mời “Sở Nội vụ”/);
    expect(csv(cwd)).toBe(before);
    r = await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--coming', '--not-coming');
    expect(r.code).toBe(2);
    r = await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--coming', '--via', 'fax');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--via “fax” không hợp lệ/);
  });

  it('keeps replies across edits of the list: new rows, a new order, a corrected spelling, a name added to a unit', async () => {
    const cwd = fresh((y) => y.replace('name: Phạm Minh Đức', 'name: Phạm Minh Đứt'));
    await plan(cwd, 'rsvp', PLAN, 'Phạm Minh', '--coming', '--at', '2018-07-20 08:00');
    await plan(cwd, 'rsvp', PLAN, 'Tân Yên', '--not-coming', '--at', '2018-07-21 08:00');
    await plan(cwd, 'rsvp', PLAN, 'Báo Bắc Giang', '--coming', '--at', '2018-07-21 09:00');
    expect(rowOf(cwd, 'ubnd-huyen-yen-the/pham-minh-dut')![2]).toBe('dự');

    // The clerk corrects the name, names the person of Tân Yên, puts Báo Bắc Giang first and adds an invitee.
    const lines = FIXTURE.split('\n');
    const at = lines.findIndex((l) => l.includes('organization: Báo Bắc Giang'));
    const bao = lines.splice(at, 1)[0]!;
    const first = lines.findIndex((l) => l.includes('name: Nguyễn Văn An'));
    lines.splice(first, 0, bao, '    - { salutation: Ông, name: Hoàng Văn Nam, title: Giám đốc, organization: Sở Nội vụ, group: so-nganh }');
    writeFileSync(join(cwd, PLAN), lines.join('\n').replace('organization: UBND huyện Tân Yên,', 'salutation: Bà, name: Vũ Thị Lan, title: Chủ tịch, organization: UBND huyện Tân Yên,'));

    const r = await plan(cwd, 'rsvp', PLAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/rsvp\/orphan/);
    expect(r.stdout).toMatch(/Chưa trả lời: 3\/6/);
    // Rewritten under the new keys on the next write.
    await plan(cwd, 'rsvp', PLAN, 'Sở Nội vụ', '--coming', '--at', '2018-07-22 08:00');
    expect(rows(cwd).slice(1).map((x) => [x[0], x[2]])).toEqual([
      ['bao-bac-giang', 'dự'],
      ['so-noi-vu/hoang-van-nam', 'dự'],
      ['so-y-te/nguyen-van-an', 'chưa trả lời'],
      ['so-tai-chinh/le-thi-hoa', 'chưa trả lời'],
      ['ubnd-huyen-yen-the/pham-minh-duc', 'dự'],
      ['ubnd-huyen-tan-yen/vu-thi-lan', 'không dự'],
    ]);
  });

  it('a reply whose invitee left the list is reported, and kept in the file', async () => {
    const cwd = fresh();
    await plan(cwd, 'rsvp', PLAN, 'Sở Tài chính', '--not-coming', '--at', '2018-07-20 08:00');
    writeFileSync(join(cwd, PLAN), FIXTURE.split('\n').filter((l) => !l.includes('Sở Tài chính')).join('\n'));
    let r = await plan(cwd, 'rsvp', PLAN);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/hoi-nghi-tra-loi\.csv:3:1 .*Trả lời của “Bà Lê Thị Hoa, Phó Giám đốc, Sở Tài chính” \(mã so-tai-chinh\/le-thi-hoa\) không còn khớp/);
    await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--coming', '--at', '2018-07-20 09:00');
    expect(rowOf(cwd, 'so-tai-chinh/le-thi-hoa')![2]).toBe('không dự');
    r = await plan(cwd, 'check', PLAN);
    expect(r.stdout + r.stderr).toMatch(/rsvp\/orphan/);
  });

  it('--import merges a CSV table by name, warns at rows it cannot place, and records nothing for them', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'tra-loi-tu-van-phong.csv'), [
      'Đơn vị;Trả lời;Người dự thay;Chức vụ;Ghi chú',
      'Sở Tài chính;không dự;;;đi công tác',
      'UBND huyện Yên Thế;cử người dự;Ông Đỗ Văn C;Trưởng phòng Kinh tế;',
      'huyện;dự;;;',
      'Sở Nội vụ;dự;;;',
      'Báo Bắc Giang;chưa trả lời;;;',
    ].join('\r\n'));
    const r = await plan(cwd, 'rsvp', PLAN, '--import', 'tra-loi-tu-van-phong.csv', '--at', '2018-07-22 08:00');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Đã nhập 2 trả lời mới/);
    expect(r.stderr).toMatch(/tra-loi-tu-van-phong\.csv:4:1 .*“huyện” khớp nhiều khách mời/);
    expect(r.stderr).toMatch(/tra-loi-tu-van-phong\.csv:5:1 .*Không tìm thấy khách mời “Sở Nội vụ”/);
    expect(rowOf(cwd, 'so-tai-chinh/le-thi-hoa')!.slice(2, 8)).toEqual(['không dự', '', '', '', '2018-07-22 08:00', 'đi công tác']);
    expect(rowOf(cwd, 'ubnd-huyen-yen-the/pham-minh-duc')!.slice(2, 5)).toEqual(['cử người dự', 'Ông Đỗ Văn C', 'Trưởng phòng Kinh tế']);
    expect(rowOf(cwd, 'ubnd-huyen-tan-yen')![2]).toBe('chưa trả lời');
  });

  it('--import reads an XLSX workbook', async () => {
    const cwd = fresh();
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Trả lời');
    sheet.addRow(['DANH SÁCH TRẢ LỜI']);
    sheet.addRow(['Mã', 'Khách mời', 'Trả lời', 'Hình thức', 'Thời gian']);
    sheet.addRow(['bao-bac-giang', 'Báo Bắc Giang', 'Dự', 'điện thoại', '24/7/2018 9:15']);
    await book.xlsx.writeFile(join(cwd, 'tra-loi.xlsx'));
    const r = await plan(cwd, 'rsvp', PLAN, '--import', 'tra-loi.xlsx');
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(cwd, 'bao-bac-giang')!.slice(2, 7)).toEqual(['dự', '', '', 'điện thoại', '24/7/2018 9:15']);
  });

  it('a replies file edited by hand with a reply it cannot read is reported at its cell, and not overwritten', async () => {
    const cwd = fresh();
    await plan(cwd, 'rsvp', PLAN);
    writeFileSync(join(cwd, REPLIES), csv(cwd).replace('so-tai-chinh/le-thi-hoa,"Bà Lê Thị Hoa, Phó Giám đốc, Sở Tài chính",chưa trả lời', 'so-tai-chinh/le-thi-hoa,"Bà Lê Thị Hoa, Phó Giám đốc, Sở Tài chính",có lẽ'));
    const before = csv(cwd);
    const r = await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--coming');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hoi-nghi-tra-loi\.csv:3:\d+ .*Trả lời “có lẽ” không rõ nghĩa; ghi một trong: “dự”, “không dự”, “cử người dự”, “chưa trả lời”/);
    expect(csv(cwd)).toBe(before);
  });
});

describe('plan check with replies', () => {
  it('reports a reply after the deadline, a decliner still presenting, a group with nobody coming', async () => {
    const cwd = fresh();
    let r = await plan(cwd, 'check', PLAN);
    expect(r.stdout + r.stderr).not.toMatch(/replies\//);
    await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--not-coming', '--at', '2018-07-29 08:00');
    await plan(cwd, 'rsvp', PLAN, 'Yên Thế', '--not-coming', '--at', '2018-07-20 08:00');
    await plan(cwd, 'rsvp', PLAN, 'Tân Yên', '--not-coming', '--at', '2018-07-26 08:00');
    r = await plan(cwd, 'check', PLAN);
    const out = r.stdout + r.stderr;
    expect(r.code, out).toBe(0);
    expect(out).toMatch(/hoi-nghi\.yaml:\d+:\d+ +cảnh báo +Ông Nguyễn Văn An, Giám đốc, Sở Y tế trả lời ngày 29\/7\/2018, sau hạn xác nhận 27\/7\/2018 \(hoi-nghi-tra-loi\.csv, dòng 2\)\. +replies\/after-deadline/);
    expect(out).toMatch(/hoi-nghi\.yaml:20:\d+ .*đã báo không dự .*replies\/declined-speaker/);
    expect(out).toMatch(/hoi-nghi\.yaml:26:\d+ .*Cả 2 khách mời của nhóm huyen đã trả lời không dự.*replies\/group-nobody-coming/);
    expect(out).not.toMatch(/nhóm so-nganh/);
    // A rule can be switched off like any other.
    writeFileSync(join(cwd, PLAN), `${FIXTURE}\nrules:\n  replies/after-deadline: off\n`);
    r = await plan(cwd, 'check', PLAN);
    expect(r.stdout + r.stderr).not.toMatch(/replies\/after-deadline/);
    expect(r.stdout + r.stderr).toMatch(/replies\/declined-speaker/);
    r = await plan(cwd, 'check', '--rules');
    expect(r.stdout).toMatch(/replies\/group-nobody-coming/);
  });
});
