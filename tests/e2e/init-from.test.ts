// plan init --from last year's plan, through the built program.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withChange } from '../load/traps-base.js';
import { project, runBuilt, STACK_TRACE } from './run-built.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const LAST_YEAR = withChange('    - Tham quan một số dự án tiêu biểu.',
  '    - Tham quan một số dự án tiêu biểu.\n    - Khai mạc vào thứ Ba, ngày 31/7/2018, theo Quyết định số 12/QĐ-UBND ngày 15/6/2018 và Nghị định 30/2020/NĐ-CP.');

function lastYear(): string {
  const cwd = project(['schema']);
  made.push(cwd);
  mkdirSync(join(cwd, 'plans'));
  writeFileSync(join(cwd, 'plans', 'giao-ban-2018.yaml'), LAST_YEAR);
  return cwd;
}

describe('plan init --from', () => {
  it('advances the year, clears numbers and signing dates, keeps invitees, and lists what to review by line', async () => {
    const cwd = lastYear();
    const r = await runBuilt(['init', '--from', 'plans/giao-ban-2018.yaml'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    const text = readFileSync(join(cwd, 'plans', 'giao-ban-2019.yaml'), 'utf8');
    expect(text).toContain('document:\n  number: ""\n  date: ""\n  title: Tổ chức Hội nghị giao ban năm 2019\n');
    expect(text).toContain('  number: ""\n  date: ""\n  title: Dự Hội nghị giao ban năm 2019\n');
    expect(text).toContain('time:\n  date: 2019-07-31\n');
    // The plan's own date moves with it and its weekday is put right; a cited decision's date and a decree's code stay.
    expect(text).toContain('Khai mạc vào thứ Tư, ngày 31/7/2019, theo Quyết định số 12/QĐ-UBND ngày 15/6/2018 và Nghị định 30/2020/NĐ-CP.');
    expect(text).toContain('    - { organization: Hội đồng khoa học Sở Y tế, group: hoi-dong }\n');
    expect(text.split('\n').length).toBe(LAST_YEAR.split('\n').length);
    expect(r.stderr).toContain('✔ plans/giao-ban-2019.yaml\n');
    expect(r.stderr).toContain('plans/giao-ban-2019.yaml:8  «Số văn bản»: đã xóa số cũ; văn thư cấp số mới.');
    expect(r.stderr).toContain('plans/giao-ban-2019.yaml:9  «Ngày ban hành»: đã xóa (05/07/2018); điền ngày ký khi ký.');
    expect(r.stderr).toContain('plans/giao-ban-2019.yaml:20  ngày 15/6/2018 được giữ nguyên');
    expect(r.stderr).toContain('plans/giao-ban-2019.yaml:20  thứ trong tuần: thứ Ba → thứ Tư.');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  plans/')).map((l) => Number(/:(\d+)/.exec(l)![1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));

    // The new plan checks: only the signing dates and numbers are left to fill in, and they may stay empty.
    const check = await runBuilt(['check', 'plans/giao-ban-2019.yaml'], { cwd });
    expect(check.code, check.stderr).toBe(0);

    // Never overwrites.
    const again = await runBuilt(['init', '--from', 'plans/giao-ban-2018.yaml'], { cwd });
    expect(again.code).toBe(2);
    expect(readFileSync(join(cwd, 'plans', 'giao-ban-2019.yaml'), 'utf8')).toBe(text);
  });

  it('--shift 364d moves every date by 52 weeks, so every weekday stays right', async () => {
    const cwd = lastYear();
    const r = await runBuilt(['init', '--from', 'plans/giao-ban-2018.yaml', 'giao-ban-moi', '--shift', '364d'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(cwd, 'plans', 'giao-ban-moi.yaml'), 'utf8');
    expect(text).toContain('document:\n  number: ""\n  date: 2019-07-04\n');
    expect(text).toContain('time:\n  date: 2019-07-30\n');
    expect(text).toContain('Khai mạc vào thứ Ba, ngày 30/7/2019,');
    expect(r.stderr).not.toContain('thứ trong tuần');
  });

  it('refuses a shift it cannot read, and writes nothing', async () => {
    const cwd = lastYear();
    const r = await runBuilt(['init', '--from', 'plans/giao-ban-2018.yaml', '--shift', 'một năm', '--lang', 'en'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid --shift: một năm. Give years or days, e.g. 1y or 364d.');
    expect(existsSync(join(cwd, 'plans', 'giao-ban-2019.yaml'))).toBe(false);
  });
});
