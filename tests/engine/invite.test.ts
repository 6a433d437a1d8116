// `plan invite` end to end, in-process: every seed letter read back as XML, the merged file, data files, safety,
// the manifest, determinism and atomic writing.
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, child, children, findParagraph, findParagraphs, first, isOn, numAttr, openDocx, paragraphText, runInfo } from '../helpers/docx.js';
import { fixture, listFiles, run, workspace, type Manifest } from '../helpers/invite.js';
import { SEED_PLAN } from '../helpers/seed.js';

const ws = workspace();
const seed = parse(await readFile(SEED_PLAN, 'utf8'));
const SEED_NAMES: string[] = seed.invitations.invitees.map((i: { organization: string }) => i.organization);

let cwd = '';
let manifest: Manifest;
beforeAll(async () => {
  cwd = await ws.dir();
  const result = await run(['invite', 'plan.yaml', '--out', 'out', '--json'], cwd);
  expect(result.stderr).not.toMatch(/ error | lỗi /);
  expect(result.code).toBe(0);
  manifest = JSON.parse(result.stdout);
});

const letters = () => manifest.files.filter((f) => f.kind === 'invitation');
const body = (path: string) => openDocx(join(cwd, path)).dom('word/document.xml');
const texts = (root: Parameters<typeof all>[0]) => all(root, 'p').map(paragraphText);

describe('every letter of the seed', () => {
  it('is listed once per invitee with the name as printed, plus the merged file', () => {
    expect(letters().map((f) => f.invitee)).toEqual(SEED_NAMES);
    expect(manifest.files.filter((f) => f.kind === 'invitations')).toEqual([{ kind: 'invitations', path: 'out/giay-moi-tat-ca.docx' }]);
    for (const f of letters()) expect(f.path).toMatch(/^out\/giay-moi\/\d{3}-[a-z0-9-]+\.docx$/);
    expect(Object.keys(manifest.files[0]!).sort()).toEqual(['invitee', 'kind', 'path']);
  });

  it('conforms to Mẫu 1.7: number, title, trích yếu, its invitee, the body lines, Nơi nhận and signature', () => {
    for (const f of letters()) {
      const docx = openDocx(join(cwd, f.path));
      const doc = docx.dom('word/document.xml');
      const number = findParagraph(doc, 'Số: 06/GM-KHCN');
      expect(runInfo(all(number, 'r')[0]!).size).toBe(26);
      const title = findParagraph(doc, 'GIẤY MỜI');
      expect(all(title, 'r').map(runInfo).every((r) => r.bold && r.size === 28)).toBe(true);
      expect(attr(first(title, 'jc'), 'val')).toBe('center');
      findParagraph(doc, 'Dự Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018');
      findParagraph(doc, 'Bắc Giang, ngày 20 tháng 7 năm 2018');
      const invite = findParagraph(doc, `Sở Khoa học và Công nghệ trân trọng kính mời: ${f.invitee}`);
      const name = all(invite, 'r').map(runInfo).find((r) => r.text === f.invitee);
      expect(name?.bold).toBe(true);
      findParagraph(doc, 'Tới dự: Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018.');
      findParagraph(doc, 'Chủ trì: Lãnh đạo Sở Khoa học và Công nghệ.');
      findParagraph(doc, 'Thời gian: 01 ngày, từ 08 giờ 00 phút, thứ Ba, ngày 31/7/2018.');
      findParagraph(doc, 'Địa điểm: Hội trường tầng 5, Sở Khoa học và Công nghệ; địa chỉ: Lô 10, đường Lý Tự Trọng, thành phố Bắc Giang.');
      findParagraph(doc, /xác nhận tham dự trước ngày 27\/7\/2018 \(liên hệ: Phòng Quản lý KH&CN cơ sở, điện thoại: 0204 3854 315\)\.\/\.$/);
      expect(findParagraphs(doc, /\.\/\.$/)).toHaveLength(1);
      expect(texts(doc)).toEqual(expect.arrayContaining(['Nơi nhận:', '- Như trên;', '- Lưu: VT, KHCNCS.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Phúc Thương']));
      expect(isOn(first(findParagraph(doc, 'Nơi nhận:'), 'rPr'), 'i')).toBe(true);
      // The body: justified, 1 cm first line, in the body style; fonts and page from the house style.
      expect(attr(first(invite, 'pStyle'), 'val')).toBe('Nd30Body');
      const styles = docx.dom('word/styles.xml');
      const rPr = first(first(styles, 'rPrDefault')!, 'rPr')!;
      for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(child(rPr, 'rFonts'), script)).toBe('Times New Roman');
      expect(numAttr(child(rPr, 'sz'), 'val')).toBe(28);
      const sect = all(doc, 'sectPr');
      expect(sect).toHaveLength(1);
      const pgSz = child(sect[0]!, 'pgSz');
      expect([numAttr(pgSz, 'w'), numAttr(pgSz, 'h')]).toEqual([11906, 16838]);
      const m = child(sect[0]!, 'pgMar');
      expect([numAttr(m, 'top'), numAttr(m, 'bottom'), numAttr(m, 'left'), numAttr(m, 'right')]).toEqual([1134, 1134, 1701, 850]);
      expect(child(sect[0]!, 'titlePg')).toBeDefined();
      // Only this invitee's name.
      for (const other of SEED_NAMES.filter((n) => n !== f.invitee && !f.invitee!.includes(n))) {
        expect(findParagraphs(doc, `Sở Khoa học và Công nghệ trân trọng kính mời: ${other}`)).toHaveLength(0);
      }
    }
  });
});

describe('the merged file', () => {
  it('holds every letter in order, one section each, page numbers restarting, no empty paragraph before a header', () => {
    const doc = body('out/giay-moi-tat-ca.docx');
    const invited = findParagraphs(doc, /trân trọng kính mời: /).map((p) => paragraphText(p).replace(/^.*kính mời: /, ''));
    expect(invited).toEqual(SEED_NAMES);
    expect(findParagraphs(doc, 'Số: 06/GM-KHCN')).toHaveLength(SEED_NAMES.length);
    const sections = all(doc, 'sectPr');
    expect(sections).toHaveLength(SEED_NAMES.length);
    const bodyEl = first(doc, 'body')!;
    // The last letter's sectPr is the body's own; the others sit in the pPr of the paragraph ending their letter.
    expect(children(bodyEl, 'sectPr')).toHaveLength(1);
    for (const s of sections.slice(0, -1)) {
      expect((s.parentNode as Element).localName).toBe('pPr');
      const p = s.parentNode!.parentNode as Element;
      expect(paragraphText(p)).toBe('');
      // The next element after the section-break paragraph is the next letter's header table.
      let next = p.nextSibling;
      while (next && next.nodeType !== 1) next = next.nextSibling;
      expect((next as Element).localName).toBe('tbl');
    }
    for (const s of sections) {
      expect(numAttr(child(s, 'pgNumType'), 'start')).toBe(1);
      expect(child(s, 'titlePg')).toBeDefined();
      expect(children(s, 'headerReference')).toHaveLength(2);
    }
    // The document starts with the first letter's header table.
    const firstElement = Array.from(bodyEl.childNodes).find((n) => n.nodeType === 1) as Element;
    expect(firstElement.localName).toBe('tbl');
  });
});

describe('options and data files', () => {
  it('--separate writes only the letters, --merged only the merged file; both together is a usage error', async () => {
    const separate = await run(['invite', 'plan.yaml', '--out', 'only-separate', '--separate', '--json'], cwd);
    expect(separate.code).toBe(0);
    const kinds = (JSON.parse(separate.stdout) as Manifest).files.map((f) => f.kind);
    expect(new Set(kinds)).toEqual(new Set(['invitation']));
    expect(kinds).toHaveLength(26);
    const merged = await run(['invite', 'plan.yaml', '--out', 'only-merged', '--merged', '--json'], cwd);
    expect((JSON.parse(merged.stdout) as Manifest).files).toEqual([{ kind: 'invitations', path: 'only-merged/giay-moi-tat-ca.docx' }]);
    expect(await listFiles(join(cwd, 'only-merged'))).toEqual(['.plan-manifest.json', 'giay-moi-tat-ca.docx']);
    const both = await run(['invite', 'plan.yaml', '--separate', '--merged'], cwd);
    expect(both.code).toBe(2);
  });

  it('reads a CSV with a BOM, CRLF, semicolons and Vietnamese headers: one letter per row', async () => {
    const result = await run(['invite', 'plan.yaml', '--data', fixture('vi-bom-crlf-semicolon.csv'), '--out', 'csv', '--json'], cwd);
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout) as Manifest).files;
    expect(files.filter((f) => f.kind === 'invitation').map((f) => f.invitee)).toEqual([
      'Nguyễn Văn An, Giám đốc, Sở Y tế tỉnh Bình Định',
      'Trần Thị Bình, Phó Chủ tịch, UBND huyện Tuy Phước, tỉnh Bình Định',
      'Hội đồng KHCN Sở Y tế',
    ]);
    expect(files[0]!.path).toBe('csv/giay-moi/001-nguyen-van-an.docx');
    findParagraph(body(files[1]!.path), 'Sở Khoa học và Công nghệ trân trọng kính mời: Trần Thị Bình, Phó Chủ tịch, UBND huyện Tuy Phước, tỉnh Bình Định');
  });

  it('reads an XLSX (--sheet) and invitations.data relative to the plan file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Khác').addRow(['Họ và tên']);
    const sheet = workbook.addWorksheet('Khách mời');
    sheet.addRow(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
    sheet.addRow([1, 'Ông', 'Lê Văn Cường', 'Giám đốc', 'Sở Nội vụ']);
    sheet.addRow([2, 'Bà', 'Phạm Thị Dung', 'Phó Giám đốc', 'Sở Tài chính']);
    await mkdir(join(cwd, 'data'), { recursive: true });
    await ws.write('data/khach-moi.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await run(['invite', 'plan.yaml', '--data', 'data/khach-moi.xlsx', '--sheet', 'Khách mời', '--out', 'xlsx', '--json'], cwd);
    expect(result.code).toBe(0);
    const names = (JSON.parse(result.stdout) as Manifest).files.filter((f) => f.kind === 'invitation').map((f) => f.invitee);
    expect(names).toEqual(['Ông Lê Văn Cường, Giám đốc, Sở Nội vụ', 'Bà Phạm Thị Dung, Phó Giám đốc, Sở Tài chính']);

    const yaml = (await readFile(join(cwd, 'plan.yaml'), 'utf8')).replace('invitations:\n', 'invitations:\n  data: data/khach-moi.xlsx\n  sheet: Khách mời\n');
    await mkdir(join(cwd, 'nested'), { recursive: true });
    await ws.write('nested/plan.yaml', yaml.replace('data/khach-moi.xlsx', '../data/khach-moi.xlsx'));
    const fromPlan = await run(['invite', 'nested/plan.yaml', '--out', 'from-plan', '--json'], cwd);
    expect(fromPlan.code).toBe(0);
    expect((JSON.parse(fromPlan.stdout) as Manifest).files.filter((f) => f.kind === 'invitation')).toHaveLength(2);
  });

  it('reports a data file without a name column with file and row, exit 1; an unreadable file exits 2', async () => {
    const bad = await run(['invite', 'plan.yaml', '--data', fixture('no-name-column.csv'), '--out', 'bad'], cwd);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no-name-column\.csv/);
    expect(bad.stderr).toMatch(/1:1/);
    expect(bad.stderr).toMatch(/Họ và tên|tên/);
    await expect(stat(join(cwd, 'bad'))).rejects.toThrow();
    const badRow = await run(['invite', 'plan.yaml', '--data', fixture('row-no-name.csv'), '--out', 'bad', '--lang', 'en'], cwd);
    expect(badRow.code).toBe(1);
    expect(badRow.stderr).toMatch(/row-no-name\.csv/);
    const missing = await run(['invite', 'plan.yaml', '--data', 'missing.csv', '--out', 'bad'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.csv/);
  });

  it('keeps names such as ../../x inside the output folder and writes hostile text as text', async () => {
    const csv = 'Họ và tên,Đơn vị\n../../x,..\\..\\y\n/etc/passwd,"A & B <w:t> ""q"" \'s\u0001"\n{{recipient}} {{#each}},CON\n';
    await ws.write('hostile.csv', csv);
    const result = await run(['invite', 'plan.yaml', '--data', 'hostile.csv', '--out', 'safe', '--json'], cwd);
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout) as Manifest).files;
    expect((await listFiles(join(cwd, 'safe'))).every((f) => /^(giay-moi\/\d{3}-[a-z0-9-]+\.docx|giay-moi-tat-ca\.docx|\.plan-manifest\.json)$/.test(f))).toBe(true);
    expect(await listFiles(cwd).then((l) => l.filter((f) => /(^|\/)(x|y|passwd)(\.docx)?$/.test(f)))).toEqual([]);
    expect(files.map((f) => f.invitee).filter(Boolean)).toEqual([
      '../../x, ..\\..\\y', '/etc/passwd, A & B <w:t> "q" \'s', '{{recipient}} {{#each}}, CON',
    ]);
    // The XML parses and says the text literally (no control character, no template expansion).
    const doc = body(files[1]!.path);
    findParagraph(doc, 'Sở Khoa học và Công nghệ trân trọng kính mời: /etc/passwd, A & B <w:t> "q" \'s');
    findParagraph(body(files[2]!.path), /kính mời: \{\{recipient\}\} \{\{#each\}\}, CON$/);
  });

  it('numbers each letter when invitations.numbering is per-invitee: 06, 07, …', async () => {
    const yaml = (await readFile(join(cwd, 'plan.yaml'), 'utf8')).replace('invitations:\n', 'invitations:\n  numbering: per-invitee\n');
    await ws.write('per-invitee.yaml', yaml);
    const result = await run(['invite', 'per-invitee.yaml', '--out', 'numbered', '--json'], cwd);
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout) as Manifest).files;
    const numbers = files.filter((f) => f.kind === 'invitation').map((f) => texts(body(f.path)).find((t) => t.startsWith('Số: ')));
    expect(numbers.slice(0, 5)).toEqual(['Số: 06/GM-KHCN', 'Số: 07/GM-KHCN', 'Số: 08/GM-KHCN', 'Số: 09/GM-KHCN', 'Số: 10/GM-KHCN']);
    expect(numbers.at(-1)).toBe('Số: 31/GM-KHCN');
    const merged = texts(body('numbered/giay-moi-tat-ca.docx')).filter((t) => t.startsWith('Số: '));
    expect(merged).toEqual(numbers);
  });

  it('plan build writes the invitations too', async () => {
    const result = await run(['build', 'plan.yaml', '--out', 'built', '--json'], cwd);
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout) as Manifest).files;
    expect(files.filter((f) => f.kind === 'invitation')).toHaveLength(26);
    expect(files.filter((f) => f.kind === 'invitations').map((f) => f.path)).toEqual(['built/giay-moi-tat-ca.docx']);
    // The same bytes as plan invite writes.
    expect(await readFile(join(cwd, 'built/giay-moi-tat-ca.docx'))).toEqual(await readFile(join(cwd, 'out/giay-moi-tat-ca.docx')));
  });
});

describe('output', () => {
  it('is byte-identical between two runs', async () => {
    const again = await run(['invite', 'plan.yaml', '--out', 'again', '--json'], cwd);
    expect(again.code).toBe(0);
    const a = await listFiles(join(cwd, 'out'));
    expect(await listFiles(join(cwd, 'again'))).toEqual(a);
    for (const f of a) expect(await readFile(join(cwd, 'again', f)), f).toEqual(await readFile(join(cwd, 'out', f)));
  });

  it('is written atomically: no temporary files left; a failed write leaves the earlier file whole, exit 2', async () => {
    expect((await listFiles(join(cwd, 'out'))).filter((f) => f.includes('.tmp'))).toEqual([]);
    const before = await readFile(join(cwd, 'out/giay-moi-tat-ca.docx'));
    // The letters folder is a file: the letters cannot be written.
    await mkdir(join(cwd, 'blocked'), { recursive: true });
    await writeFile(join(cwd, 'blocked', 'giay-moi'), 'not a folder');
    const blocked = await run(['invite', 'plan.yaml', '--out', 'blocked'], cwd);
    expect(blocked.code).toBe(2);
    expect(await listFiles(join(cwd, 'blocked'))).toEqual(['giay-moi']);
    expect(await readFile(join(cwd, 'out/giay-moi-tat-ca.docx'))).toEqual(before);
  });

  it('prints nothing but the manifest with --json, a short summary otherwise, a progress bar only on a terminal', async () => {
    const plain = await run(['invite', 'plan.yaml', '--out', 'out'], cwd);
    expect(plain.stdout).toBe('');
    // Whatever plan check has to say about the plan comes first; then the summary.
    expect(plain.stderr.endsWith('✔ Đã tạo 26 Giấy mời: out/giay-moi/\n✔ out/giay-moi-tat-ca.docx\n')).toBe(true);
    const rows = ['Họ và tên', ...Array.from({ length: 150 }, (_, i) => `Người ${i + 1}`)].join('\n');
    await ws.write('many.csv', rows);
    const tty = await run(['invite', 'plan.yaml', '--data', 'many.csv', '--out', 'many'], cwd, { tty: true });
    expect(tty.stderr).toMatch(/\r.*\[#+\] 300\/300/);
    const piped = await run(['invite', 'plan.yaml', '--data', 'many.csv', '--out', 'many'], cwd);
    expect(piped.stderr).not.toMatch(/\r|#/);
    const json = await run(['invite', 'plan.yaml', '--data', 'many.csv', '--out', 'many', '--json'], cwd, { tty: true });
    expect(json.stderr).not.toMatch(/\r|#|✔/);
    expect((JSON.parse(json.stdout) as Manifest).files).toHaveLength(151);
  });
});
