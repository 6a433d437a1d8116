// The seed's Kế hoạch, read back from the DOCX XML and checked against Decree 30 (nd30.md §1–§3, §12).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Element } from '@xmldom/xmldom';
import { all, attr, child, findParagraph, first, numAttr, openDocx, paragraphText, runInfo, ancestor, type Docx } from '../../helpers/docx.js';
import { buildSeedPlan } from './build.js';
import { SEED_MARKDOWN } from '../../helpers/seed.js';

let docx: Docx;
let body: Document;

/** A run's size in half-points as Word resolves it: the run, then its paragraph style, then the document default. */
function effectiveSize(run: Element): number | undefined {
  const own = runInfo(run).size;
  if (own !== undefined) return own;
  const p = ancestor(run, 'p')!;
  const styleId = attr(first(p, 'pStyle'), 'val');
  const styles = docx.dom('word/styles.xml');
  const style = styleId ? all(styles, 'style').find((s) => attr(s, 'styleId') === styleId) : undefined;
  const fromStyle = style ? numAttr(first(style, 'sz'), 'val') : undefined;
  return fromStyle ?? numAttr(first(first(styles, 'rPrDefault')!, 'sz'), 'val');
}

const textRuns = (p: Element) => all(p, 'r').filter((r) => runInfo(r).text.trim() !== '');

beforeAll(async () => {
  const built = await buildSeedPlan();
  docx = openDocx(built.docx);
  body = docx.dom('word/document.xml');
});

describe('the seed Kế hoạch as DOCX', () => {
  it('is A4 portrait with the default Decree-30 margins and no number on page 1', () => {
    const sectPr = first(body, 'sectPr')!;
    expect([numAttr(child(sectPr, 'pgSz'), 'w'), numAttr(child(sectPr, 'pgSz'), 'h')]).toEqual([11906, 16838]);
    expect(attr(child(sectPr, 'pgSz'), 'orient') ?? 'portrait').toBe('portrait');
    const margins = child(sectPr, 'pgMar');
    expect(['top', 'bottom', 'left', 'right'].map((side) => numAttr(margins, side))).toEqual([1134, 1134, 1701, 850]);
    expect(child(sectPr, 'titlePg')).toBeDefined();
  });

  it('sets Times New Roman on all four scripts, in black, as the document default', () => {
    const styles = docx.dom('word/styles.xml');
    const fonts = first(first(styles, 'rPrDefault')!, 'rFonts')!;
    for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, script)).toBe('Times New Roman');
    // No run anywhere picks another font.
    for (const f of all(body, 'rFonts')) for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
      const value = attr(f, script);
      if (value) expect(value).toBe('Times New Roman');
    }
    for (const c of all(body, 'color')) expect(attr(c, 'val')).toMatch(/^(000000|auto)$/);
  });

  it('builds the two-column header: agencies, Quốc hiệu, Tiêu ngữ, Số and the date', () => {
    const qh = findParagraph(body, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tn = findParagraph(body, 'Độc lập - Tự do - Hạnh phúc');
    const parent = findParagraph(body, 'UBND TỈNH BẮC GIANG');
    const issuer = findParagraph(body, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    const so = findParagraph(body, 'Số: 05/KH-KHCN');
    const date = findParagraph(body, 'Bắc Giang, ngày 05 tháng 7 năm 2018');
    const table = ancestor(qh, 'tbl')!;
    for (const p of [tn, parent, issuer, so, date]) expect(ancestor(p, 'tbl')).toBe(table);
    // Left column: the agencies and Số; right column: the national motto and the date.
    const column = (p: Element) => Array.from(ancestor(p, 'tr')!.getElementsByTagNameNS(ancestor(p, 'tc')!.namespaceURI, 'tc')).indexOf(ancestor(p, 'tc')!);
    expect([parent, issuer, so].map(column)).toEqual([0, 0, 0]);
    expect([qh, tn, date].map(column)).toEqual([1, 1, 1]);
    expect(ancestor(so, 'tr')).toBe(ancestor(date, 'tr')); // Số and the date share a row, so a line
    const run = (p: Element) => textRuns(p)[0]!;
    expect(runInfo(run(qh))).toMatchObject({ bold: true });
    expect(effectiveSize(run(qh))).toBe(26);
    expect(runInfo(run(tn))).toMatchObject({ bold: true });
    expect(effectiveSize(run(tn))).toBe(28);
    expect(runInfo(run(parent)).bold).toBe(false);
    expect(runInfo(run(issuer)).bold).toBe(true);
    expect(effectiveSize(run(so))).toBe(26);
    expect(runInfo(run(date)).italic).toBe(true);
    // Borderless
    for (const b of all(first(table, 'tblBorders')!, '*' as never)) expect(attr(b, 'val')).toMatch(/^(none|nil)$/);
  });

  it('centres KẾ HOẠCH and the trích yếu in bold', () => {
    for (const text of ['KẾ HOẠCH', 'Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018']) {
      const p = findParagraph(body, text);
      expect(attr(first(p, 'jc'), 'val')).toBe('center');
      expect(runInfo(textRuns(p)[0]!).bold).toBe(true);
      expect(effectiveSize(textRuns(p)[0]!)).toBe(28);
    }
  });

  it('numbers the sections I., II., III. in bold upper case and the khoản 1.–5.', () => {
    const headings = all(body, 'p').map(paragraphText).filter((t) => /^(I|II|III|IV)\. /.test(t));
    expect(headings).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']);
    const khoan = all(body, 'p').map(paragraphText).map((t) => /^(\d+)\. ([^:]+)/u.exec(t)).filter((m) => m !== null).map((m) => `${m[1]}. ${m[2]}`);
    expect(khoan).toEqual(['1. Nội dung', '2. Thành phần', '3. Thời gian', '4. Địa điểm', '5. Kinh phí thực hiện']);
    expect(runInfo(textRuns(findParagraph(body, 'I. MỤC ĐÍCH, YÊU CẦU'))[0]!).bold).toBe(true);
  });

  it('lays out the body justified, with a 1 cm first-line indent, ≥ 6 pt before, 13–14 pt, single to 1.5 lines', () => {
    const p = findParagraph(body, /^- Nâng cao hiệu quả tư vấn/);
    const styles = docx.dom('word/styles.xml');
    const styleId = attr(first(p, 'pStyle'), 'val');
    const style = all(styles, 'style').find((s) => attr(s, 'styleId') === styleId)!;
    const pick = (name: string) => first(p, name) ?? first(style, name);
    expect(attr(pick('jc'), 'val')).toBe('both');
    expect([567, 720]).toContain(numAttr(pick('ind'), 'firstLine'));
    expect(numAttr(pick('spacing'), 'before')).toBeGreaterThanOrEqual(120);
    const line = numAttr(pick('spacing'), 'line') ?? 240;
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    expect([26, 28]).toContain(effectiveSize(textRuns(p)[0]!));
  });

  it('ends the body with ./.', () => {
    expect(all(body, 'p').map(paragraphText).filter((t) => t.endsWith('./.'))).toEqual([
      '- Văn phòng Sở phối hợp với phòng Quản lý KH&CN cơ sở đón tiếp các đại biểu, chuẩn bị Hội trường các điều kiện khác phục vụ Hội nghị./.',
    ]);
  });

  it('closes with Nơi nhận (12 pt bold italic, items 11 pt), Lưu, Bản điện tử and the signature block', () => {
    const label = findParagraph(body, 'Nơi nhận:');
    const labelRun = runInfo(textRuns(label)[0]!);
    expect([labelRun.bold, labelRun.italic, effectiveSize(textRuns(label)[0]!)]).toEqual([true, true, 24]);
    const cell = ancestor(label, 'tc')!;
    const lines = all(cell, 'p').map(paragraphText).filter(Boolean);
    expect(lines).toEqual([
      'Nơi nhận:',
      '- Lưu: VT, KHCNCS.',
      'Bản điện tử:',
      '- Lãnh đạo Sở;',
      '- Hội đồng KH&CN các sở, ngành;',
      '- UBND các huyện, thành phố;',
      '- Các trường đại học và cao đẳng trong tỉnh;',
      '- Các doanh nghiệp và tổ chức KH&CN;',
      '- Các phòng, đơn vị thuộc Sở.',
    ]);
    for (const p of all(cell, 'p').slice(1)) for (const r of textRuns(p)) if (!runInfo(r).italic) expect(effectiveSize(r)).toBe(22);
    const row = ancestor(label, 'tr')!;
    const signature = all(row, 'p').map(paragraphText).filter((t) => t && !lines.includes(t));
    expect(signature).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Phúc Thương']);
    for (const text of signature) {
      const r = textRuns(findParagraph(body, text))[0]!;
      expect(runInfo(r).bold).toBe(true);
      expect([26, 28]).toContain(effectiveSize(r));
    }
  });

  it('holds every fact of the seed', () => {
    const text = all(body, 'p').map(paragraphText).join('\n');
    const seed = readFileSync(SEED_MARKDOWN, 'utf8');
    const facts = [
      'Quyết định số 183/QĐ-KHCN ngày 15/6/2018',
      'Đại học Nông Lâm Bắc Giang', 'Cao đẳng Nghề Công nghệ Việt Hàn', 'Cao đẳng Kỹ thuật Công nghiệp', 'Cao đẳng Ngô Gia Tự',
      '01 ngày', '31/7/2018', '(có Giấy mời kèm theo)',
      'Hội trường tầng 5, Sở Khoa học và Công nghệ; địa chỉ: Lô 10, đường Lý Tự Trọng, thành phố Bắc Giang',
      'Kinh phí chi từ nguồn sự nghiệp khoa học năm 2018 được giao cho phòng Quản lý Khoa học và Công nghệ cơ sở',
      'Phòng Kế hoạch - Tài chính thẩm định, bố trí kinh phí theo quy định',
      'Phóng viên Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh',
      'Nguyễn Phúc Thương',
    ];
    for (const fact of facts) {
      expect(seed).toContain(fact);
      expect(text).toContain(fact);
    }
    // Every bullet of the seed's body, typos fixed.
    const bullets = seed.split('\n').filter((l) => l.startsWith('- ') && !l.startsWith('- Lưu')).map((l) => l.slice(2).trim().replace('KKH&CN', 'KH&CN').replace(/[;,.]$|\.\/\.$/, '').replace('sở, ngành,', 'sở, ngành').replace('huyện thành phố', 'huyện, thành phố'));
    expect(bullets.length).toBeGreaterThan(20);
    for (const b of bullets) expect(text).toContain(b);
  });
});
