// `plan invite --separate` from a list file, as the built program: each letter is made without compressing anything
// per letter (src/merge/fill.ts) and the letters go to disk as one all-or-nothing batch whose folder is listed once
// (src/write/atomic.ts). The letters must still read back with their invitees and pass the OOXML validator; a rerun
// replaces them; a rerun that fails on one letter leaves every letter of the run before, and the clerk's own files,
// byte for byte as they were.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { DATA_PLAN, excelCsv, ROWS, writeDataPlan } from './inputs.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, runBuilt, STACK_TRACE } from './run-built.js';

const OUT = 'out/hoi-nghi';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `count` invitees, each with a name no other has, in organisations named after `branch` (a changed list). */
const rows = (count: number, branch = 'Chi nhánh'): string[][] =>
  Array.from({ length: count }, (_, i) => {
    const [, salutation, , title, organization, email, address, group] = ROWS[i % ROWS.length]!;
    return [String(i + 1), salutation!, `Nguyễn Văn Khách ${i + 1}`, title!, `${organization} & "${branch}" <${i + 1}>`, email!, address!, group!];
  });

function withList(count: number): string {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  writeDataPlan(cwd, 'khach-moi.csv');
  writeFileSync(join(cwd, 'plans', 'khach-moi.csv'), excelCsv(rows(count)));
  return cwd;
}

const invite = (cwd: string) => runBuilt(['invite', DATA_PLAN, '--separate', '--json', '--lang', 'en'], { cwd });
const lettersIn = (cwd: string) => readdirSync(join(cwd, OUT, 'giay-moi')).filter((f) => f.endsWith('.docx')).sort();
/** The words of the letter's body, runs joined. */
const bodyText = (file: string) => all(openDocx(file).dom('word/document.xml'), 'p').map(paragraphText).join('\n');
/** Every file under `dir` with a digest of its bytes. */
const snapshot = (dir: string) => new Map(filesBelow(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('plan invite --separate from a list file', () => {
  it('writes one letter per row, each naming its invitee and passing the OOXML validator; a rerun replaces them all', async () => {
    const cwd = withList(40);
    const first = await invite(cwd);
    expect(first.code, first.stderr).toBe(0);
    const letters = lettersIn(cwd);
    expect(letters).toHaveLength(40);
    letters.forEach((letter, i) => {
      const text = bodyText(join(cwd, OUT, 'giay-moi', letter));
      expect(text).toContain(`Nguyễn Văn Khách ${i + 1}`);
      expect(text).toContain(`"Chi nhánh" <${i + 1}>`);
    });
    const verdict = await ooxmlValidate([0, 17, 39].map((i) => join(cwd, OUT, 'giay-moi', letters[i]!)));
    expect(verdict.ok, verdict.output).toBe(true);

    // The same list again: every letter exists, is replaced by its new self, and nothing else is left there.
    const again = await invite(cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(lettersIn(cwd)).toEqual(letters);
    expect(readdirSync(join(cwd, OUT, 'giay-moi')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a rerun that cannot write one letter changes nothing: the earlier letters and the clerk’s files stay as they were', async () => {
    const cwd = withList(30);
    expect((await invite(cwd)).code).toBe(0);
    const folder = join(cwd, OUT, 'giay-moi');
    writeFileSync(join(folder, 'ghi-chu.docx'), 'the clerk’s notes');
    // The next list: the same people in other organisations (every letter changes) and five more; a folder stands
    // where the 33rd letter goes, so its rename fails after others were renamed, over earlier letters and new.
    writeFileSync(join(cwd, 'plans', 'khach-moi.csv'), excelCsv(rows(35, 'Văn phòng')));
    const blocked = join(folder, '033-nguyen-van-khach-33.docx');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'keep.txt'), 'keep');
    const before = snapshot(join(cwd, OUT));

    const run = await invite(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${OUT}/giay-moi/033-nguyen-van-khach-33.docx`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(snapshot(join(cwd, OUT))).toEqual(before);
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);

    // Once the folder is gone, the same run replaces every letter and keeps the clerk's file.
    rmSync(blocked, { recursive: true });
    const next = await invite(cwd);
    expect(next.code, next.stderr).toBe(0);
    expect(readFileSync(join(folder, 'ghi-chu.docx'), 'utf8')).toBe('the clerk’s notes');
    const letters = lettersIn(cwd).filter((f) => f !== 'ghi-chu.docx');
    expect(letters).toHaveLength(35);
    letters.forEach((letter, i) => expect(bodyText(join(folder, letter))).toContain(`"Văn phòng" <${i + 1}>`));
  });
});
