// `plan build --only distribution` in-process: one file, listed in the --json manifest with kind `distribution`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../../helpers/cli.js';
import { listTable, open, SEED } from './helpers.js';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'distribution-cli-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('writes danh-sach-phat-hanh.docx and names it in the manifest', async () => {
  const run = await runCli(['build', SEED, '--only', 'distribution', '--out', out, '--json']);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.code, run.stderr).toBe(0);
  const manifest = JSON.parse(run.stdout) as { files: { kind: string; path: string }[] };
  const path = join(out, 'danh-sach-phat-hanh.docx');
  expect(manifest.files).toEqual([{ kind: 'distribution', path: relative(process.cwd(), path).split('\\').join('/') }]);
  expect(readdirSync(out).sort()).toEqual(['.plan-manifest.json', 'danh-sach-phat-hanh.docx']);
  expect(listTable(open(new Uint8Array(readFileSync(path)))).rows).toHaveLength(34);
});

it('is among the documents a full build writes', async () => {
  const all = join(out, 'all');
  const run = await runCli(['build', SEED, '--out', all, '--json']);
  expect(run.code, run.stderr).toBe(0);
  const kinds = (JSON.parse(run.stdout) as { files: { kind: string }[] }).files.map((f) => f.kind);
  expect(kinds.filter((k) => k === 'distribution')).toHaveLength(1);
  expect(existsSync(join(all, 'danh-sach-phat-hanh.docx'))).toBe(true);
});
