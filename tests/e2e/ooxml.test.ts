// Every DOCX kind the built program writes passes the OOXML validator (Word's rules, not only LibreOffice's).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, runBuilt } from './run-built.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const EXAMPLES = ['plans/hoi-nghi-giao-ban-2018.yaml', 'examples/hoi-thao-chuyen-doi-so-2025.yaml'];

describe('OOXML validity of what the built program writes', () => {
  it.each(EXAMPLES)('every document built from %s passes ooxml-validate', async (plan) => {
    const cwd = project(['plans', 'examples', 'templates', 'schema']);
    made.push(cwd);
    const r = await runBuilt(['build', plan, '--out', 'out'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const docx = filesBelow(join(cwd, 'out')).filter((f) => f.endsWith('.docx')).map((f) => join(cwd, 'out', f));
    expect(docx.length).toBeGreaterThan(3);
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, verdict.output).toBe(true);
    expect(verdict.output).toMatch(new RegExp(`ooxml: ${docx.length} files, 0 violations`));
  });

  it('the validator rejects a broken package (the check can fail)', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ooxml-bad-'));
    made.push(dir);
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, 'not a zip');
    const verdict = await ooxmlValidate([bad]);
    expect(verdict.ok).toBe(false);
  });
});
