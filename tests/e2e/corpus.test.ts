// The real corpus (issue 14): each plan of tests/fixtures/real, encoded from a public document, and the seed. Each
// checks without an error, builds through the built program, passes the OOXML validator, and its Kế hoạch text read
// back from the DOCX equals its golden file. `UPDATE_GOLDEN=1 npx vitest run tests/e2e/corpus.test.ts tests/e2e/real-letters.test.ts` rewrites the golden files
// (read the diff before committing it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, ROOT, runBuilt } from './run-built.js';

const REAL = 'tests/fixtures/real';
const PLANS = [
  'plans/hoi-nghi-giao-ban-2018.yaml',
  ...readdirSync(join(ROOT, REAL)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${REAL}/${f}`),
];
const GOLDEN = join(ROOT, 'tests/fixtures/real/golden');

describe('the real corpus', () => {
  it('holds the seed and at least twelve real plans, each naming its source', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(13);
    for (const plan of PLANS.slice(1)) expect(readFileSync(join(ROOT, plan), 'utf8')).toMatch(/^# Nguồn: https?:\/\//m);
  });

  it.each(PLANS)('%s checks without error, builds valid DOCX and reads back as its golden text', async (plan) => {
    const dir = project(['plans', REAL, 'schema']);
    const check = await runBuilt(['check', plan], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const build = await runBuilt(['build', plan, '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const docx = filesBelow(join(dir, 'out')).filter((f) => f.endsWith('.docx')).map((f) => join(dir, 'out', f));
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, verdict.output).toBe(true);
    const text = all(openDocx(join(dir, 'out', 'ke-hoach.docx')).dom('word/document.xml'), 'p')
      .map(paragraphText).filter((t) => t.trim() !== '').join('\n') + '\n';
    const golden = join(GOLDEN, `${basename(plan, '.yaml')}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
    expect(existsSync(golden), `no golden file ${golden}: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
