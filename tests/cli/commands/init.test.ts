import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { DEFAULT_NAME, planName, pointModeline, runInit, templateValues } from '../../../src/cli/commands/init.js';
import { isAlive, type Io } from '../../../src/cli/io.js';
import { checkPlan } from '../../../src/engine/check-plan.js';
import { loadInvitees } from '../../../src/load/invitees/index.js';
import { runCli, STACK_TRACE } from '../../helpers/cli.js';
import { ROOT } from '../../helpers/seed.js';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')) as { properties: Record<string, unknown> };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const listing = (d: string): string[] => (existsSync(d) ? readdirSync(d).sort() : []);

describe('plan init', () => {
  it('writes plans/NAME.yaml and plans/NAME-khach-moi.csv that pass plan check without a single finding', async () => {
    const init = await runCli(['init', 'hoi-nghi-thu'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(listing(join(dir, 'plans'))).toEqual(['hoi-nghi-thu-khach-moi.csv', 'hoi-nghi-thu.yaml']);
    expect(init.stderr).toContain('✔ plans/hoi-nghi-thu.yaml');
    expect(init.stderr).toContain('npx plan check plans/hoi-nghi-thu.yaml');

    const check = await runCli(['check', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { files: { diagnostics: unknown[] }[] } | { diagnostics: unknown[] }[];
    const diagnostics = (Array.isArray(report) ? report : report.files).flatMap((f) => f.diagnostics);
    expect(diagnostics).toEqual([]);
  });

  it('defaults the name to ke-hoach-moi and accepts NAME.yaml', async () => {
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['init', 'hop-bao.yaml'], { cwd: dir })).code).toBe(0);
    expect(listing(join(dir, 'plans'))).toEqual(['hop-bao-khach-moi.csv', 'hop-bao.yaml', `${DEFAULT_NAME}-khach-moi.csv`, `${DEFAULT_NAME}.yaml`]);
  });

  it('builds: the plan, one letter per row of the CSV, the merged file and the distribution list', async () => {
    await runCli(['init'], { cwd: dir });
    const build = await runCli(['build', '--json'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const files = (JSON.parse(build.stdout) as { files: { kind: string; path: string; invitee?: string }[] }).files;
    expect(files.map((f) => f.kind)).toEqual(['plan', 'invitation', 'invitation', 'invitation', 'invitation', 'invitations', 'distribution']);
    expect(files.filter((f) => f.kind === 'invitation').map((f) => f.invitee)).toEqual([
      'Ông Trần Văn Bình, Giám đốc, Sở Tư pháp',
      'Bà Lê Thị Hoa, Phó Giám đốc, Sở Tài chính',
      'Ông Phạm Minh Đức, Phó Chủ tịch, UBND thành phố Phủ Lý',
      'Bà Nguyễn Thị Mai, Phó Chủ tịch, UBND huyện Kim Bảng',
    ]);
    for (const f of files) expect(existsSync(join(dir, f.path)), f.path).toBe(true);
  });

  it('starts the plan with the schema modeline and explains every top-level field in a comment', async () => {
    await runCli(['init'], { cwd: dir });
    const text = readFileSync(join(dir, 'plans', `${DEFAULT_NAME}.yaml`), 'utf8');
    // No schema/ in this folder: the modeline points at the program's own schema.
    const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!)?.[1];
    expect(target && fileURLToPath(target)).toBe(join(ROOT, 'schema', 'plan.schema.json'));
    expect(text).not.toMatch(/\{\{/); // every placeholder filled
    const lines = text.split('\n');
    for (const key of Object.keys(SCHEMA.properties)) {
      if (key === 'mail') continue; // e-mail sending has its own documentation
      // The key, written or commented out, with a comment line (Vietnamese) right above it.
      const at = lines.findIndex((l) => new RegExp(`^(# )?${key}:`).test(l));
      expect(at, `${key} is not in the template`).toBeGreaterThan(0);
      expect(lines[at - 1], `no comment above ${key}`).toMatch(/^#\s*\S/);
    }
  });

  it('points the modeline at the project\'s schema/ relatively when there is one (as in this repository)', async () => {
    mkdirSync(join(dir, 'schema'));
    cpSync(join(ROOT, 'schema', 'plan.schema.json'), join(dir, 'schema', 'plan.schema.json'));
    await runCli(['init'], { cwd: dir });
    const first = readFileSync(join(dir, 'plans', `${DEFAULT_NAME}.yaml`), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../schema/plan.schema.json');
    // Installed as a package inside the project: still relative.
    expect(pointModeline(`${first}\nx: 1\n`, '/p/plans', '/p/node_modules/plan/schema/plan.schema.json')).toBe(
      '# yaml-language-server: $schema=../node_modules/plan/schema/plan.schema.json\nx: 1\n',
    );
  });

  it('writes the CSV as Excel wants it (UTF-8 BOM, CRLF) with headers the invitee reader recognises', async () => {
    await runCli(['init'], { cwd: dir });
    const path = join(dir, 'plans', `${DEFAULT_NAME}-khach-moi.csv`);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const load = await loadInvitees(path);
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.diagnostics).toEqual([]);
    expect(load.invitees.map(({ source: _s, ...i }) => i)[0]).toEqual({
      salutation: 'Ông',
      name: 'Trần Văn Bình',
      title: 'Giám đốc',
      organization: 'Sở Tư pháp',
      group: 'lanh-dao-so',
    });
  });

  it('checks clean whatever day of the week it is run (dates stay on working days and in order)', async () => {
    const io: Io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir, env: {}, pid: process.pid, isAlive };
    for (let day = 0; day < 7; day++) {
      const today = new Date(2025, 11, 22 + day); // Monday 22 December 2025 … Sunday: also crosses the year
      const name = `ngay-${day}`;
      expect(await runInit(name, { lang: 'vi', format: 'stylish', today }, io)).toBe(0);
      const check = await checkPlan(join(dir, 'plans', `${name}.yaml`));
      expect(check.diagnostics, `${today.toDateString()}`).toEqual([]);
      const v = templateValues(name, 'x.csv', today);
      for (const key of ['invitation-date', 'event-date', 'reply-by']) {
        expect([0, 6], `${key} on a weekend`).not.toContain(new Date(v[key]!).getDay());
      }
    }
  });
});

describe('plan init never overwrites', () => {
  it('refuses when the plan exists: exit 2, names the file, writes nothing (not even the CSV)', async () => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'hop.yaml'), 'của tôi\n');
    const run = await runCli(['init', 'hop'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plans/hop.yaml');
    expect(run.stderr).toMatch(/không ghi đè/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(dir, 'plans', 'hop.yaml'), 'utf8')).toBe('của tôi\n');
    expect(listing(join(dir, 'plans'))).toEqual(['hop.yaml']);
  });

  it('refuses when only the CSV exists, and says so in English with --lang en', async () => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'hop-khach-moi.csv'), 'STT\n');
    const run = await runCli(['init', 'hop', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plans/hop-khach-moi.csv');
    expect(run.stderr).toMatch(/never overwrites/);
    expect(listing(join(dir, 'plans'))).toEqual(['hop-khach-moi.csv']);
    expect(readFileSync(join(dir, 'plans', 'hop-khach-moi.csv'), 'utf8')).toBe('STT\n');
  });

  it('a second init of the same name changes nothing', async () => {
    await runCli(['init'], { cwd: dir });
    const path = join(dir, 'plans', `${DEFAULT_NAME}.yaml`);
    writeFileSync(path, 'đã sửa\n');
    expect((await runCli(['init'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('đã sửa\n');
  });
});

describe('plan init NAME validation', () => {
  it.each(['../ngoai', 'a/b', 'a\\b', '.an', '_x', 'con', 'Hội nghị', '', 'x'.repeat(81)])('refuses %j with exit 2 and writes nothing', async (name) => {
    const run = await runCli(['init', name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không dùng làm tên tệp/);
    expect(listing(dir)).toEqual([]);
  });

  it('suggests an unaccented name', async () => {
    const run = await runCli(['init', 'Hội nghị tổng kết'], { cwd: dir });
    expect(run.stderr).toContain('plan init hoi-nghi-tong-ket');
  });

  it('accepts safe names only', () => {
    expect(planName('hoi-nghi_2025')).toBe('hoi-nghi_2025');
    expect(planName('Hop.YML')).toBe('Hop');
    expect(planName('NUL')).toBeUndefined();
    expect(planName('com0')).toBeUndefined();
    expect(planName('LPT9.yaml')).toBeUndefined();
    expect(planName('com10')).toBe('com10');
    expect(planName('a b')).toBeUndefined();
  });
});

describe('plan init with the IT staff’s own template folder', () => {
  it('reads <dir>/init/ and fills the placeholders', async () => {
    const templates = join(dir, 'mau');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    const planTemplate = join(templates, 'init', 'ke-hoach.yaml');
    writeFileSync(planTemplate, readFileSync(planTemplate, 'utf8').replace('SỞ NỘI VỤ', 'SỞ TƯ PHÁP').replace('abbreviation: SNV', 'abbreviation: STP'));
    const work = join(dir, 'work');
    mkdirSync(work);
    expect((await runCli(['init', '--templates', templates], { cwd: work })).code).toBe(0);
    expect(readFileSync(join(work, 'plans', `${DEFAULT_NAME}.yaml`), 'utf8')).toContain('name: SỞ TƯ PHÁP');
  });

  it('says which template file is missing (exit 2)', async () => {
    const run = await runCli(['init', '--templates', join(dir, 'khong-co')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ke-hoach.yaml');
    expect(listing(join(dir, 'plans'))).toEqual([]);
  });
});
