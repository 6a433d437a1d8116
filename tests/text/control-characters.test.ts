import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadInvitees } from '../../src/load/invitees/index.js';
import { filesUnder, inspectDocx, runCli, runText, SEED, STACK_TRACE, tempDir } from '../helpers/robustness.js';

/** Every control character XML 1.0 forbids that a PDF copy can carry, plus lone surrogates and U+FFFE/FFFF. */
const CONTROLS = ['\u0001', '\u0002', '\u0007', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\uFFFE', '\uFFFF'];
const dirty = (text: string, i: number) => `${text.slice(0, 3)}${CONTROLS[i % CONTROLS.length]}${text.slice(3)}`;
/** In YAML a control character must be escaped inside double quotes; that is how a paste from a PDF ends up saved. */
const yamlEscaped = (text: string, i: number) => JSON.stringify(dirty(text, i)).replace(/[\u0000-\u001F\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Builds into a fresh folder; returns the run, the files written, and each DOCX inspected. */
async function build(plan: string, extra: string[] = []) {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'plan.yaml'), plan);
  const run = await runCli(['build', 'plan.yaml', '--out', 'out', '--lang', 'en', ...extra], { cwd });
  const files = filesUnder(join(cwd, 'out'));
  const docx = files.filter((f) => f.endsWith('.docx')).map((f) => ({ file: f, ...inspectDocx(readFileSync(join(cwd, 'out', f))) }));
  return { cwd, run, files, docx };
}

describe('control characters pasted from PDFs never reach a DOCX', () => {
  it('plan build: every XML part of every document is free of them, each removal is a positioned warning', async () => {
    let i = 0;
    // Put one in every quoted-able scalar after "key: " (strings only: numbers, dates and ids stay as they are).
    const plan = SEED.split('\n')
      .map((line) => {
        const m = /^(\s*(?:- )?(?:name|parent|place|title|text|chair|source|address|note|organization|unit|headTitle)): (?!")(.+)$/.exec(line)
          ?? /^(\s*- )(?!\{|id:|unit:|text:)([^\n]+)$/.exec(line);
        return m ? `${m[1]}${m[1]!.endsWith('- ') ? '' : ': '}${yamlEscaped(m[2]!, i++)}` : line;
      })
      .join('\n');
    expect(i).toBeGreaterThan(30);
    const { run, docx } = await build(plan);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(docx.length).toBeGreaterThan(2);
    for (const d of docx) expect(d.problems, d.file).toEqual([]);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('text/control-character'));
    expect(warnings.length).toBeGreaterThan(20);
    for (const w of warnings) expect(w).toMatch(/plan\.yaml:\d+:\d+/);
  });

  it('invitee CSV: removed with a warning at the row and column', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'khach-moi.csv');
    writeFileSync(file, `Họ và tên,Chức vụ,Đơn vị\nNguyễn\u000BVăn An,Giám\u0001 đốc,Sở Y tế\nTrần Thị Bình,,UBND huyện\u001F Yên Thế\n`);
    const loaded = await loadInvitees(file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.invitees.map(({ name, title, organization }) => ({ name, title, organization }))).toEqual([
      { name: 'NguyễnVăn An', title: 'Giám đốc', organization: 'Sở Y tế' },
      { name: 'Trần Thị Bình', title: undefined, organization: 'UBND huyện Yên Thế' },
    ]);
    const warnings = loaded.diagnostics.filter((d) => d.messageId === 'text/control-character');
    expect(warnings.map((d) => [d.severity, d.range?.start.line, d.range?.start.column, d.params?.code])).toEqual([
      ['warning', 2, 1, 'U+000B'],
      ['warning', 2, 15, 'U+0001'],
      ['warning', 3, 16, 'U+001F'],
    ]);
  });

  it('invitee XLSX: removed with a warning at the row and column', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'khach-moi.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Khách mời');
    sheet.addRow(['Họ và tên', 'Chức vụ', 'Đơn vị']);
    sheet.addRow(['Nguyễn Văn An', 'Giám đốc', 'Sở Y tế']);
    // Excel stores a control character as an _xHHHH_ escape (exceljs would drop it on write): patch the shared strings.
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const strings = strFromU8(parts['xl/sharedStrings.xml']!);
    parts['xl/sharedStrings.xml'] = strToU8(strings.replace('Nguyễn Văn An', 'Nguyễn_x0008_Văn An').replace('Sở Y tế', 'Sở_x001B_ Y tế'));
    writeFileSync(file, zipSync(parts));
    const loaded = await loadInvitees(file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    for (const invitee of loaded.invitees) for (const v of Object.values(invitee)) if (typeof v === 'string') expect(v).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(loaded.invitees.map((i) => [i.name, i.organization])).toEqual([['NguyễnVăn An', 'Sở Y tế']]);
    const warnings = loaded.diagnostics.filter((d) => d.messageId === 'text/control-character');
    expect(warnings.map((d) => [d.range?.start.line, d.range?.start.column, d.params?.code])).toEqual([[2, 1, 'U+0008'], [2, 3, 'U+001B']]);
  });

  it('plan invite --data CSV: the letters are free of them too', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    writeFileSync(join(cwd, 'khach-moi.csv'), `Họ và tên,Chức vụ,Đơn vị\nNguyễn\u000BVăn An,Giám\u0001 đốc,Sở\uFFFE Y tế\n`);
    const run = await runCli(['invite', 'plan.yaml', '--data', 'khach-moi.csv', '--out', 'out', '--lang', 'en'], { cwd });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const docx = filesUnder(join(cwd, 'out')).filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(0);
    for (const f of docx) expect(inspectDocx(readFileSync(join(cwd, 'out', f))).problems, f).toEqual([]);
  });
});

describe('values are never compiled as templates', () => {
  const HOSTILE = ['{{#each this}}x{{/each}}', '{{constructor.constructor}}', '{{> partial}}', '{{{lookup . "issuer"}}}', '${process.exit(1)}', '<w:t>x</w:t>&amp;'];

  it('plan build: Handlebars in the title, an attendee, an invitee organisation and a signer name appears literally', async () => {
    const plan = SEED.replace('  title: Tổ chức Hội nghị giao ban', `  title: "${HOSTILE[0]} Tổ chức Hội nghị giao ban`)
      .replace(/(  title: "[^\n]*)$/m, '$1"')
      .replace('    text: Chủ tịch; Thư ký Hội đồng KH&CN các sở, ban, ngành tỉnh', `    text: "${HOSTILE[1]} ${HOSTILE[2]}"`)
      .replace('    - { organization: Hội đồng KH&CN Sở Y tế, group: hoi-dong-so }', `    - { organization: '${HOSTILE[3]}', group: hoi-dong-so }`)
      .replace('  name: Nguyễn Phúc Thương', `  name: "${HOSTILE[4]} ${HOSTILE[5]}"`);
    const { run, docx } = await build(plan);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    for (const d of docx) expect(d.problems, d.file).toEqual([]);
    const planText = runText(docx.find((d) => d.file === 'ke-hoach.docx')!.parts['word/document.xml']!);
    for (const h of [HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[4], HOSTILE[5]]) expect(planText).toContain(h);
    const everything = docx.map((d) => runText(d.parts['word/document.xml'] ?? '')).join('\n');
    expect(everything).toContain(HOSTILE[3]);
  });

  it('plan invite --data: Handlebars in CSV cells appears literally in the letter', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    writeFileSync(join(cwd, 'khach-moi.csv'), `Họ và tên,Chức vụ,Đơn vị\n"{{#each this}}x{{/each}}","{{constructor.constructor}}","{{> partial}} Sở"\n`);
    const run = await runCli(['invite', 'plan.yaml', '--data', 'khach-moi.csv', '--out', 'out', '--lang', 'en'], { cwd });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    const docx = filesUnder(join(cwd, 'out')).filter((f) => f.endsWith('.docx'));
    const text = docx.map((f) => runText(inspectDocx(readFileSync(join(cwd, 'out', f))).parts['word/document.xml'] ?? '')).join('\n');
    for (const h of ['{{#each this}}x{{/each}}', '{{constructor.constructor}}', '{{> partial}} Sở']) expect(text).toContain(h);
  });
});
