// The second bundled example has another shape than the seed: a university, legal bases, a two-day timed programme,
// a budget, online bridges, extra sections in a chosen order and tasks per unit.
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Element } from '@xmldom/xmldom';
import { all, ancestor, findParagraph, openDocx, paragraphText, runInfo } from '../../helpers/docx.js';
import { runCli } from '../../helpers/cli.js';
import { ROOT } from './build.js';

const EXAMPLE = join(ROOT, 'examples', 'hoi-thao-chuyen-doi-so-2025.yaml');
let body: Document;
let texts: string[];

const tableRows = (table: Element): string[][] =>
  all(table, 'tr').map((tr) => all(tr, 'tc').map((tc) => all(tc, 'p').map(paragraphText).join(' ')));

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'plan-example2-'));
  const run = await runCli(['build', EXAMPLE, '--only', 'plan', '--out', out, '--format', 'json']);
  if (run.code !== 0) throw new Error(run.stderr);
  body = openDocx(join(out, 'ke-hoach.docx')).dom('word/document.xml');
  texts = all(body, 'p').map(paragraphText);
});

describe('the second example (a two-day university workshop)', () => {
  it('passes plan check without errors', async () => {
    const run = await runCli(['check', EXAMPLE, '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { severity: string }[]).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('sets the legal bases in italics, ";" after each and "." after the last, before the intro', () => {
    const bases = texts.filter((t) => t.startsWith('Căn cứ '));
    expect(bases).toHaveLength(2);
    expect(bases[0]).toMatch(/;$/);
    expect(bases[1]).toMatch(/\.$/);
    for (const b of bases) expect(runInfo(all(findParagraph(body, b), 'r')[0]!).italic).toBe(true);
    expect(texts.indexOf(bases[1]!)).toBeLessThan(texts.findIndex((t) => t.startsWith('Trường Đại học Kinh tế và Quản trị Kinh doanh ban hành')));
  });

  it('numbers the sections in the order the plan asks for, extra sections included', () => {
    expect(texts.filter((t) => /^[IVX]+\. /.test(t))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. PHƯƠNG THỨC TỔ CHỨC', 'IV. TIẾN ĐỘ THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(texts).toContain('2. Tại các điểm cầu: các trường chủ động bố trí phòng họp và kỹ thuật viên');
    expect(texts).toContain('1. Phòng Quản lý khoa học');
  });

  it('tabulates the timed programme over both days', () => {
    const table = ancestor(findParagraph(body, 'Khai mạc Hội thảo'), 'tbl')!;
    const rows = tableRows(table);
    expect(rows[0]).toEqual(['Thời gian', 'Nội dung', 'Thực hiện']);
    // Two days: each day's rows under a heading row of their own (issue 14).
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual(['Thứ Năm, ngày 20/3/2025']);
    expect(rows[6]).toEqual(['Thứ Sáu, ngày 21/3/2025']);
    expect(rows[8]).toEqual(['10:00 - 10:30', 'Tổng kết, bế mạc', 'Hiệu trưởng']);
  });

  it('tabulates the budget with amounts, the total and the amount in words', () => {
    const table = ancestor(findParagraph(body, 'Thù lao báo cáo tham luận'), 'tbl')!;
    const rows = tableRows(table);
    expect(rows[1]).toEqual(['1', 'Thù lao báo cáo tham luận', 'bài', '8', '1.500.000', '12.000.000']);
    expect(rows.at(-1)).toEqual(['', 'Tổng cộng', '', '', '', '33.000.000']);
    expect(texts).toContain('Bằng chữ: Ba mươi ba triệu đồng.');
  });

  it('says when a two-day event opens, and where the online bridges are', () => {
    // The programme is the whole of "Nội dung": no empty "1. Nội dung" heading above it, so Thời gian is 2.
    expect(texts).toContain('2. Thời gian: 02 ngày, từ thứ Năm, ngày 20/3/2025 đến thứ Sáu, ngày 21/3/2025, khai mạc lúc 07 giờ 30 phút ngày 20/3/2025 (có Giấy mời và chương trình kèm theo).');
    expect(texts).toContain('- Các điểm cầu: Phòng họp trực tuyến, Trường Đại học Tây Bắc; Phòng họp trực tuyến, Trường Đại học Hùng Vương.');
  });

  it('signs for the rector and ends the body with ./.', () => {
    expect(texts.filter((t) => t.endsWith('./.'))).toEqual(['- Thẩm định dự toán, bảo đảm kinh phí theo quy định./.']);
    for (const line of ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'Trần Văn Minh']) expect(texts).toContain(line);
  });
});

describe('the second example\'s invitation', () => {
  it('gives the weekday of both the first and the last day of a two-day event', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-example2-gm-'));
    const run = await runCli(['invite', EXAMPLE, '--out', out, '--separate', '--json']);
    expect(run.code).toBe(0);
    const letter = (JSON.parse(run.stdout) as { files: { path: string; invitee?: string }[] }).files.find((f) => f.invitee?.includes('Nguyễn Văn Hùng'))!;
    const lines = all(openDocx(join(ROOT, letter.path)).dom('word/document.xml'), 'p').map(paragraphText);
    // The same wording as the plan's (one formatting function for every document).
    expect(lines).toContain('Thời gian: 02 ngày, từ thứ Năm, ngày 20/3/2025 đến thứ Sáu, ngày 21/3/2025, khai mạc lúc 07 giờ 30 phút ngày 20/3/2025.');
  });
});

describe('values cannot add structure to a document', () => {
  it('turns a line break inside a value into a space instead of a new heading', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'plan-inject-'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(EXAMPLE, 'utf8')
      .replace(/^intro: .*$/m, 'intro: "Mở đầu.\\n# CHÈN MỤC\\n@table budget X"')
      .replace('  duration: 02 ngày', '  duration: "02 ngày\\n## CHÈN"')
      .replace('      - heading: Tại các điểm cầu', '      - heading: "Tại các điểm cầu:"'));
    const run = await runCli(['build', plan, '--only', 'plan', '--out', dir]);
    expect(run.code).toBe(0);
    const lines = all(openDocx(join(dir, 'ke-hoach.docx')).dom('word/document.xml'), 'p').map(paragraphText);
    expect(lines.filter((t) => /^[IVX]+\. /.test(t))).toHaveLength(5);
    expect(lines).toContain('Mở đầu. # CHÈN MỤC @table budget X');
    expect(lines.some((t) => t.startsWith('2. Thời gian: 02 ngày ## CHÈN, từ thứ Năm, ngày 20/3/2025'))).toBe(true);
    // A heading that already ends with a colon gets no second one before its run-in text.
    expect(lines).toContain('2. Tại các điểm cầu: các trường chủ động bố trí phòng họp và kỹ thuật viên');
  });
});

describe('the Lưu line', () => {
  it('gives the number of copies kept as the decree writes it, in the plan and in the letters', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'plan-copies-'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(EXAMPLE, 'utf8').replace('  archive: [VT, QLKH]', '  archive: [VT, QLKH]\n  copies: 2'));
    const run = await runCli(['build', plan, '--only', 'plan,invitations', '--out', dir]);
    expect(run.code).toBe(0);
    const planLines = all(openDocx(join(dir, 'ke-hoach.docx')).dom('word/document.xml'), 'p').map(paragraphText);
    const letterLines = all(openDocx(join(dir, 'giay-moi-tat-ca.docx')).dom('word/document.xml'), 'p').map(paragraphText);
    expect(planLines).toContain('- Lưu: VT, QLKH (2).');
    expect(letterLines).toContain('- Lưu: VT, QLKH (2).');
  });
});
