import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/, lowest first; a module may import its own layer and those below it, never one above. Folders on
 * one line are peers. README.md ("Architecture") tells the same order; change both together.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['core'], // Diagnostic, Io, Output, Producer, the exit code: imports nothing of ours
  ['text', 'package'], // character-level helpers; the zip container and the merge sentinels
  ['model'], // the plan as data, built from the validated source
  ['i18n'], // every message, in Vietnamese and English
  ['load'], // files → data: YAML, invitee CSV/XLSX
  ['validate'], // schema and rules over the loaded plan
  ['rsvp'], // the replies file: who comes
  ['report'], // diagnostics → stylish, JSON, GitHub, SARIF (and the rule catalogue)
  ['render'], // model → DOCX (the Decree 30 layout in render/nd30)
  ['merge'], // one letter template → many letters
  ['write'], // atomic files, the manifest, PDFs
  ['send'], // mail
  ['engine'], // the workflows: check, build, invite, send
  ['serve'], // the local web page
  ['cli'], // commander, the terminal, signals, process.*
];

const SRC = resolve(import.meta.dirname, '..', 'src');
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative specifiers of static imports, re-exports and dynamic import()s. */
export function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm);
  return [...found].map((m) => m[1]!);
}

const layerOf = (file: string): string => relative(SRC, file).split(sep)[0]!;

describe('layers', () => {
  const files = sources(SRC);
  const edges = files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .map((spec) => resolve(dirname(file), spec))
      .filter((target) => target.startsWith(SRC + sep))
      .map((target) => ({ file: relative(SRC, file), from: layerOf(file), to: layerOf(target) })),
  );

  it('knows the layer of every folder of src/', () => {
    const folders = [...new Set(files.map(layerOf))].filter((f) => !f.endsWith('.ts'));
    expect(folders.filter((f) => !rank.has(f)), 'add the new folder to LAYERS (and the README)').toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(importsOf("import a from '../x.js';\nconst b = await import('../../y.js');\nexport * from './z.js';")).toEqual(['../x.js', '../../y.js', './z.js']);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = edges
      .filter((e) => rank.has(e.from) && rank.has(e.to) && rank.get(e.to)! > rank.get(e.from)!)
      .map((e) => `${e.file} → ${e.to}/`);
    expect(upward).toEqual([]);
  });
});

/** The test folders with no src/ twin: tests of the built program, the inputs tests read, and shared test code. */
export const TEST_ONLY_FOLDERS: readonly string[] = ['e2e', 'fixtures', 'helpers'];

const TESTS = resolve(import.meta.dirname);

/** Every folder below `dir`, relative to it, with forward slashes. */
function folders(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const path = base ? `${base}/${e.name}` : e.name;
      return [path, ...folders(dir, path)];
    });
}

/** The test folders that stand for no src/ folder (the three test-only ones and what is below them aside). */
export function strayTestFolders(testFolders: readonly string[], srcFolders: readonly string[]): string[] {
  const src = new Set(srcFolders);
  return testFolders.filter((f) => !TEST_ONLY_FOLDERS.includes(f.split('/')[0]!) && !src.has(f));
}

describe('test folders', () => {
  it('mirror src/: a test goes in the folder of the source it tests (tests/render/nd30 for src/render/nd30)', () => {
    expect(strayTestFolders(folders(TESTS), folders(SRC)), 'move the test to the folder of its source, or add to TEST_ONLY_FOLDERS').toEqual([]);
  });

  it('would notice a folder named after a topic rather than a source folder', () => {
    expect(strayTestFolders(['render', 'render/nd30', 'nd30', 'e2e', 'fixtures/real', 'helpers'], ['render', 'render/nd30'])).toEqual(['nd30']);
  });
});
