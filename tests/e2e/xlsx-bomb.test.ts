// Issue 13, defect 12: a small .xlsx whose sheet inflates to hundreds of megabytes ran for half a minute and took
// gigabytes before being called corrupt. The zip's directory must be read first and the file refused at once.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { project, runBuilt, STACK_TRACE, type BuiltRun } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';
const SHEET = 'xl/worksheets/sheet1.xml';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A real workbook's parts (exceljs writes them), with a few invitees. */
async function workbookParts(): Promise<Record<string, Uint8Array>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khách mời');
  sheet.addRow(['Họ và tên', 'Đơn vị']);
  sheet.addRow(['Nguyễn Văn An', 'Sở Y tế']);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Sets the uncompressed size the zip's local header and central directory claim for one entry. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  const named = (at: number, nameAt: number, length: number) =>
    length === wanted.length && wanted.every((b, i) => zip[at + nameAt + i] === b);
  for (let at = 0; at + 46 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 30, view.getUint16(at + 26, true))) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at, 46, view.getUint16(at + 28, true))) view.setUint32(at + 24, size, true);
  }
  return zip;
}

/** Runs `check` on the example plan reading its invitees from `bytes`, reporting the child's peak memory. */
async function checkWith(bytes: Uint8Array): Promise<BuiltRun & { maxRssMb: number }> {
  const dir = project(['plans', 'templates', 'schema'], 'plan-e2e-bomb-');
  made.push(dir);
  const doc = parseDocument(readFileSync(join(dir, PLAN), 'utf8'));
  doc.deleteIn(['invitations', 'invitees']);
  doc.setIn(['invitations', 'data'], '../khach-moi.xlsx');
  writeFileSync(join(dir, PLAN), doc.toString());
  writeFileSync(join(dir, 'khach-moi.xlsx'), bytes);
  const hook = 'process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))';
  const r = await runBuilt(['check', PLAN], { cwd: dir, env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(hook)}` } });
  const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ...r, maxRssMb: Math.round(kb / 1024) };
}

const all = (r: BuiltRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

describe('an .xlsx that would inflate far beyond an invitee list', () => {
  it('is refused from the zip directory alone when a part claims 330 MB, in bounded memory', async () => {
    const parts = await workbookParts();
    const zip = claimSize(zipSync(parts), SHEET, 330 * 1024 * 1024);
    const r = await checkWith(zip);
    expect(r.code, all(r)).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr, all(r)).toMatch(/khi giải nén lớn 331 MB, vượt giới hạn 64 MB/);
    expect(r.maxRssMb, all(r)).toBeLessThan(250);
  });

  it('is refused as damaged when a part inflates to more than its directory claims', async () => {
    const parts = await workbookParts();
    // Four megabytes of ordinary rows, claimed to be 4 kB: a parser trusting the claim would be flooded.
    const xml = strFromU8(parts[SHEET]!);
    const row = (n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>Khách ${n}</t></is></c></row>`;
    const rows = Array.from({ length: 60_000 }, (_, i) => row(i + 3)).join('');
    parts[SHEET] = strToU8(xml.replace('</sheetData>', `${rows}</sheetData>`));
    const zip = claimSize(zipSync(parts, { level: 1 }), SHEET, 4096);
    const r = await checkWith(zip);
    expect(r.code, all(r)).toBe(2);
    expect(r.stderr, all(r)).toMatch(/Không đọc được tệp Excel: tệp bị hỏng/);
    expect(r.maxRssMb, all(r)).toBeLessThan(250);
  });
});
