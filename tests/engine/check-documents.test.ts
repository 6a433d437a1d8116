import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_PLAN } from '../helpers/seed.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = SEED_PLAN;

interface Reported {
  file: string;
  line?: number;
  severity: string;
  ruleId: string;
  message: string;
}

function templatesWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-templates-'));
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const lineOf = (path: string, needle: string): number =>
  readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The seed plan in a fresh folder, with `invitations.data` naming `name` (written beside it with `csv`). */
function planWithData(name: string, csv?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-data-'));
  const plan = readFileSync(SEED, 'utf8').replace(/^( {2})invitees:\n(?:\1 {2}- .*\n)+/m, `$1data: ${name}\n`);
  expect(plan).toContain(`data: ${name}`);
  writeFileSync(join(dir, 'plan.yaml'), plan);
  if (csv !== undefined) writeFileSync(join(dir, name), csv);
  return join(dir, 'plan.yaml');
}

async function check(plan: string, ...args: string[]): Promise<{ code: number; reported: Reported[] }> {
  const run = await runCli(['check', plan, '--format', 'json', '--lang', 'en', ...args]);
  return { code: run.code, reported: JSON.parse(run.stdout) as Reported[] };
}

describe('plan check reports what plan build would fail on', () => {
  it.each([
    { document: 'Giấy mời', template: 'giay-moi/noi-dung.hbs', field: 'invitation.event', typo: 'evnt' },
    { document: 'distribution', template: 'danh-sach/danh-sach.hbs', field: 'plan.reference', typo: 'referenc' },
  ])('a broken $document template, at its file and line', async ({ template, field, typo }) => {
    const misspelt = `${field.slice(0, field.lastIndexOf('.') + 1)}${typo}`;
    const dir = templatesWith(template, (t) => t.replace(`{{${field}}}`, `{{${misspelt}}}`));
    const { code, reported } = await check(SEED, '--templates', dir);
    expect(code).toBe(1);
    const found = reported.find((d) => d.file.endsWith(template.split('/')[1]!));
    expect(found).toMatchObject({ severity: 'error', ruleId: 'template', line: lineOf(join(dir, template), misspelt) });
    expect(found?.message).toContain(`"${typo}"`);
  });

  it('a letter template without {{recipient}}', async () => {
    const dir = templatesWith('giay-moi/noi-dung.hbs', (t) => t.replaceAll('{{recipient}}', 'Quý vị'));
    const { code, reported } = await check(SEED, '--templates', dir);
    expect(code).toBe(1);
    expect(reported.find((d) => d.file.endsWith('noi-dung.hbs'))?.ruleId).toBe('invite');
  });

  it('a plan holding the private-use characters the letter uses as placeholders (invite/reserved-character)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-reserved-'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(SEED, 'utf8').replace('chair: Lãnh đạo', 'chair: \uE000Lãnh đạo'));
    const { code, reported } = await check(plan);
    expect(code).toBe(1);
    expect(reported.some((d) => d.file.endsWith('plan.yaml') && d.message.length > 0 && d.ruleId === 'invite')).toBe(true);
  });

  it('an unknown word in the distribution words template', async () => {
    const dir = templatesWith('danh-sach/tu-ngu.hbs', (t) => `${t.trimEnd()}\n## ban-sao || bản sao\n`);
    const { code, reported } = await check(SEED, '--templates', dir);
    expect(code).toBe(1);
    const found = reported.find((d) => d.file.endsWith('tu-ngu.hbs'));
    expect(found).toMatchObject({ ruleId: 'template', message: expect.stringContaining('ban-sao') });
    // At its line in the file, not in the rendered text (the template's comment shifts the latter).
    const lines = readFileSync(join(dir, 'danh-sach', 'tu-ngu.hbs'), 'utf8').split('\n');
    expect((found as { line?: number }).line).toBe(lines.findIndex((l) => l.startsWith('## ban-sao')) + 1);
  });

  it('a bad row of the invitee data file, at the data file and row', async () => {
    const csv = 'Họ tên,Chức vụ,Cơ quan\nHoàng Văn Em,Chánh Văn phòng,Sở Nội vụ\n,Trưởng phòng,\n';
    const plan = planWithData('khach-moi.csv', csv);
    const { code, reported } = await check(plan);
    expect(code).toBe(1);
    const found = reported.filter((d) => d.file.endsWith('khach-moi.csv'));
    expect(found).toMatchObject([{ severity: 'error', line: 3 }]);
    // The same plan and data fail the build.
    const build = await runCli(['build', plan, '--out', join(plan, '..', 'out'), '--format', 'json']);
    expect(build.code).toBe(1);
  });

  it('a data file that cannot be read: exit code 2', async () => {
    const { code, reported } = await check(planWithData('khong-co.csv'));
    expect(code).toBe(2);
    expect(reported.find((d) => d.file.endsWith('khong-co.csv'))?.severity).toBe('error');
  });

  it('a good data file is clean', async () => {
    const plan = planWithData('khach-moi.csv', 'Họ tên,Chức vụ,Cơ quan\nHoàng Văn Em,Chánh Văn phòng,Sở Nội vụ\n');
    const { reported } = await check(plan);
    expect(reported.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('plan check stays light', () => {
  it('loads the handlebars runtime but neither its compiler nor docx, exceljs, nodemailer or csv-parse', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/cli/commands/check.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      outdir: join(tmpdir(), 'plan-check-metafile'),
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint?.endsWith('src/cli/commands/check.ts'));
    expect(entry).toBeDefined();
    // What `plan check` loads: the entry and every chunk it imports statically; dynamic imports load only when taken
    // (exceljs, for one, only for a .xlsx data file).
    const loaded = new Set<string>();
    const inputs = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const input of Object.keys(outputs[name]!.inputs)) inputs.add(input);
      for (const i of outputs[name]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(entry!);
    const packages = [...inputs].map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(i)?.[1]).filter(Boolean);
    expect(packages).toContain('handlebars');
    for (const heavy of ['docx', 'exceljs', 'nodemailer', 'csv-parse']) expect(packages, heavy).not.toContain(heavy);
    // Only Handlebars' runtime: the shipped templates come precompiled, the compiler loads for a changed one.
    expect([...inputs].filter((i) => i.includes('node_modules/handlebars/dist/cjs/handlebars/compiler/'))).toEqual([]);
    expect(Object.keys(result.metafile.inputs).some((i) => i.includes('handlebars/compiler/compiler.js'))).toBe(true);
    // The CSV and XLSX readers are still reachable, dynamically, for a data file.
    for (const reader of ['csv-parse', 'exceljs']) expect(Object.keys(result.metafile.inputs).some((i) => i.includes(`node_modules/${reader}`)), reader).toBe(true);
  }, 60_000);
});

describe('an invitations block without invitees', () => {
  it('is reported by plan check at the invitations key, as plan build would fail on it', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'plan-no-invitees-'));
    const seed = readFileSync(SEED_PLAN, 'utf8');
    const text = seed.slice(0, seed.indexOf('  invitees:'));
    writeFileSync(join(dir, 'p.yaml'), text);
    const run = await runCli(['check', join(dir, 'p.yaml'), '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { line: number; messageId: string }[]).find((d) => d.messageId === 'invite/no-invitees');
    expect(found?.line).toBe(text.split('\n').findIndex((l) => l.startsWith('invitations:')) + 1);
  });
});
