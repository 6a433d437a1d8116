// The seed's distribution list read back from the DOCX: who is on it, once each, in a numbered six-column table.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanModel } from '../../../src/model/plan.js';
import { inviteeName } from '../../../src/model/invitee.js';
import { exitCode } from '../../../src/core/exit-code.js';
import { distributionProducer } from '../../../src/engine/producers/distribution.js';
import { PRODUCERS } from '../../../src/engine/producers.js';
import { all, attr, child, first, numAttr, paragraphText, type Docx } from '../../helpers/docx.js';
import { context, listTable, open, produce, seedModel, type ListTable } from './helpers.js';

let model: PlanModel;
let bytes: Uint8Array;
let docx: Docx;
let table: ListTable;

beforeAll(async () => {
  model = await seedModel();
  bytes = (await produce(model)).bytes;
  docx = open(bytes);
  table = listTable(docx);
});

const recipientColumn = (t: ListTable) => t.rows.map((r) => r[1]!.join(' '));
const rowOf = (t: ListTable, recipient: string) => {
  const found = t.rows.filter((r) => r[1]!.join(' ') === recipient);
  expect(found, `rows for ${recipient}`).toHaveLength(1);
  return found[0]!;
};

describe('the producer', () => {
  it('is registered for `plan build` and writes danh-sach-phat-hanh.docx of kind distribution', async () => {
    expect(Object.keys(PRODUCERS)).toContain('distribution');
    const produced = await PRODUCERS['distribution' as keyof typeof PRODUCERS](context(model));
    expect(produced.ok).toBe(true);
    if (!produced.ok) return;
    expect(produced.outputs.map((o) => [o.kind, o.name])).toEqual([['distribution', 'danh-sach-phat-hanh.docx']]);
    expect(produced.diagnostics).toEqual([]);
  });

  it('gives the same bytes every time', async () => {
    const again = (await produce(await seedModel())).bytes;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the seed list', () => {
  it('has the six columns, in order', () => {
    expect(table.header).toEqual(['STT', 'Nơi nhận', 'Văn bản', 'Hình thức gửi', 'Địa chỉ, email', 'Ký nhận']);
  });

  it('numbers the rows 1..N without gaps', () => {
    expect(table.rows.map((r) => r[0]!.join(''))).toEqual(table.rows.map((_, i) => String(i + 1)));
  });

  it('lists every electronic recipient, every invitee and the archive copies, exactly once each', () => {
    const invitees = model.invitations!.invitees.map(inviteeName);
    const expected = [
      ...model.recipients.paper,
      ...model.recipients.electronic.map((c) => c.name),
      ...invitees,
      ...model.recipients.archive.map((a) => `Lưu: ${a}`),
    ];
    expect(expected.length).toBe(6 + 26 + 2);
    expect(recipientColumn(table)).toEqual(expected);
    expect(new Set(recipientColumn(table)).size).toBe(table.rows.length);
  });

  it('says what each receives and how', () => {
    expect(rowOf(table, 'Lãnh đạo Sở').slice(2, 5)).toEqual([['Kế hoạch'], ['bản điện tử'], []]);
    expect(rowOf(table, 'Báo Bắc Giang').slice(2, 5)).toEqual([['Giấy mời'], ['bản giấy'], []]);
    expect(rowOf(table, 'Lưu: VT').slice(2, 4)).toEqual([['Kế hoạch', 'Giấy mời'], ['bản lưu']]);
  });

  it('leaves the Ký nhận column empty', () => {
    for (const row of table.rows) expect(row[5]!.join('')).toBe('');
  });

  it('ends with the total', () => {
    expect(table.extra.map((r) => r.map((c) => c.join(' ')).join('|'))).toEqual([`|Tổng số: ${table.rows.length} nơi nhận`]);
  });

  it('repeats the header row on each page and keeps every row on one page', () => {
    const [head, ...rest] = table.rowElements;
    expect(child(child(head!, 'trPr')!, 'tblHeader')).toBeDefined();
    for (const tr of rest) expect(child(tr, 'trPr') && child(child(tr, 'trPr')!, 'cantSplit')).toBeTruthy();
    for (const tr of rest) expect(child(child(tr, 'trPr')!, 'tblHeader')).toBeUndefined();
  });

  it('has the agency header, the title and the line naming the plan', () => {
    const texts = all(docx.dom('word/document.xml'), 'p').map(paragraphText);
    expect(texts).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(texts).toContain('Bắc Giang, ngày 05 tháng 7 năm 2018');
    expect(texts).toContain('DANH SÁCH PHÁT HÀNH');
    expect(texts).toContain(
      '(Kèm theo Kế hoạch số 05/KH-KHCN ngày 05 tháng 7 năm 2018 của Sở Khoa học và Công nghệ về tổ chức Hội nghị giao ban ' +
        'hoạt động KH&CN cấp cơ sở năm 2018; Giấy mời số 06/GM-KHCN ngày 20 tháng 7 năm 2018)',
    );
    // The list has no number of its own: the plan's number is cited, never printed as the list's `Số:`.
    expect(texts.filter((t) => t.startsWith('Số:'))).toEqual([]);
  });
});

describe('page set-up', () => {
  it('is A4 with the plan margins, Times New Roman throughout', () => {
    const sectPr = first(docx.dom('word/document.xml'), 'sectPr')!;
    const pgSz = child(sectPr, 'pgSz');
    expect([numAttr(pgSz, 'w'), numAttr(pgSz, 'h')]).toEqual([11906, 16838]);
    const pgMar = child(sectPr, 'pgMar');
    expect([numAttr(pgMar, 'top'), numAttr(pgMar, 'bottom'), numAttr(pgMar, 'left'), numAttr(pgMar, 'right')]).toEqual([
      1134, 1134, 1701, 850,
    ]);
    const fonts = first(first(docx.dom('word/styles.xml'), 'rPrDefault')!, 'rFonts')!;
    for (const side of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, side)).toBe('Times New Roman');
    // No run names another font.
    const named = all(docx.dom('word/document.xml'), 'rFonts').flatMap((f) => ['ascii', 'hAnsi'].map((s) => attr(f, s)));
    expect(named.filter((n) => n && n !== 'Times New Roman')).toEqual([]);
  });

  it('follows the plan’s own margins', async () => {
    const m = await seedModel();
    m.page.margins = { top: 25, bottom: 20, left: 35, right: 20 };
    const sectPr = first(open((await produce(m)).bytes).dom('word/document.xml'), 'sectPr')!;
    const pgMar = child(sectPr, 'pgMar');
    expect([numAttr(pgMar, 'top'), numAttr(pgMar, 'left'), numAttr(pgMar, 'right')]).toEqual([1417, 1984, 1134]);
  });
});

describe('a recipient who is also invited', () => {
  it('appears once, with both documents and how each is sent', async () => {
    const m = await seedModel();
    m.recipients.paper = ['UBND tỉnh (b/c);', 'Báo Bắc Giang;'];
    m.recipients.electronic = [...m.recipients.electronic, { name: 'Đài Phát thanh và Truyền hình tỉnh Bắc Giang' }];
    m.invitations!.invitees = [
      ...m.invitations!.invitees.map((i) =>
        i.organization === 'Đài Phát thanh và Truyền hình tỉnh Bắc Giang' ? { ...i, email: 'bbt@bgtv.vn' } : i),
      // The same invitee twice, spelt differently.
      { organization: 'báo  bắc giang' },
    ];
    const t = listTable(open((await produce(m)).bytes));
    const names = recipientColumn(t);
    expect(names.filter((n) => n.toLowerCase().replace(/\s+/g, ' ') === 'báo bắc giang')).toEqual(['Báo Bắc Giang']);
    expect(rowOf(t, 'Báo Bắc Giang').slice(2, 5)).toEqual([['Kế hoạch', 'Giấy mời'], ['bản giấy'], []]);
    expect(rowOf(t, 'Đài Phát thanh và Truyền hình tỉnh Bắc Giang').slice(2, 5)).toEqual([
      ['Kế hoạch', 'Giấy mời'], ['bản điện tử', 'email'], ['bbt@bgtv.vn'],
    ]);
    // The merged rows keep their place among the recipients; numbering stays consecutive.
    expect(names.slice(0, 2)).toEqual(['UBND tỉnh (b/c)', 'Báo Bắc Giang']);
    expect(t.rows.map((r) => r[0]!.join(''))).toEqual(t.rows.map((_, i) => String(i + 1)));
    expect(t.rows).toHaveLength(2 + 7 + 26 - 2 + 2);
  });
});

describe('invitees from a data file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'distribution-data-'));
    writeFileSync(
      join(dir, 'khach-moi.csv'),
      'Danh xưng;Họ và tên;Chức vụ;Đơn vị;Email;Địa chỉ\n' +
        'Ông;Nguyễn Văn An;Giám đốc;Sở Y tế;an@soyte.bacgiang.gov.vn;\n' +
        'Bà;Trần Thị Bình;Trưởng phòng;Sở Tài chính;;Số 2, đường Hùng Vương, thành phố Bắc Giang\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the file’s invitees (path relative to the plan file) with email or address', async () => {
    const m = await seedModel();
    m.invitations!.data = 'khach-moi.csv';
    const t = listTable(open((await produce(m, join(dir, 'ke-hoach.yaml'))).bytes));
    expect(rowOf(t, 'Ông Nguyễn Văn An, Giám đốc, Sở Y tế').slice(2, 5)).toEqual([
      ['Giấy mời'], ['email'], ['an@soyte.bacgiang.gov.vn'],
    ]);
    expect(rowOf(t, 'Bà Trần Thị Bình, Trưởng phòng, Sở Tài chính').slice(2, 5)).toEqual([
      ['Giấy mời'], ['bản giấy'], ['Số 2, đường Hùng Vương, thành phố Bắc Giang'],
    ]);
    // The file replaces the plan's own list, as for the letters.
    expect(recipientColumn(t)).not.toContain('Báo Bắc Giang');
    expect(t.rows).toHaveLength(6 + 2 + 2);
  });

  it('reports a missing file as an I/O failure', async () => {
    const m = await seedModel();
    m.invitations!.data = 'khong-co.csv';
    const produced = await distributionProducer(context(m, join(dir, 'ke-hoach.yaml')));
    expect(produced.ok).toBe(false);
    if (produced.ok) return;
    expect(exitCode(produced.diagnostics)).toBe(2);
    expect(produced.diagnostics.map((d) => d.messageId)).toEqual(['invitees/not-found']);
  });
});

describe('column widths follow the data', () => {
  it('gives the names more room when no recipient has an address, and the address column more when one has', async () => {
    const widths = async (m: PlanModel) => {
      const grid = open((await produce(m)).bytes).dom('word/document.xml');
      const table = all(grid, 'tbl').find((t) => all(t, 'p').some((p) => paragraphText(p) === 'Ký nhận'))!;
      return all(table, 'gridCol').map((c) => Number(c.getAttribute('w:w')));
    };
    const plain = await widths(await seedModel());
    const m = await seedModel();
    m.invitations!.invitees = [{ ...m.invitations!.invitees[0]!, email: 'hoidong@soyte.example.vn' }, ...m.invitations!.invitees.slice(1)];
    const withEmail = await widths(m);
    expect(plain[1]).toBeGreaterThan(withEmail[1]!);
    expect(plain[4]).toBeLessThan(withEmail[4]!);
  });

  it('widens the address column as far as its longest address needs, from the names’ share', async () => {
    const withElectronic = async (email: string) => {
      const m = await seedModel();
      m.recipients.electronic = [{ name: 'Văn phòng Sở', email }];
      const grid = open((await produce(m)).bytes).dom('word/document.xml');
      const table = all(grid, 'tbl').find((t) => all(t, 'p').some((p) => paragraphText(p) === 'Ký nhận'))!;
      return all(table, 'gridCol').map((c) => Number(c.getAttribute('w:w')));
    };
    const short = await withElectronic('vt@so.vn');
    const long = await withElectronic('vanthu@skhcn.bacgiang.gov.vn');
    expect(long[4]).toBeGreaterThan(short[4]!);
    expect(long[1]).toBeLessThan(short[1]!);
    expect(long.reduce((a, b) => a + b)).toBe(short.reduce((a, b) => a + b));
    expect([long[0], long[2], long[3], long[5]]).toEqual([short[0], short[2], short[3], short[5]]);
  });
});
