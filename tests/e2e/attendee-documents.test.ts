// The documents made after the invitations, through the built program: attendee list, sign-in sheet, name cards,
// envelopes. Read back from the DOCX, validated with ooxml-validate, and rendered through LibreOffice.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, attr, first, openDocx, paragraphText } from '../helpers/docx.js';
import { describeRendering, pdfLines, toPdfs } from '../helpers/libreoffice.js';
import { ooxmlValidate } from './ooxml.js';
import { project, ROOT, runBuilt, STACK_TRACE } from './run-built.js';

const PLAN = 'plans/hoi-nghi.yaml';
const OUT = 'out/hoi-nghi';
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/rsvp/hoi-nghi.yaml'), 'utf8');
const KINDS = 'attendees,sign-in,badges,envelopes';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fresh(yaml = FIXTURE): string {
  const cwd = project(['templates', 'schema'], 'plan-attendees-');
  made.push(cwd);
  mkdirSync(join(cwd, 'plans'));
  writeFileSync(join(cwd, PLAN), yaml);
  return cwd;
}

async function plan(cwd: string, ...args: string[]) {
  const r = await runBuilt(args, { cwd });
  expect(r.stdout + r.stderr, r.stderr).not.toMatch(STACK_TRACE);
  return r;
}

const text = (path: string): string => all(openDocx(path).dom('word/document.xml'), 'p').map(paragraphText).join('\n');

/** The fixture with replies: Sở Y tế comes, Yên Thế sends a delegate, Tân Yên and Sở Tài chính decline, the paper comes. */
async function withReplies(): Promise<string> {
  const cwd = fresh();
  await plan(cwd, 'rsvp', PLAN, 'Sở Y tế', '--coming', '--at', '2018-07-25 09:30');
  await plan(cwd, 'rsvp', PLAN, 'Yên Thế', '--delegate', 'Ông Đỗ Văn Chung, Trưởng phòng Kinh tế và Hạ tầng', '--at', '2018-07-25 10:00');
  await plan(cwd, 'rsvp', PLAN, 'Tân Yên', '--not-coming', '--at', '2018-07-25 10:00');
  await plan(cwd, 'rsvp', PLAN, 'Sở Tài chính', '--not-coming', '--at', '2018-07-25 10:00');
  await plan(cwd, 'rsvp', PLAN, 'Báo Bắc Giang', '--coming', '--at', '2018-07-25 11:00');
  return cwd;
}

describe('plan build --only attendees,sign-in,badges,envelopes', () => {
  let cwd: string;
  let manifest: { files: { kind: string; path: string }[] };
  let stderr: string;
  beforeAll(async () => {
    cwd = await withReplies();
    const r = await plan(cwd, 'build', PLAN, '--only', KINDS, '--json');
    expect(r.code, r.stderr).toBe(0);
    manifest = JSON.parse(r.stdout);
    stderr = r.stderr;
  }, 120_000);

  it('lists each kind in the --json manifest, and a plain build does not make them', async () => {
    expect(manifest.files.map((f) => [f.kind, f.path])).toEqual([
      ['attendees', `${OUT}/danh-sach-dai-bieu.docx`],
      ['sign-in', `${OUT}/danh-sach-ky-ten.docx`],
      ['badges', `${OUT}/the-ten.docx`],
      ['envelopes', `${OUT}/phong-bi.docx`],
    ]);
    const other = fresh();
    const r = await plan(other, 'build', PLAN, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { kind: string }) => f.kind)).not.toContain('attendees');
  });

  it('every document passes ooxml-validate', async () => {
    const verdict = await ooxmlValidate(manifest.files.map((f) => join(cwd, f.path)));
    expect(verdict.ok, verdict.output).toBe(true);
  });

  it('the attendee list: grouped as Thành phần, those coming only, the delegate with whom they stand in for', () => {
    const t = text(join(cwd, OUT, 'danh-sach-dai-bieu.docx'));
    expect(t).toMatch(/DANH SÁCH ĐẠI BIỂU/);
    expect(t).toMatch(/Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018/);
    const groups = ['I. Lãnh đạo các sở, ngành', 'II. Lãnh đạo UBND các huyện', 'III. Phóng viên báo, đài'].map((g) => t.indexOf(g));
    expect(groups.every((i) => i >= 0)).toBe(true);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
    expect(t).toMatch(/Ông Nguyễn Văn An/);
    expect(t).toMatch(/Ông Đỗ Văn Chung\nTrưởng phòng Kinh tế và Hạ tầng\nUBND huyện Yên Thế\nDự thay Ông Phạm Minh Đức/);
    expect(t).toMatch(/Đại diện\n\nBáo Bắc Giang/);
    expect(t).not.toMatch(/Lê Thị Hoa|Tân Yên/);
    expect(t).toMatch(/Tổng số: 3 đại biểu/);
  });

  it('the sign-in sheet: the five columns, header repeated on each page, no row split, rows tall enough to sign', () => {
    const dom = openDocx(join(cwd, OUT, 'danh-sach-ky-ten.docx')).dom('word/document.xml');
    const table = all(dom, 'tbl')[1]!; // after the header table
    const rows = all(table, 'tr');
    expect(all(rows[0]!, 'p').map(paragraphText)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ký tên']);
    expect(first(rows[0]!, 'tblHeader')).toBeDefined();
    for (const row of rows) expect(first(row, 'cantSplit'), 'every row').toBeDefined();
    // 15 mm = 850 twips at least, for every person and for the five blank rows at the end.
    const bodyRows = rows.slice(1);
    expect(bodyRows).toHaveLength(3 + 5);
    for (const row of bodyRows) {
      const height = first(row, 'trHeight')!;
      expect(Number(attr(height, 'val'))).toBeGreaterThanOrEqual(850);
      expect(attr(height, 'hRule')).toBe('atLeast');
    }
  });

  it('the name cards: one page per person coming, each half turned opposite ways, the name as large as the longest allows', () => {
    const dom = openDocx(join(cwd, OUT, 'the-ten.docx')).dom('word/document.xml');
    expect(all(dom, 'sectPr')).toHaveLength(3);
    const directions = all(dom, 'textDirection').map((d) => attr(d, 'val'));
    expect(directions).toEqual(['tbRl', 'btLr', 'tbRl', 'btLr', 'tbRl', 'btLr']);
    const t = text(join(cwd, OUT, 'the-ten.docx'));
    expect(t.match(/Ông Nguyễn Văn An/g)).toHaveLength(2);
    expect(t.match(/Ông Đỗ Văn Chung/g)).toHaveLength(2);
    // One size for every person's name, set by the longest (the next test: a longer name makes it smaller).
    const sizes = all(dom, 'r').filter((r) => /Ông (Nguyễn Văn An|Đỗ Văn Chung)/.test(r.textContent ?? '')).map((r) => Number(attr(first(r, 'sz'), 'val')));
    expect(sizes).toHaveLength(4);
    expect(new Set(sizes).size).toBe(1);
  });

  it('a longer name makes every name smaller', async () => {
    const before = Number(attr(all(openDocx(join(cwd, OUT, 'the-ten.docx')).dom('word/document.xml'), 'sz')[0], 'val'));
    const other = fresh(FIXTURE.replace('name: Nguyễn Văn An', 'name: Nguyễn Thị Phương Thảo Nguyên Hạnh Trang'));
    await plan(other, 'rsvp', PLAN, 'Sở Y tế', '--coming');
    const r = await plan(other, 'build', PLAN, '--only', 'badges');
    expect(r.code, r.stderr).toBe(0);
    const after = Number(attr(all(openDocx(join(other, OUT, 'the-ten.docx')).dom('word/document.xml'), 'sz')[0], 'val'));
    expect(after).toBeLessThan(before);
  });

  it('the envelopes: DL landscape, the agency and the letter number, one per invitee with an address; the rest named', () => {
    const path = join(cwd, OUT, 'phong-bi.docx');
    const dom = openDocx(path).dom('word/document.xml');
    const sizes = all(dom, 'pgSz').map((s) => [attr(s, 'w'), attr(s, 'h'), attr(s, 'orient')]);
    expect(sizes).toEqual(Array(3).fill(['12472', '6236', 'landscape']));
    const t = text(path);
    expect(t.match(/SỞ KHOA HỌC VÀ CÔNG NGHỆ/g)).toHaveLength(3);
    expect(t.match(/Số: 06\/GM-KHCN/g)).toHaveLength(3);
    expect(t).toMatch(/Kính gửi: Ông Nguyễn Văn An\nGiám đốc\nSở Y tế\nĐịa chỉ: Số 2, đường Hùng Vương, thành phố Bắc Giang/);
    expect(t).toMatch(/Kính gửi: UBND huyện Tân Yên\nĐịa chỉ: Thị trấn Cao Thượng, huyện Tân Yên/);
    expect(stderr).toMatch(/2 khách mời chưa có địa chỉ gửi thư \(cột “Địa chỉ” hoặc trường address\), không in phong bì: Bà Lê Thị Hoa, Phó Giám đốc, Sở Tài chính; Báo Bắc Giang\./);
  });

  it('C5 when the plan asks for it', async () => {
    const other = fresh(FIXTURE.replace('  replyBy: 2018-07-27', '  replyBy: 2018-07-27\n  envelope: C5'));
    const r = await plan(other, 'build', PLAN, '--only', 'envelopes');
    expect(r.code, r.stderr).toBe(0);
    const size = all(openDocx(join(other, OUT, 'phong-bi.docx')).dom('word/document.xml'), 'pgSz')[0]!;
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['12983', '9184']);
  });

  it('the same input gives the same bytes', async () => {
    const again = join(cwd, 'again');
    const r = await plan(cwd, 'build', PLAN, '--only', KINDS, '--out', again);
    expect(r.code, r.stderr).toBe(0);
    for (const f of manifest.files) {
      const name = f.path.split('/').pop()!;
      expect(Buffer.compare(readFileSync(join(cwd, f.path)), readFileSync(join(again, name))), name).toBe(0);
    }
  });

  it('without any reply yet: a list saying so, a sign-in sheet of blank rows, no name cards (a warning)', async () => {
    const other = fresh();
    const r = await plan(other, 'build', PLAN, '--only', 'attendees,sign-in,badges', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { kind: string }) => f.kind)).toEqual(['attendees', 'sign-in']);
    expect(r.stderr).toMatch(/Chưa có tệp trả lời/);
    expect(r.stderr).toMatch(/Chưa có đại biểu nào xác nhận dự: không tạo thẻ tên/);
    expect(text(join(other, OUT, 'danh-sach-dai-bieu.docx'))).toMatch(/Chưa có đại biểu nào xác nhận dự\./);
  });

  describeRendering('rendered by LibreOffice', () => {
    it('a sign-in sheet over several pages repeats its header row on each page and lists everyone', async () => {
      // Thirty invitees, all coming, recorded in one --import.
      const invitees = Array.from({ length: 30 }, (_, i) => `    - { salutation: Ông, name: Đại Biểu Số ${i + 1}, title: Chuyên viên, organization: Đơn vị thứ ${i + 1}, group: so-nganh }`);
      const yaml = FIXTURE.replace(/  invitees:\n[\s\S]*$/, `  invitees:\n${invitees.join('\n')}\n`);
      const other = fresh(yaml);
      writeFileSync(join(other, 'all.csv'), ['Khách mời,Trả lời', ...invitees.map((_, i) => `Đại Biểu Số ${i + 1},dự`)].join('\n'));
      let r = await plan(other, 'rsvp', PLAN, '--import', 'all.csv');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/Đã nhập 30 trả lời mới/);
      r = await plan(other, 'build', PLAN, '--only', 'sign-in');
      expect(r.code, r.stderr).toBe(0);
      const [pdf] = await toPdfs([join(other, OUT, 'danh-sach-ky-ten.docx')], join(other, 'pdf'));
      const lines = await pdfLines(pdf!);
      const pages = [...new Set(lines.map((l) => l.page))];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) expect(lines.some((l) => l.page === page && /Ký tên/.test(l.text)), `header on page ${page}`).toBe(true);
      for (let i = 1; i <= 30; i++) expect(lines.some((l) => new RegExp(`Đại Biểu Số ${i}(?!\\d)`).test(l.text)), `row ${i}`).toBe(true);
    }, 120_000);

    it('pages, paper and the whole name on one line of each card', async () => {
      const pdfs = await toPdfs(manifest.files.map((f) => join(cwd, f.path)), join(cwd, 'pdf'));
      const [list, signIn, badges, envelopes] = await Promise.all(pdfs.map(pdfLines));
      expect(list!.some((l) => l.text.includes('DANH SÁCH ĐẠI BIỂU'))).toBe(true);
      expect(signIn!.filter((l) => l.text === 'Ký tên').length).toBeGreaterThanOrEqual(1);
      expect(new Set(badges!.map((l) => l.page)).size).toBe(3);
      // Each name is one line, twice per card.
      expect(badges!.filter((l) => l.text === 'Ông Nguyễn Văn An')).toHaveLength(2);
      expect(badges!.filter((l) => l.text === 'Ông Đỗ Văn Chung')).toHaveLength(2);
      expect(new Set(envelopes!.map((l) => l.page)).size).toBe(3);
      const page = envelopes![0]!;
      expect(Math.round(page.pageWidth)).toBe(624); // 220 mm
      expect(Math.round(page.pageHeight)).toBe(312); // 110 mm
    }, 120_000);
  });
});
