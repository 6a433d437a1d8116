// Output that cannot be written, through the built program: the message says why in plain words, names Word only when
// Word is the likely cause (its owner file beside the document, or EBUSY/EPERM), and a folder that cannot be created is
// called that. The permission case runs for real: a root test machine runs the program as an ordinary user.
import { chmodSync, chownSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesBelow, project, runBuilt, STACK_TRACE } from './run-built.js';

const PLAN = 'plans/hoi-nghi-giao-ban-2018.yaml';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const fresh = (): string => {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  return cwd;
};
/** Every file below dir with its bytes. */
const snapshot = (dir: string) => new Map(filesBelow(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

describe('an output folder that cannot be created', () => {
  it.runIf(process.platform === 'linux')('--out /proc/x says the folder cannot be made there, and does not blame Word', async () => {
    const cwd = fresh();
    const vi = await runBuilt(['build', PLAN, '--out', '/proc/plan-e2e-x'], { cwd });
    expect(vi.code, vi.stderr).toBe(2);
    expect(vi.stderr).toContain('Không tạo được thư mục /proc/plan-e2e-x (ENOENT): nơi này không cho tạo thư mục');
    expect(vi.stderr).not.toMatch(/Word/);
    expect(vi.stderr).not.toContain('../');
    expect(vi.stderr).not.toMatch(STACK_TRACE);
    const en = await runBuilt(['build', PLAN, '--out', '/proc/plan-e2e-x', '--lang', 'en'], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Could not create the folder /proc/plan-e2e-x (ENOENT): no folder can be made there');
    expect(en.stderr).not.toMatch(/Word/);
  });

  it('a file where a folder of --out should be: names that file', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'afile'), 'a file, not a folder');
    for (const command of [['build', PLAN], ['invite', PLAN], ['send', PLAN, '--dry-run']]) {
      const r = await runBuilt([...command, '--out', 'afile/out', '--lang', 'en'], { cwd, env: { PLAN_SMTP_FROM: 'vanthu@example.vn' } });
      expect(r.code, `${command[0]}\n${r.stderr}`).toBe(2);
      expect(r.stderr, command[0]).toMatch(/Could not create the folder afile\/out(\/giay-moi)? \(ENOTDIR\): afile is a file, not a folder\./);
      expect(r.stderr).not.toMatch(/Word/);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(readFileSync(join(cwd, 'afile'), 'utf8')).toBe('a file, not a folder');
  });
});

describe('a document that cannot be replaced', () => {
  it('Word is named when its owner file is beside the document', async () => {
    const cwd = fresh();
    expect((await runBuilt(['build', PLAN, '--out', 'out'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'out', '~$ke-hoach.docx'), 'owner');
    const r = await runBuilt(['build', PLAN, '--out', 'out'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp đang mở trong Word (có tệp ~$ke-hoach.docx bên cạnh)');
  });

  // Defect: this was skipped as root (root ignores permissions), and CI runs as root. Here a root machine runs the
  // program as `nobody`, for whom a read-only folder is read-only; any other user runs it as themselves.
  it('a folder without write permission: exit 2, the cause in words (not Word), every earlier file intact', async () => {
    const cwd = fresh();
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : undefined;
    if (asRoot) for (const p of ['', ...readdirSync(cwd, { recursive: true, encoding: 'utf8' })]) chownSync(join(cwd, p), 65534, 65534);
    const first = await runBuilt(['build', PLAN, '--out', 'out'], { cwd, ...(user ? { user } : {}) });
    expect(first.code, first.stderr).toBe(0);
    // The plan changes, so every document would be replaced; the output folder becomes read-only.
    const planFile = join(cwd, PLAN);
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('number: "05"', 'number: "15"'));
    const out = join(cwd, 'out');
    const before = snapshot(out);
    chmodSync(out, 0o555);
    try {
      const vi = await runBuilt(['build', PLAN, '--out', 'out'], { cwd, ...(user ? { user } : {}) });
      expect(vi.code, vi.stderr).toBe(2);
      expect(vi.stderr).toMatch(/out\/[a-z-]+\.docx .*Không ghi được tệp \(EACCES\): tài khoản đang dùng không có quyền ghi vào thư mục này/);
      expect(vi.stderr).not.toMatch(/Word/);
      const en = await runBuilt(['build', PLAN, '--out', 'out', '--lang', 'en'], { cwd, ...(user ? { user } : {}) });
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('Could not write the file (EACCES): this account has no permission to write in that folder');
      expect(snapshot(out)).toEqual(before);
    } finally {
      chmodSync(out, 0o755);
    }
    // The obstacle gone, the same build succeeds and changes the plan: the checks above could fail.
    const again = await runBuilt(['build', PLAN, '--out', 'out'], { cwd, ...(user ? { user } : {}) });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(out, 'ke-hoach.docx')).toString('base64')).not.toBe(before.get('ke-hoach.docx'));
  });
});
