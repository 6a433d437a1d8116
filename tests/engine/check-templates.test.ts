import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_PLAN } from '../helpers/seed.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = SEED_PLAN;

function templatesWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-templates-'));
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('plan check compiles the wording templates', () => {
  it('reports a misspelt field at its template file and line', async () => {
    const dir = templatesWith('ke-hoach/content.hbs', (t) => t.replace('{{venue.text}}', '{{venue.nam}}'));
    const line = readFileSync(join(dir, 'ke-hoach/content.hbs'), 'utf8').split('\n').findIndex((l) => l.includes('venue.nam')) + 1;
    const run = await runCli(['check', SEED, '--templates', dir, '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { file: string; line: number; message: string }[]).find((d) => d.file.endsWith('content.hbs'));
    expect(found?.line).toBe(line);
    expect(found?.message).toContain('"nam"');
  });

  it('reports a syntax error and an unknown helper', async () => {
    const broken = templatesWith('ke-hoach/purpose.hbs', (t) => t.replace('{{/each}}', '{{/eac}}'));
    const run = await runCli(['check', SEED, '--templates', broken, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('purpose.hbs');
    const helper = templatesWith('ke-hoach/purpose.hbs', (t) => t.replace('{{this}}', '{{shout this}}'));
    const run2 = await runCli(['check', SEED, '--templates', helper, '--format', 'json', '--lang', 'en']);
    expect(run2.code).toBe(1);
    expect(run2.stdout).toContain('unknown helper');
  });

  it('passes with the shipped templates', async () => {
    const run = await runCli(['check', SEED, '--format', 'json']);
    expect((JSON.parse(run.stdout) as { severity: string }[]).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
