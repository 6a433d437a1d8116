// Reads the sample DOCX back and checks the Decree-30 formatting in its XML.
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, packSample } from './sample.js';
import { mmToTwip } from '../../../src/render/nd30/index.js';
import {
  all, ancestor, attr, borderSides, child, children, findParagraph, first, isOn, numAttr, openDocx, paragraphText,
  runInfo, type Docx,
} from '../../helpers/docx.js';

let docx: Docx;
beforeAll(async () => {
  docx = openDocx(await packSample());
});

const body = () => docx.dom('word/document.xml');
const sectPr = () => {
  const s = all(body(), 'sectPr');
  expect(s).toHaveLength(1);
  return s[0]!;
};

/** The part a header reference points to, e.g. `word/header1.xml`. */
function headerPart(type: 'first' | 'default'): string {
  const ref = children(sectPr(), 'headerReference').find((h) => attr(h, 'type') === type);
  expect(ref, `headerReference ${type}`).toBeDefined();
  const id = ref!.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const rels = docx.dom('word/_rels/document.xml.rels');
  const rel = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id);
  expect(rel, `relationship ${id}`).toBeDefined();
  return `word/${rel!.getAttribute('Target')}`;
}

/** Effective size (half-points) of each run of a paragraph: the run's own or the document default. */
function sizes(p: Element): number[] {
  const defaultSize = numAttr(first(first(docx.dom('word/styles.xml'), 'rPrDefault')!, 'sz'), 'val');
  return all(p, 'r').filter((r) => runInfo(r).text !== '').map((r) => runInfo(r).size ?? defaultSize!);
}

function tables(): Element[] {
  return all(body(), 'tbl').filter((t) => !ancestor(t, 'tbl'));
}

describe('page', () => {
  it('is A4 portrait with the default margins in twips', () => {
    const pgSz = child(sectPr(), 'pgSz');
    expect(numAttr(pgSz, 'w')).toBe(11906);
    expect(numAttr(pgSz, 'h')).toBe(16838);
    expect(attr(pgSz, 'orient') ?? 'portrait').toBe('portrait');
    const m = child(sectPr(), 'pgMar');
    expect([numAttr(m, 'top'), numAttr(m, 'bottom'), numAttr(m, 'left'), numAttr(m, 'right')]).toEqual([1134, 1134, 1701, 850]);
    expect(numAttr(m, 'header')).toBe(567);
  });

  it('shows no number on page 1 and a centred PAGE field at 14 pt on the others', () => {
    expect(child(sectPr(), 'titlePg')).toBeDefined();
    expect(isOn(sectPr(), 'titlePg')).toBe(true);
    const firstHeader = docx.dom(headerPart('first'));
    expect(all(firstHeader, 'r').map((r) => runInfo(r).text).join('')).toBe('');
    expect(all(firstHeader, 'fldChar').length + all(firstHeader, 'fldSimple').length).toBe(0);

    const header = docx.dom(headerPart('default'));
    const paragraphs = all(header, 'p');
    expect(paragraphs).toHaveLength(1);
    expect(attr(first(paragraphs[0]!, 'jc'), 'val')).toBe('center');
    const runs = all(paragraphs[0]!, 'r').map(runInfo);
    expect(runs.some((r) => r.hasFieldPage)).toBe(true);
    expect(runs.every((r) => r.size === 28)).toBe(true);
  });
});

describe('styles', () => {
  it('sets Times New Roman on all four scripts, black, 14 pt by default', () => {
    const styles = docx.dom('word/styles.xml');
    const rPr = first(first(styles, 'rPrDefault')!, 'rPr')!;
    const fonts = child(rPr, 'rFonts');
    for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, script), script).toBe('Times New Roman');
    expect(attr(child(rPr, 'color'), 'val')).toBe('000000');
    expect(numAttr(child(rPr, 'sz'), 'val')).toBe(28);
  });

  it('lets no style or run choose another font or colour', () => {
    for (const part of ['word/styles.xml', 'word/document.xml', headerPart('default')]) {
      const dom = docx.dom(part);
      for (const f of all(dom, 'rFonts')) {
        for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
          const v = attr(f, script);
          if (v) expect(v, `${part} ${script}`).toBe('Times New Roman');
        }
        for (const theme of ['asciiTheme', 'hAnsiTheme', 'cstheme', 'eastAsiaTheme']) expect(attr(f, theme), theme).toBeFalsy();
      }
    }
    for (const c of all(body(), 'color')) expect(attr(c, 'val')).toBe('000000');
  });

  it('makes body paragraphs justified, 1 cm first line, 6 pt before, single to 1.5 line spacing', () => {
    const p = findParagraph(body(), /^Trung tâm Ứng dụng tiến bộ khoa học và công nghệ xây dựng/);
    const styleId = attr(first(p, 'pStyle'), 'val');
    const style = Array.from(docx.dom('word/styles.xml').getElementsByTagNameNS('*', 'style')).find(
      (s) => attr(s as Element, 'styleId') === styleId,
    )!;
    expect(style).toBeDefined();
    expect(attr(first(style, 'jc'), 'val')).toBe('both');
    expect(numAttr(first(style, 'ind'), 'firstLine')).toBe(567);
    const spacing = first(style, 'spacing');
    expect(numAttr(spacing, 'before')).toBe(120);
    expect(numAttr(spacing, 'line')).toBeGreaterThanOrEqual(240);
    expect(numAttr(spacing, 'line')).toBeLessThanOrEqual(360);
    expect(attr(spacing, 'lineRule')).toBe('auto');
  });
});

describe('header table', () => {
  it('is borderless, fixed, two columns from 25 to 200 mm (5 mm into each side margin), cells without borders', () => {
    const t = tables()[0]!;
    const sides = borderSides(first(t, 'tblBorders'));
    expect(Object.keys(sides).sort()).toEqual(['bottom', 'insideH', 'insideV', 'left', 'right', 'top']);
    for (const [side, v] of Object.entries(sides)) expect(v, side).toMatch(/^(none|nil)$/);
    expect(all(t, 'tcBorders')).toHaveLength(0);
    expect(attr(first(t, 'tblLayout'), 'type')).toBe('fixed');
    const cols = all(first(t, 'tblGrid')!, 'gridCol').map((g) => numAttr(g, 'w')!);
    expect(cols).toHaveLength(2);
    expect(cols.reduce((a, b) => a + b)).toBe(mmToTwip(200) - mmToTwip(25));
    expect(numAttr(first(t, 'tblInd'), 'w')).toBe(mmToTwip(25) - mmToTwip(30));
    expect(cols[0]! / (cols[0]! + cols[1]!)).toBeGreaterThan(0.38);
    expect(cols[0]! / (cols[0]! + cols[1]!)).toBeLessThan(0.46);
    expect(children(t, 'tr')).toHaveLength(2);
  });

  it('puts the agency names left and Quốc hiệu, Tiêu ngữ right, with the sizes of profile P13', () => {
    const [row1, row2] = children(tables()[0]!, 'tr');
    const [left, right] = children(row1!, 'tc');
    const leftTexts = all(left!, 'p').map(paragraphText).filter((t) => t !== '');
    // Too long for the column: broken by measure into two lines, where LibreOffice wrapped it before.
    expect(leftTexts).toEqual([SAMPLE.parent, 'TRUNG TÂM ỨNG DỤNG TIẾN\nBỘ KHOA HỌC VÀ CÔNG NGHỆ']);
    const [parent, issuer] = all(left!, 'p');
    expect(all(parent!, 'r').map(runInfo).every((r) => !r.bold && r.size === 26)).toBe(true);
    expect(all(issuer!, 'r').map(runInfo).every((r) => r.bold && r.size === 26)).toBe(true);

    const [qh, tn] = all(right!, 'p');
    expect(paragraphText(qh!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all(qh!, 'r').map(runInfo).every((r) => r.bold && r.size === 26)).toBe(true);
    expect(paragraphText(tn!)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(all(tn!, 'r').map(runInfo).every((r) => r.bold && r.size === 28)).toBe(true);
    for (const p of all(row1!, 'p')) expect(attr(first(p, 'jc'), 'val')).toBe('center');

    const [numberCell, dateCell] = children(row2!, 'tc');
    const number = all(numberCell!, 'p')[0]!;
    expect(paragraphText(number)).toBe('Số: 05/KH-TTUD');
    expect(all(number, 'r').map(runInfo).every((r) => !r.bold && !r.italic && r.size === 26)).toBe(true);
    const date = all(dateCell!, 'p')[0]!;
    expect(paragraphText(date)).toBe('Bắc Giang, ngày 05 tháng 7 năm 2018');
    expect(all(date, 'r').map(runInfo).every((r) => r.italic && !r.bold && r.size === 28)).toBe(true);
  });

  it('draws the rules as empty paragraphs with a bottom border, no drawings', () => {
    const [row1] = children(tables()[0]!, 'tr');
    const rules = all(row1!, 'p').filter((p) => first(p, 'pBdr'));
    expect(rules).toHaveLength(2);
    for (const r of rules) {
      expect(paragraphText(r)).toBe('');
      expect(attr(first(first(r, 'pBdr')!, 'bottom'), 'val')).toBe('single');
    }
    // Issuer rule: 1/3–1/2 of the issuer's line; Tiêu ngữ rule: about the Tiêu ngữ's length (≈ 65 mm).
    const width = (p: Element, cell: number) => cell - numAttr(first(p, 'ind'), 'left')! - numAttr(first(p, 'ind'), 'right')!;
    const cols = all(first(tables()[0]!, 'tblGrid')!, 'gridCol').map((g) => numAttr(g, 'w')! - 2 * 57);
    const issuerRuleMm = (width(rules[0]!, cols[0]!) * 25.4) / 1440;
    const tieuNguRuleMm = (width(rules[1]!, cols[1]!) * 25.4) / 1440;
    expect(issuerRuleMm).toBeGreaterThan(70 / 3);
    expect(issuerRuleMm).toBeLessThan(72 / 2);
    expect(tieuNguRuleMm).toBeGreaterThan(60);
    expect(tieuNguRuleMm).toBeLessThan(70);
    expect(docx.xml('word/document.xml')).not.toContain('<w:drawing');
  });
});

describe('title and body', () => {
  it('centres the kind name and the summary, bold 14', () => {
    const kind = findParagraph(body(), 'KẾ HOẠCH');
    const summary = findParagraph(body(), /^Tổ chức Hội nghị giao ban/);
    for (const p of [kind, summary]) {
      expect(attr(first(p, 'jc'), 'val')).toBe('center');
      expect(all(p, 'r').map(runInfo).every((r) => r.bold)).toBe(true);
      expect(sizes(p).every((s) => s === 28)).toBe(true);
    }
    expect(paragraphText(summary)).toBe(SAMPLE.summary.join('\n'));
  });

  it('writes headings in the layout-B style', () => {
    const h1 = findParagraph(body(), 'I. MỤC ĐÍCH, YÊU CẦU');
    expect(all(h1, 'r').map(runInfo).every((r) => r.bold)).toBe(true);
    expect(isOn(first(h1, 'pPr'), 'keepNext')).toBe(true);
    expect(findParagraph(body(), 'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM')).toBeDefined();
    const runIn = all(findParagraph(body(), /^2\. Thời gian: 01 ngày/), 'r').map(runInfo);
    expect(runIn[0]).toMatchObject({ text: '2. Thời gian:', bold: true });
    expect(runIn.slice(1).every((r) => !r.bold)).toBe(true);
    expect(findParagraph(body(), /^đ\) Các đơn vị/)).toBeDefined();
    expect(findParagraph(body(), /^- Đánh giá tình hình/)).toBeDefined();
  });

  it('puts the legal bases in italics, ";" then "."', () => {
    const bases = all(body(), 'p').filter((p) => paragraphText(p).startsWith('Căn cứ'));
    expect(bases.map((p) => paragraphText(p).slice(-1))).toEqual([';', '.']);
    for (const p of bases) expect(all(p, 'r').map(runInfo).every((r) => r.italic)).toBe(true);
  });

  it('ends the body with ./. and keeps its last paragraph with the closing table', () => {
    const last = findParagraph(body(), /^Trên đây là/);
    expect(paragraphText(last)).toBe('Trên đây là Kế hoạch tổ chức Hội nghị giao ban của Trung tâm./.');
    expect(isOn(first(last, 'pPr'), 'keepNext')).toBe(true);
  });

  it('draws the data table with single borders and a repeated bold header row', () => {
    const t = tables().find((x) => paragraphText(all(x, 'p')[0]!) === 'TT')!;
    expect(t).toBeDefined();
    for (const [side, v] of Object.entries(borderSides(first(t, 'tblBorders')))) expect(v, side).toBe('single');
    const rows = children(t, 'tr');
    expect(isOn(first(rows[0]!, 'trPr'), 'tblHeader')).toBe(true);
    expect(all(rows[0]!, 'r').map(runInfo).every((r) => r.bold)).toBe(true);
    expect(all(first(t, 'tblGrid')!, 'gridCol').map((g) => numAttr(g, 'w')!).reduce((a, b) => a + b)).toBe(9355);
  });
});

describe('closing table', () => {
  const closing = () => tables().at(-1)!;

  it('is borderless, one row that cannot split, its right column under the Quốc hiệu column', () => {
    const t = closing();
    for (const [side, v] of Object.entries(borderSides(first(t, 'tblBorders')))) expect(v, side).toMatch(/^(none|nil)$/);
    expect(all(t, 'tcBorders')).toHaveLength(0);
    const rows = children(t, 'tr');
    expect(rows).toHaveLength(1);
    expect(isOn(first(rows[0]!, 'trPr'), 'cantSplit')).toBe(true);
    const grid = (x: Element) => all(first(x, 'tblGrid')!, 'gridCol').map((g) => numAttr(g, 'w')!);
    expect(grid(t)[1]).toBe(grid(tables()[0]!)[1]);
    const rightEdge = (x: Element) => numAttr(first(x, 'tblInd'), 'w')! + grid(x)[0]! + grid(x)[1]!;
    expect(rightEdge(t)).toBe(rightEdge(tables()[0]!));
  });

  it('lists Nơi nhận at 12/11 pt and the signature bold 14, with room to sign', () => {
    const [left, right] = children(children(closing(), 'tr')[0]!, 'tc');
    const lines = all(left!, 'p').map(paragraphText);
    expect(lines).toEqual([
      'Nơi nhận:',
      '- Sở Khoa học và Công nghệ (b/c);',
      '- Các đơn vị chủ trì nhiệm vụ;',
      '- Phòng Kế hoạch - Tài chính;',
      '- Lưu: VT, KHCNCS.',
      'Bản điện tử:',
      '- Lãnh đạo Trung tâm;',
      '- Các phòng chuyên môn.',
    ]);
    for (const p of all(left!, 'p')) {
      const runs = all(p, 'r').map(runInfo);
      if (paragraphText(p).endsWith(':')) expect(runs.every((r) => r.bold && r.italic && r.size === 24)).toBe(true);
      else expect(runs.every((r) => !r.bold && !r.italic && r.size === 22)).toBe(true);
    }
    const sig = all(right!, 'p');
    expect(sig.map(paragraphText)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', SAMPLE.name]);
    for (const p of sig) {
      expect(attr(first(p, 'jc'), 'val')).toBe('center');
      expect(all(p, 'r').map(runInfo).filter((r) => r.text).every((r) => r.bold && r.size === 28)).toBe(true);
    }
  });
});
