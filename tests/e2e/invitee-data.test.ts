// Invitees read from a data file (CSV or XLSX) must meet the same rules as invitees written in the plan: every invited
// group has someone, every group is a known id, nobody twice. Issue 13, defect 2: the rules saw only the plan's list.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { project, runBuilt, STACK_TRACE, type BuiltRun } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const GROUPS = ['hoi-dong-so', 'hoi-dong-huyen', 'truong', 'doanh-nghiep'] as const;

/** 40 invitees over four of the five invited groups (no `bao-chi`), optionally with one group misspelt. */
function rows(misspelt?: { row: number; group: string }): string[][] {
  return Array.from({ length: 40 }, (_, i) => {
    const group = misspelt && misspelt.row === i ? misspelt.group : GROUPS[i % GROUPS.length]!;
    return [String(i + 1), `Ông Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`, 'Chủ tịch', `Đơn vị số ${i + 1}`, `dv${i + 1}@example.gov.vn`, group];
  });
}
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm'];

/** CSV as Excel with Vietnamese settings saves it: BOM, CRLF, semicolons. */
const csv = (body: string[][]): string => `\uFEFF${[HEADER, ...body].map((r) => r.join(';')).join('\r\n')}\r\n`;

/**
 * The example plan with its inline invitees replaced by `invitations.data`, and an electronic list that names no
 * attendee group (so a group is covered only by its invitees).
 */
function projectWith(dataName: string, data: string | Uint8Array): string {
  const dir = project(['plans', 'templates', 'schema'], 'plan-e2e-data-');
  made.push(dir);
  const doc = parseDocument(readFileSync(join(dir, PLAN), 'utf8'));
  doc.deleteIn(['invitations', 'invitees']);
  doc.setIn(['invitations', 'data'], `../${dataName}`);
  doc.setIn(['recipients', 'electronic'], doc.createNode(['Lãnh đạo Sở']));
  writeFileSync(join(dir, PLAN), doc.toString());
  writeFileSync(join(dir, dataName), data);
  return dir;
}

const all = (r: BuiltRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
/** The file:line:column a stylish report puts before a message. */
const at = (file: string, line: number, column: number) => new RegExp(`${file.replace('.', '\\.')}:${line}:${column}\\b`);

describe('invitees from a CSV file are checked like invitees in the plan', () => {
  // Row 13 of the data (the file's line 14, after the header) has group "truogn", in the sixth cell.
  const misspelt = rows({ row: 12, group: 'truogn' });
  const typo = () => projectWith('khach-moi.csv', csv(misspelt));
  const groupColumn = misspelt[12]!.slice(0, 5).join(';').length + 2;

  it('check: a misspelt group is an error at its cell, with a suggestion', async () => {
    const r = await runBuilt(['check', PLAN], { cwd: typo() });
    expect(r.code, all(r)).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr, all(r)).toMatch(at('khach-moi.csv', 14, groupColumn));
    expect(r.stderr, all(r)).toMatch(/«truogn».*«truong»/);
  });

  it('check: only the group nobody in the file belongs to is reported as uninvited', async () => {
    const r = await runBuilt(['check', PLAN, '--format', 'json'], { cwd: projectWith('khach-moi.csv', csv(rows())) });
    expect(r.code, all(r)).toBe(0);
    const groups = (JSON.parse(r.stdout) as { ruleId: string; params?: { group?: string } }[])
      .filter((d) => d.ruleId === 'coherence/group-invited')
      .map((d) => d.params?.group);
    expect(groups).toEqual(['bao-chi']);
  });

  it('build: a misspelt group stops the build before any letter is written', async () => {
    const cwd = typo();
    const r = await runBuilt(['build', PLAN], { cwd });
    expect(r.code, all(r)).toBe(1);
    expect(r.stderr, all(r)).toMatch(/khach-moi\.csv:14:\d+.*«truogn»/);
    expect(existsSync(join(cwd, 'out/hoi-nghi-giao-ban-2018/giay-moi-tat-ca.docx'))).toBe(false);
  });

  it('build: a clean file builds, warning only about the group with nobody', async () => {
    const cwd = projectWith('khach-moi.csv', csv(rows()));
    const r = await runBuilt(['build', PLAN], { cwd });
    expect(r.code, all(r)).toBe(0);
    expect(r.stderr, all(r)).toMatch(/«bao-chi»/);
    for (const g of GROUPS) expect(r.stderr, all(r)).not.toMatch(new RegExp(`«${g}» được mời`));
    expect(existsSync(join(cwd, 'out/hoi-nghi-giao-ban-2018/giay-moi-tat-ca.docx'))).toBe(true);
  });

  it('send --dry-run: a misspelt group stops before any message is written', async () => {
    const cwd = typo();
    const r = await runBuilt(['send', PLAN, '--dry-run'], { cwd, env: { PLAN_SMTP_FROM: 'vanthu@example.gov.vn' } });
    expect(r.code, all(r)).toBe(1);
    expect(r.stderr, all(r)).toMatch(/khach-moi\.csv:14:\d+.*«truogn»/);
  });

  it('check: the same invitee twice is reported once, at the later row, naming the first', async () => {
    const body = rows();
    body[30] = [...body[4]!];
    const r = await runBuilt(['check', PLAN], { cwd: projectWith('khach-moi.csv', csv(body)) });
    expect(r.code, all(r)).toBe(0);
    const found = r.stderr.match(/khach-moi\.csv:32:1\b.*coherence\/duplicate-invitee/g) ?? [];
    expect(found, all(r)).toHaveLength(1);
    expect(r.stderr, all(r)).toMatch(/dòng 6\b/);
  });
});

describe('invitees from an XLSX file are checked like invitees in the plan', () => {
  it('check: a misspelt group is an error at its cell (sheet row and column)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Khách mời');
    sheet.addRow(HEADER);
    for (const row of rows({ row: 12, group: 'truogn' })) sheet.addRow(row);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const r = await runBuilt(['check', PLAN], { cwd: projectWith('khach-moi.xlsx', bytes) });
    expect(r.code, all(r)).toBe(1);
    expect(r.stderr, all(r)).toMatch(/khach-moi\.xlsx:14:6\b.*«truogn».*«truong»/);
  });
});
