// plan check --fix, --fix --dry-run and a sample of the YAML traps, through the built program.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, withChange } from '../load/traps-base.js';
import { project, runBuilt, STACK_TRACE } from './run-built.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with schema/ and one plan, plans/p.yaml, holding `text`. */
function withPlan(text: string): { cwd: string; plan: string } {
  const cwd = project(['schema']);
  made.push(cwd);
  mkdirSync(join(cwd, 'plans'));
  const plan = join(cwd, 'plans', 'p.yaml');
  writeFileSync(plan, text);
  return { cwd, plan };
}

/** BASE as a clerk might have typed it: a Tab, a colon in a sentence, Vietnamese dates, a bare number, Word quotes, a wrong weekday. */
const MESSY = BASE
  .replace('  number: "05"\n  date: 2018-07-05', '\tnumber: 5\n\tdate: 5/7/2018')
  .replace('  title: Tổ chức Hội nghị giao ban năm 2018', '\ttitle: Tổ chức Hội nghị giao ban năm 2018')
  .replace('intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị.', '# Câu dẫn, giữ nguyên\nintro: Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:')
  .replace('    - Tham quan một số dự án tiêu biểu.', '    - Tham luận: một số kinh nghiệm hay\n    - Khai mạc vào thứ Hai, ngày 31/7/2018.')
  .replace('  abbreviation: KHCN', '  abbreviation: “KHCN”')
  .replace('    phone: "0204 3854 315"', '    phone: 02043854315');

describe('plan check --fix', () => {
  it('repairs every certain mistake in place, keeps comments and blank lines, and lists the changes by line', async () => {
    expect(MESSY).not.toBe(BASE);
    const { cwd, plan } = withPlan(MESSY);
    const before = await runBuilt(['check', 'plans/p.yaml'], { cwd });
    expect(before.code).toBe(1);

    const r = await runBuilt(['check', '--fix', 'plans/p.yaml'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    const fixed = readFileSync(plan, 'utf8');
    expect(fixed).toContain('document:\n  number: "05"\n  date: 05/07/2018\n  title: Tổ chức Hội nghị giao ban năm 2018\n');
    expect(fixed).toContain('# Câu dẫn, giữ nguyên\nintro: "Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:"\n');
    expect(fixed).toContain('    - "Tham luận: một số kinh nghiệm hay"\n    - Khai mạc vào thứ Ba, ngày 31/7/2018.\n');
    expect(fixed).toContain('  abbreviation: KHCN\n');
    expect(fixed).toContain('    phone: "02043854315"\n');
    expect(fixed).not.toContain('\t');
    // Everything else is byte for byte what the clerk wrote.
    expect(fixed.split('\n').length).toBe(MESSY.split('\n').length);
    expect(r.stderr).toMatch(/✔ plans\/p\.yaml: đã sửa 8 chỗ\./);
    const changeLines = r.stderr.split('\n').filter((l) => /^ {2}plans\/p\.yaml:\d+ {2}/.test(l)).map((l) => Number(/:(\d+)/.exec(l)![1]));
    expect(changeLines).toEqual([...changeLines].sort((a, b) => a - b));
    expect(r.stderr).toContain('thứ Hai → thứ Ba (đúng thứ của ngày 31/7/2018)');
    expect(r.stderr).toMatch(/✔ Không có lỗi\s*$/);

    const again = await runBuilt(['check', '--fix', 'plans/p.yaml', '--lang', 'en'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('plans/p.yaml: nothing to repair automatically.');
    expect(readFileSync(plan, 'utf8')).toBe(fixed);
  });

  it('--dry-run prints a diff and writes nothing', async () => {
    const { cwd, plan } = withPlan(MESSY);
    const r = await runBuilt(['check', '--fix', '--dry-run', 'plans/p.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(plan, 'utf8')).toBe(MESSY);
    expect(r.stdout).toMatch(/^--- plans\/p\.yaml\n\+\+\+ plans\/p\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(r.stdout).toContain('-intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:\n+intro: "Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:"\n');
    expect(r.stdout).toContain('-\tnumber: 5\n');
    expect(r.stdout).toContain('+  number: "05"\n');
    expect(r.stderr).toContain('plans/p.yaml: sẽ sửa 8 chỗ; chưa ghi gì (--dry-run).');
  });

  it('leaves what is not certain alone and reports it', async () => {
    // A sentence without a colon under a mapping: no fix can know what the clerk meant.
    const text = withChange('  place: Bắc Giang', '  place: Bắc Giang\n  [Bắc Giang');
    const { cwd, plan } = withPlan(text);
    const r = await runBuilt(['check', '--fix', 'plans/p.yaml'], { cwd });
    expect(r.code).toBe(1);
    expect(readFileSync(plan, 'utf8')).toBe(text);
    expect(r.stderr).toContain('plans/p.yaml: không có gì sửa tự động được.');
    expect(r.stderr).toMatch(/plans\/p\.yaml:6:\d+ {2}lỗi/);
  });
});

describe('traps through the built program', () => {
  it.each([
    {
      name: 'a colon in the intro',
      text: withChange('intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị.', 'intro: Kế hoạch như sau:'),
      lang: 'vi',
      where: 'plans/p.yaml:12:8',
      message: 'Đặt cả câu trong dấu nháy kép: intro: "Kế hoạch như sau:"',
    },
    {
      name: 'one Tab, one message',
      text: withChange('  number: "05"\n  date: 2018-07-05\n  title', '\tnumber: "05"\n\tdate: 2018-07-05\n\ttitle'),
      lang: 'en',
      where: 'plans/p.yaml:8:1',
      message: '3 lines are indented with a Tab (the first is here)',
    },
    {
      name: 'a month-first date',
      text: withChange('  date: 2018-07-31', '  date: 07/31/2018'),
      lang: 'vi',
      where: 'plans/p.yaml:27:9',
      message: 'nếu ý là ngày 31 tháng 7, hãy viết 31/07/2018',
    },
    {
      name: 'a list item with a colon',
      text: withChange('    - Tham quan một số dự án tiêu biểu.', '    - Tham luận: một số kinh nghiệm hay'),
      lang: 'en',
      where: 'plans/p.yaml:19:7',
      message: 'Put the whole sentence in double quotes: - "Tham luận: một số kinh nghiệm hay"',
    },
  ])('$name', async (c) => {
    const { cwd } = withPlan(c.text);
    const r = await runBuilt(['check', 'plans/p.yaml', '--lang', c.lang], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${c.where}  ${c.lang === 'vi' ? 'lỗi' : 'error'}`);
    expect(r.stderr).toContain(c.message);
    expect(r.stderr).toMatch(c.lang === 'vi' ? /✖ 1 lỗi\s*$/ : /✖ 1 error\s*$/);
  });

  it('a clean plan checks in one line', async () => {
    const { cwd } = withPlan(BASE);
    const r = await runBuilt(['check', 'plans/p.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('✔ Không có lỗi\n');
  });
});
