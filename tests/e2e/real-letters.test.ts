// The letter forms of issue 15, one real example of each (tests/fixtures/real, the seed for the Giấy mời to each
// invitee): each checks clean, builds through the built program, passes the OOXML validator, and its letter's text read
// back from the DOCX equals its golden file. `UPDATE_GOLDEN=1 npx vitest run tests/e2e/corpus.test.ts tests/e2e/real-letters.test.ts` rewrites the golden files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, ROOT, runBuilt } from './run-built.js';

const REAL = 'tests/fixtures/real';
/** Plan → the letter it makes (a single letter, or the first invitee's). */
const LETTERS: Record<string, string> = {
  'plans/hoi-nghi-giao-ban-2018.yaml': 'giay-moi/001-',
  [`${REAL}/giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018.yaml`]: 'giay-moi/giay-moi.docx',
  [`${REAL}/thu-moi-bql-di-tich-den-van-hien-2018.yaml`]: 'giay-moi/thu-moi.docx',
  [`${REAL}/trieu-tap-hdnd-tinh-hai-duong-2023.yaml`]: 'giay-moi/thong-bao-trieu-tap.docx',
  [`${REAL}/cong-van-moi-bo-gddt-2016.yaml`]: 'giay-moi/cong-van.docx',
  [`${REAL}/thong-bao-hoi-thao-hoi-khvl-2015.yaml`]: 'giay-moi/thong-bao.docx',
};
const GOLDEN = join(ROOT, 'tests/fixtures/real/golden/letters');

describe('one real letter of each form', () => {
  it.each(Object.entries(LETTERS))('%s checks clean, builds valid DOCX and its letter reads back as its golden text', async (plan, letter) => {
    const dir = project(['plans', REAL, 'schema']);
    const check = await runBuilt(['check', plan], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    // The seed keeps the faults it was given (issue 2); the letter fixtures check clean.
    if (!plan.startsWith('plans/')) expect(check.stdout + check.stderr).not.toMatch(/cảnh báo|lỗi  /u);
    const build = await runBuilt(['build', plan, '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const files = filesBelow(join(dir, 'out'));
    const docx = files.filter((f) => f.endsWith('.docx')).map((f) => join(dir, 'out', f));
    const verdict = await ooxmlValidate(docx);
    expect(verdict.ok, verdict.output).toBe(true);
    const file = files.find((f) => f.startsWith(letter));
    expect(file, files.join('\n')).toBeDefined();
    const text = all(openDocx(join(dir, 'out', file!)).dom('word/document.xml'), 'p')
      .map(paragraphText).filter((t) => t.trim() !== '').join('\n') + '\n';
    expect(text.split('./.').length - 1).toBe(1);
    mkdirSync(GOLDEN, { recursive: true });
    const golden = join(GOLDEN, `${basename(plan, '.yaml')}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
    expect(existsSync(golden), `no golden file ${golden}: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
