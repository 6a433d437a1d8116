import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../../helpers/cli.js';
import { SEED_PLAN } from '../../helpers/seed.js';

const SEED = SEED_PLAN;

describe('plan check, the command line', () => {
  it('checks every plans/*.yaml when no file is named', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    mkdirSync(join(cwd, 'plans'));
    copyFileSync(SEED, join(cwd, 'plans', 'a.yaml'));
    writeFileSync(join(cwd, 'plans', 'b.yaml'), 'issuer: [\n');
    const run = await runCli(['check', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as { file: string; severity: string }[];
    expect([...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))]).toEqual(['plans/b.yaml']);
    expect(diagnostics.some((d) => d.file === 'plans/a.yaml')).toBe(true); // the seed's style warnings: a.yaml was checked too
  });

  it('exits 2 with a message, not a stack trace, for a missing file', async () => {
    const run = await runCli(['check', 'khong-co.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không tìm thấy tệp');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 when plans/ is empty', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    const run = await runCli(['check'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plans/');
  });

  it('names a Windows-1258 file as not UTF-8 and exits 2', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    // "Bắc Giang" in Windows-1258: ă = 0xE3, then a combining acute (0xEC).
    writeFileSync(join(cwd, 'p.yaml'), Buffer.from([0x70, 0x6c, 0x61, 0x63, 0x65, 0x3a, 0x20, 0x42, 0xe3, 0xec, 0x63]));
    const run = await runCli(['check', 'p.yaml', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not UTF-8');
    expect(run.stderr).toContain('Windows-1258');
  });

  it('refuses UTF-16 with a hint to save as UTF-8', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    writeFileSync(join(cwd, 'p.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('issuer: x\n', 'utf16le')]));
    const run = await runCli(['check', 'p.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('UTF-16 LE');
    expect(run.stderr).toContain('UTF-8');
  });

  it('rejects an unknown --format and --lang as usage errors (exit 2)', async () => {
    expect((await runCli(['check', SEED, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['check', SEED, '--lang', 'fr'])).code).toBe(2);
    expect((await runCli(['check', SEED], { env: { PLAN_LANG: 'de' } })).code).toBe(2);
  });

  it('stops an alias bomb quickly with a positioned message', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    writeFileSync(join(cwd, 'bomb.yaml'), lines.join('\n') + '\n');
    const started = Date.now();
    const run = await runCli(['check', 'bomb.yaml', '--lang', 'en'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('too many aliases');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a custom tag and does not let __proto__ change a prototype', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    writeFileSync(join(cwd, 'p.yaml'), '__proto__: { polluted: true }\nissuer: !evil x\n');
    const run = await runCli(['check', 'p.yaml', '--format', 'json', '--lang', 'en'], { cwd });
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as { line: number; ruleId: string; message: string }[];
    expect(diagnostics.find((d) => d.line === 2 && d.ruleId === 'yaml/syntax')?.message).toContain('Custom YAML tags');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prints help and the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('kiểm tra tệp kế hoạch');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('text pasted from PDFs', () => {
  it('removes XML-forbidden control characters with a positioned warning', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    const seed = (await import('node:fs')).readFileSync(SEED, 'utf8');
    writeFileSync(join(cwd, 'p.yaml'), seed.replace('  place: Bắc Giang', '  place: "Bắc\\u000BGiang"'));
    const run = await runCli(['check', 'p.yaml', '--format', 'json', '--lang', 'en'], { cwd });
    const found = (JSON.parse(run.stdout) as { line: number; ruleId: string; severity: string; message: string }[]).filter((d) => d.ruleId === 'text/control-character');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.line).toBe(seed.split('\n').findIndex((l) => l.startsWith('  place:')) + 1);
    expect(found[0]!.message).toContain('U+000B');
  });
});

describe('plan check --rules', () => {
  it('prints the catalogue with ids, severities, descriptions and citations as JSON', async () => {
    const run = await runCli(['check', '--rules', '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; description: string; citation?: string }[];
    for (const id of ['dates/order', 'weekday/match', 'citation/format', 'signer/authority', 'coherence/invitee-group',
      'lists/punctuation', 'abbreviations/variant', 'capitalisation/unit-type', 'budget/total']) {
      expect(rules.map((r) => r.id)).toContain(id);
    }
    expect(rules.find((r) => r.id === 'capitalisation/unit-type')?.citation).toMatch(/Nghị định 30\/2020\/NĐ-CP/);
    for (const r of rules) expect(['error', 'warning', 'info']).toContain(r.severity);
  });

  it('prints it as a table in Vietnamese and as SARIF rules', async () => {
    const table = await runCli(['check', '--rules']);
    expect(table.stdout).toMatch(/^dates\/order\s+lỗi\s+/m);
    expect(table.stdout).toContain('Căn cứ: Nghị định 30/2020/NĐ-CP');
    const sarif = JSON.parse((await runCli(['check', '--rules', '--format', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(20);
  });
});

describe('one mistake, one message', () => {
  it('reports 10,000 open brackets as nesting too deep, not thousands of times', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-check-'));
    writeFileSync(join(cwd, 'deep.yaml'), `a: ${'['.repeat(10_000)}\n`);
    const run = await runCli(['check', 'deep.yaml', '--format', 'json', '--lang', 'en'], { cwd });
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as { message: string }[];
    expect(diagnostics.length).toBeLessThanOrEqual(3);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('nested far too deep');
  });
});
