import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { precompiledModuleSource } from '../../src/render/precompile.js';
import { templateSourceText } from '../../src/render/template-options.js';
import { ROOT } from './plan/build.js';

const TEMPLATES = join(ROOT, 'templates');

const hbsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs')).map((f) => join(dir, f)).sort();

/** Every DOCX under `dir`, by its path relative to `dir`. */
function docxFiles(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.docx')).sort();
  return new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
}

/** `plan build` with the real binary (the bundle holds the precompiled templates), optionally with other templates. */
function build(plan: string, templates?: string): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'plan-precompiled-'));
  execFileSync(process.execPath, [join(ROOT, 'dist', 'plan.js'), 'build', plan, '--out', out, ...(templates ? ['--templates', templates] : [])], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return docxFiles(out);
}

describe('the shipped templates, precompiled into the bundle', () => {
  it('cover every template file, keyed by its text as the loader reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-precompile-src-'));
    const module = join(dir, 'precompiled.mjs');
    writeFileSync(module, precompiledModuleSource(TEMPLATES));
    const { PRECOMPILED } = (await import(pathToFileURL(module).href)) as { PRECOMPILED: Map<string, unknown> };
    const files = hbsFiles(TEMPLATES);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(PRECOMPILED.has(templateSourceText(readFileSync(file, 'utf8'))), relative(ROOT, file)).toBe(true);
    expect(PRECOMPILED.size).toBe(files.length);
  });

  it('leave out a template that does not compile, for the loader to report at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-precompile-bad-'));
    cpSync(TEMPLATES, join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'giay-moi', 'noi-dung.hbs'), 'Kính mời {{#if invitee}}\n');
    const module = join(dir, 'precompiled.mjs');
    writeFileSync(module, precompiledModuleSource(join(dir, 'templates')));
    const { PRECOMPILED } = (await import(pathToFileURL(module).href)) as { PRECOMPILED: Map<string, unknown> };
    expect(PRECOMPILED.size).toBe(hbsFiles(TEMPLATES).length - 1);
  });

  // A copy of the templates with a comment added to each no longer matches a precompiled key, so the binary compiles
  // it when loading: both paths must give the very same documents.
  it.each([['the seed plan', 'plans/hoi-nghi-giao-ban-2018.yaml'], ['the second example', 'examples/hoi-thao-chuyen-doi-so-2025.yaml']])(
    'render %s exactly as templates compiled at load time do',
    (_name, plan) => {
      const edited = join(mkdtempSync(join(tmpdir(), 'plan-templates-edited-')), 'templates');
      cpSync(TEMPLATES, edited, { recursive: true });
      for (const file of hbsFiles(edited)) writeFileSync(file, readFileSync(file, 'utf8') + '{{!-- bản sao để so sánh --}}\n');
      const precompiled = build(join(ROOT, plan));
      const compiled = build(join(ROOT, plan), edited);
      expect([...precompiled.keys()]).toEqual([...compiled.keys()]);
      expect(precompiled.size).toBeGreaterThanOrEqual(3);
      for (const [file, bytes] of precompiled) expect(bytes.equals(compiled.get(file)!), file).toBe(true);
    },
    60_000,
  );
});
