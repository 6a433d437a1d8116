// Issue 14, items 1, 2 and 8 through the built program: a Party body's plan in its house style, a long provincial
// header and title broken at natural places (read back from a LibreOffice rendering), and the old-font warning.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { describeRendering, pdfLines, toPdf } from '../helpers/libreoffice.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, ROOT, runBuilt, STACK_TRACE } from './run-built.js';

const SEED = readFileSync(join(ROOT, 'plans/hoi-nghi-giao-ban-2018.yaml'), 'utf8');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function replaced(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    expect(out.includes(from), `fixture text not found: ${from}`).toBe(true);
    out = out.replace(from, to);
  }
  return out;
}

/** A project holding the seed edited into `plans/<name>.yaml`. */
function planProject(name: string, text: string): { cwd: string; plan: string } {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  const plan = `plans/${name}.yaml`;
  writeFileSync(join(cwd, plan), text);
  return { cwd, plan };
}

const headerCells = (docx: string): { left: string[]; right: string[] } => {
  const doc = openDocx(docx).dom('word/document.xml');
  const table = all(doc, 'tbl')[0]!;
  const cells = all(table, 'tc');
  const texts = (i: number, j: number) =>
    [cells[i]!, cells[j]!].flatMap((c) => all(c, 'p').map(paragraphText)).filter((t) => t.trim() !== '');
  return { left: texts(0, 2), right: texts(1, 3) };
};

// Kế hoạch số 2297-KH/BDVTW ngày 26/12/2018 of the Ban Dân vận Trung ương (corpus source
// online-meeting-ban-dan-van-tw-2018, http://www.danvan.vn/Home/Van-ban/Ban-dan-van-tw/9127/…): its header, number and
// house style on the seed's body.
const PARTY = replaced(SEED, [
  ['  parent: UBND TỈNH BẮC GIANG\n  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n  abbreviation: KHCN\n  place: Bắc Giang\n',
    '  parent: BAN CHẤP HÀNH TRUNG ƯƠNG\n  name: BAN DÂN VẬN\n  abbreviation: BDVTW\n  style: dang\n  place: Hà Nội\n'],
  ['  number: "05"\n  date: 2018-07-05\n', '  number: "2297"\n  date: 2018-07-05\n'],
]);

describe('a Party body’s plan (issuer.style: dang, HD 36-HD/VPTW)', () => {
  it('builds; the header reads back in the Party’s form and every DOCX passes the OOXML validator', async () => {
    const { cwd, plan } = planProject('dan-van-2297', PARTY);
    const r = await runBuilt(['build', plan], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    const out = join(cwd, 'out', 'dan-van-2297');
    const { left, right } = headerCells(join(out, 'ke-hoach.docx'));
    expect(left).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN DÂN VẬN', '*', 'Số 2297-KH/BDVTW']);
    expect(right).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 05 tháng 7 năm 2018']);
    expect(headerCells(join(out, 'giay-moi-tat-ca.docx')).left.at(-1)).toBe('Số 06-GM/BDVTW');
    const docx = filesBelow(out).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, verdict.output).toBe(true);
    expect(readFileSync(join(out, 'danh-sach-phat-hanh.docx')).length).toBeGreaterThan(0);
  });

  it('a ký hiệu written the State’s way under the Party’s style is a positioned Vietnamese warning', async () => {
    const text = replaced(PARTY, [['  number: "2297"\n', '  number: "2297"\n  symbol: KH-BDVTW\n']]);
    const { cwd, plan } = planProject('dan-van-symbol', text);
    const r = await runBuilt(['check', plan], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const line = text.split('\n').findIndex((l) => l.includes('symbol: KH-BDVTW')) + 1;
    expect(r.stdout + r.stderr).toMatch(new RegExp(`dan-van-symbol\\.yaml:${line}:\\d+`));
    expect(r.stdout + r.stderr).toMatch(/Văn bản của Đảng \(issuer\.style: dang\) ghi ký hiệu dạng <tên loại>\/<cơ quan>/);
  });
});

// Kế hoạch số 15-KH/ĐTN of the Đoàn trường THPT chuyên Lương Văn Tụy (corpus source
// contest-doan-truong-thpt-luong-van-tuy-2021): "ĐOÀN TNCS HỒ CHÍ MINH" on the right, "Số: 15-KH/ĐTN" on the left.
const YOUTH = replaced(SEED, [
  ['  parent: UBND TỈNH BẮC GIANG\n  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n  abbreviation: KHCN\n  place: Bắc Giang\n',
    '  parent: ĐOÀN TNCS HỒ CHÍ MINH\n  name: BCH ĐOÀN TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY\n  nameInText: Ban Chấp hành Đoàn trường\n  abbreviation: ĐTN\n  style: doan\n  place: Ninh Bình\n'],
  ['  number: "05"\n', '  number: "15"\n'],
]);

describe('a Youth Union committee’s plan (issuer.style: doan)', () => {
  it('prints the Đoàn’s tiêu đề and its number form, and passes the OOXML validator', async () => {
    const { cwd, plan } = planProject('doan-15', YOUTH);
    const check = await runBuilt(['check', plan], { cwd });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const r = await runBuilt(['build', plan], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = join(cwd, 'out', 'doan-15');
    const { left, right } = headerCells(join(out, 'ke-hoach.docx'));
    expect(left).toContain('*');
    expect(left.at(-1)).toBe('Số: 15-KH/ĐTN');
    expect(right[0]).toBe('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(right).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const docx = filesBelow(out).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});

describe('plan check on text pasted from an old-font (TCVN3) file', () => {
  it('warns "văn bản dùng bảng mã cũ (TCVN3/VNI)" at the line, proposes the Unicode text, and exits 0', async () => {
    // ceremony-ubnd-xa-dan-luc-2019, http://danluc.trieuson.gov.vn/web/trang-chu/xd-nong-thon-moi/ke-hoach-to-chuc-le-cong-bo-xa-dan-luc-dat-chuan-nong-thon-moi.html
    const text = replaced(SEED, [[
      '    - Tham quan một số dự án',
      '    - Triển khai Hướng dẫn số 24/VPĐP-ĐP&TT, ngµy 23/01/2015 của Văn phòng điều phối Chương trình xây dựng NTM tỉnh;\n    - Tham quan một số dự án',
    ]]);
    const { cwd, plan } = planProject('tcvn3', text);
    const r = await runBuilt(['check', plan], { cwd });
    const all = r.stdout + r.stderr;
    expect(r.code, all).toBe(0);
    const line = text.split('\n').findIndex((l) => l.includes('ngµy')) + 1;
    expect(all).toMatch(new RegExp(`tcvn3\\.yaml:${line}:\\d+`));
    expect(all).toMatch(/[Vv]ăn bản dùng bảng mã cũ \(TCVN3\/VNI\), hãy chuyển sang Unicode/);
    expect(all).toContain('ngày 23/01/2015');
    // The "&" in the real ký hiệu stops nothing (it was an error before).
    expect(all).not.toMatch(/VPĐP-ĐP&TT[^\n]*(lỗi|error)/iu);
  });
});

// A provincial People's Committee with a long title: Word and LibreOffice wrapped "ỦY BAN NHÂN DÂN TỈNH HẢI / DƯƠNG"
// and left the year alone under the title (issue 14, item 2).
const LONG = replaced(SEED, [
  ['  parent: UBND TỈNH BẮC GIANG\n  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n  abbreviation: KHCN\n  place: Bắc Giang\n',
    '  name: ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\n  nameInText: Ủy ban nhân dân tỉnh\n  abbreviation: UBND\n  place: Hải Dương\n'],
  ['  title: Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018\n',
    '  title: Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng và phong trào thi đua yêu nước của tỉnh Hải Dương năm 2018\n'],
]);

describeRendering('a long provincial header and title, rendered by LibreOffice', () => {
  it('breaks before TỈNH, never inside the place name, and leaves no word alone under the title', async () => {
    const { cwd, plan } = planProject('hai-duong', LONG);
    const r = await runBuilt(['build', plan, '--only', 'plan'], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = join(cwd, 'out', 'hai-duong');
    const pdf = await toPdf(join(out, 'ke-hoach.docx'), out);
    const boxes = (await pdfLines(pdf)).filter((l) => l.page === 1);
    const lines = boxes.map((l) => l.text);
    // The header's left cell lines come first on the page, each on its own pdftotext line beside the right cell's.
    expect(lines.some((l) => /^ỦY BAN NHÂN DÂN\b/u.test(l) && !/TỈNH/u.test(l.split(/CỘNG HÒA/u)[0]!))).toBe(true);
    expect(lines.some((l) => /^TỈNH HẢI DƯƠNG\b/u.test(l))).toBe(true);
    expect(lines.some((l) => /^DƯƠNG\b/u.test(l))).toBe(false);
    const title = lines.slice(lines.findIndex((l) => l === 'KẾ HOẠCH') + 1, lines.findIndex((l) => l === 'KẾ HOẠCH') + 4);
    expect(title.join(' ')).toContain('Tổ chức Hội nghị tổng kết');
    const last = title.find((l) => /năm 2018$/u.test(l))!;
    expect(last.split(' ').length, title.join(' | ')).toBeGreaterThan(3);
    // Even lines (LibreOffice alone made 72 + 41 characters, breaking "thi / đua"): widths within a fifth of each other.
    const titleBoxes = boxes.filter((b) => title.slice(0, 2).includes(b.text));
    const widths = titleBoxes.map((b) => b.xMax - b.xMin);
    expect(widths).toHaveLength(2);
    expect(Math.max(...widths) / Math.min(...widths), title.join(' | ')).toBeLessThan(1.2);
    expect(title.some((l) => / thi$/u.test(l)), title.join(' | ')).toBe(false);
  }, 180_000);
});

describe('a manual line break is the documented "|", nothing else', () => {
  it('"|" breaks the header and the title where the clerk put it, and reads as a space everywhere else', async () => {
    const text = replaced(SEED, [
      ['  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n', '  name: SỞ KHOA HỌC | VÀ CÔNG NGHỆ\n'],
      ['  title: Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018\n',
        '  title: Tổ chức Hội nghị giao ban | hoạt động KH&CN cấp cơ sở năm 2018\n'],
    ]);
    const { cwd, plan } = planProject('manual', text);
    const r = await runBuilt(['build', plan], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = join(cwd, 'out', 'manual');
    expect(headerCells(join(out, 'ke-hoach.docx')).left.slice(0, 2)).toEqual(['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC\nVÀ CÔNG NGHỆ']);
    const body = openDocx(join(out, 'ke-hoach.docx')).dom('word/document.xml');
    expect(all(body, 'p').map(paragraphText)).toContain('Tổ chức Hội nghị giao ban\nhoạt động KH&CN cấp cơ sở năm 2018');
    for (const file of filesBelow(out).filter((f) => f.endsWith('.docx'))) {
      const xml = openDocx(join(out, file)).xml('word/document.xml');
      expect(xml.includes('|'), file).toBe(false);
    }
  });
});
