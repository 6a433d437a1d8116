// plan send through the built program: what each message carries, and saying so when a PDF is left out (a clerk's
// `send` after `build --pdf` and an edit of the plan sent the DOCX alone, silently); `send --pdf`; the README's and
// `plan init`'s send examples work as written.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hasSoffice } from '../helpers/libreoffice.js';
import { makeProject, startServer, type TestServer } from '../send/helpers.js';
import { fakeSoffice } from './fake-soffice.js';
import { PLAN_JS, project, ROOT, runBuilt, STACK_TRACE } from './run-built.js';

const OUT = 'out/hoi-nghi';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The test project of tests/send: four invitees with an address, one electronic recipient with one. */
const sendProject = (): string => {
  const { dir } = makeProject();
  made.push(dir);
  return dir;
};
/** The .eml files of the last dry run, parsed, by file name. */
async function emls(dir: string): Promise<Map<string, ParsedMail>> {
  const folder = join(dir, OUT, 'thu-dien-tu');
  const names = readdirSync(folder).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await simpleParser(readFileSync(join(folder, n)))] as const)));
}
const attached = (mail: ParsedMail) => mail.attachments.map((a) => `${a.filename} ${a.contentType}`);
/** The plan edited after the documents were made (a later modification time is all send looks at). */
const editPlan = (dir: string) => {
  const file = join(dir, 'plans/hoi-nghi.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Hội trường tầng 5', 'Hội trường tầng 4'));
};

describe('plan send and the PDFs', () => {
  it('after build --pdf and an edit of the plan: says that the PDFs are left out and why, in each language', async () => {
    const dir = sendProject();
    const env = { PLAN_SOFFICE: fakeSoffice(dir) };
    const build = await runBuilt(['build', '--pdf'], { cwd: dir, env });
    expect(build.code, build.stderr).toBe(0);
    // Before the edit the PDFs are fresh, and every message carries one.
    const before = await runBuilt(['send', '--dry-run'], { cwd: dir, env });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stderr).not.toMatch(/chỉ kèm DOCX/);
    for (const mail of (await emls(dir)).values()) expect(attached(mail).some((a) => a.endsWith('application/pdf'))).toBe(true);

    await new Promise((r) => setTimeout(r, 20));
    editPlan(dir);
    const vi = await runBuilt(['send', '--dry-run'], { cwd: dir, env });
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stderr).toMatch(/⚠ 5 thư chỉ kèm DOCX, không kèm PDF: kế hoạch \(hoặc danh sách khách mời, mẫu\) đã sửa sau lần tạo PDF/);
    expect(vi.stderr).toContain('Thêm --pdf để tạo PDF mới và gửi kèm.');
    expect(vi.stderr).toContain(`${OUT}/giay-moi/001-nguyen-van-an.docx`);
    expect(vi.stderr).toMatch(/và \d+ tệp khác/);
    for (const mail of (await emls(dir)).values()) expect(attached(mail)).toEqual([expect.stringMatching(/\.docx application\/vnd\.openxmlformats/)]);

    const en = await runBuilt(['send', '--dry-run', '--lang', 'en', '--json'], { cwd: dir, env });
    expect(en.code, en.stderr).toBe(0);
    const report = JSON.parse(en.stdout) as { sent: { attachments: string[] }[]; pdfLeftOut: { document: string; reason: string; messages: number }[] };
    // The second run found the DOCX newer than the PDFs (it did not rebuild them itself).
    expect(report.pdfLeftOut.map((l) => l.reason)).toEqual(Array(5).fill('stale'));
    expect(report.pdfLeftOut).toContainEqual({ document: `${OUT}/ke-hoach.docx`, reason: 'stale', messages: 1 });
    expect(report.sent.every((s) => s.attachments.length === 1 && s.attachments[0]!.endsWith('.docx'))).toBe(true);
    const text = await runBuilt(['send', '--dry-run', '--lang', 'en'], { cwd: dir, env });
    expect(text.stderr).toMatch(/⚠ 5 message\(s\) carry the DOCX only, without the PDF: the PDF is older than the DOCX/);
  });

  it('without any PDF: says the messages carry the DOCX only, and that --pdf makes them', async () => {
    const dir = sendProject();
    const r = await runBuilt(['send', '--dry-run'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/⚠ 5 thư chỉ kèm DOCX, chưa có PDF \(.*\)\. Văn bản gửi qua email nên kèm PDF \(DOCX là bản để sửa\): thêm --pdf/);
  });

  it('send --pdf builds fresh PDFs first (through build --pdf) and attaches them; nothing is said to be left out', async () => {
    const dir = sendProject();
    const env = { PLAN_SOFFICE: fakeSoffice(dir) };
    expect((await runBuilt(['build', '--pdf'], { cwd: dir, env })).code).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    editPlan(dir);
    const r = await runBuilt(['send', '--dry-run', '--pdf'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Tạo lại văn bản và PDF (LibreOffice)');
    expect(r.stderr).not.toMatch(/chỉ kèm DOCX/);
    const mails = await emls(dir);
    expect(mails.size).toBe(5);
    for (const [name, mail] of mails) {
      const base = name.replace(/^giay-moi-/, '').replace(/^ke-hoach-\d+/, 'ke-hoach').replace(/\.eml$/, '');
      expect(attached(mail)).toEqual([expect.stringMatching(new RegExp(`^${base}\\.docx `)), `${base}.pdf application/pdf`]);
    }
    // The rebuilt PDFs are recorded as written by plan.
    const manifest = JSON.parse(readFileSync(join(dir, OUT, '.plan-manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('giay-moi/001-nguyen-van-an.pdf');
  });

  it('send --pdf without LibreOffice stops before sending anything, and says how to fix it', async () => {
    const dir = sendProject();
    const server = await startServer();
    servers.push(server);
    const r = await runBuilt(['send', '--pdf'], { cwd: dir, env: { PLAN_SMTP_PORT: String(server.port), PLAN_SOFFICE: join(dir, 'khong-co-soffice') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PLAN_SOFFICE/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(server.received).toEqual([]);
  });

  it.runIf(hasSoffice())('send --pdf against an SMTP server: each invitee gets a real PDF of their own letter beside the DOCX', async () => {
    const dir = sendProject();
    const server = await startServer();
    servers.push(server);
    const r = await runBuilt(['send', '--pdf', '--only', 'invitations'], { cwd: dir, env: { PLAN_SMTP_PORT: String(server.port) }, timeoutMs: 180_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(server.received).toHaveLength(4);
    const an = await simpleParser(server.received.find((m) => m.to.includes('an@example.vn'))!.raw);
    expect(attached(an)).toEqual([expect.stringMatching(/^001-nguyen-van-an\.docx /), '001-nguyen-van-an.pdf application/pdf']);
    const pdf = join(dir, 'an.pdf');
    writeFileSync(pdf, an.attachments[1]!.content);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nguyễn Văn An');
    expect(text).not.toContain('Trần Thị Bình');
  }, 180_000);
});

describe('send --dry-run and the files already in thu-dien-tu/', () => {
  it('replaces the .eml files of the last dry run, and leaves the clerk’s own files there alone', async () => {
    const dir = sendProject();
    expect((await runBuilt(['send', '--dry-run'], { cwd: dir })).code).toBe(0);
    const folder = join(dir, OUT, 'thu-dien-tu');
    writeFileSync(join(folder, 'ghi-chu.txt'), 'clerk');
    writeFileSync(join(folder, 'thu-tay.eml'), 'clerk');
    // Nguyễn Văn An leaves the list: every letter after it changes its number.
    const file = join(dir, 'plans/hoi-nghi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}- organization: Hội đồng KH&CN Sở Y tế\n(?: {6}.*\n)+/m, ''));
    const r = await runBuilt(['send', '--dry-run'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['ghi-chu.txt', 'giay-moi-001-tran-thi-binh.eml', 'giay-moi-003-le-van-cuong.eml', 'giay-moi-004-pham-dung.eml', 'ke-hoach-01.eml', 'thu-tay.eml']);
  });
});

describe('the documented ways to start sending', () => {
  it('the README’s send --dry-run example runs as written on a fresh project', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => /\bnpx plan send\b.*--dry-run/.test(l) && !l.includes('PLAN_SMTP_PASSWORD'));
    expect(line, 'a send --dry-run example in the README').toBeDefined();
    const [assignments, command] = line!.split(/\s*npx plan\s+/);
    const env = Object.fromEntries([...assignments!.matchAll(/(PLAN_\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
    const args = command!.replace(/#.*$/, '').trim().split(/\s+/);
    const cwd = project(['plans', 'templates', 'schema']);
    made.push(cwd);
    const r = await runBuilt(args, { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/Chưa có địa chỉ gửi/);
  });

  it('plan init, then plan send --dry-run: the mail block it writes is enough for a first dry run', async () => {
    const cwd = project([]);
    made.push(cwd);
    expect((await runBuilt(['init', 'tong-ket'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'plans/tong-ket.yaml'), 'utf8')).toMatch(/^mail:\n {2}# .*PLAN_SMTP_FROM.*\n {2}fromEmail: /m);
    const r = await runBuilt(['send', 'plans/tong-ket.yaml', '--dry-run'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'out/tong-ket/thu-dien-tu')).length).toBeGreaterThan(0);
    const check = await runBuilt(['check', 'plans/tong-ket.yaml', '--format', 'json'], { cwd });
    expect(check.code).toBe(0);
  });
});

describe('Ctrl+C during send', () => {
  it('stops after the message in flight with exit code 130 and a consistent log; the next send sends only the rest', async () => {
    const dir = sendProject();
    let child: ChildProcess | undefined;
    const server = await startServer({}, {
      // The signal arrives while the server holds its reply to the second message: that message is accepted and
      // logged, and no other starts.
      beforeAccept: async () => {
        if (server.received.length !== 1 || child === undefined) return;
        child.kill('SIGINT');
        await new Promise((r) => setTimeout(r, 300));
      },
    });
    servers.push(server);
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C.UTF-8', PLAN_SMTP_PORT: String(server.port) };
    child = spawn(process.execPath, [PLAN_JS, 'send', '--lang', 'en'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout!.resume();
    const first = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child!.on('close', (code, signal) => done({ code, signal })));

    expect(first, stderr).toEqual({ code: 130, signal: null });
    expect(stderr).toMatch(/Stopped on request; 3 message\(s\) not sent\. Run plan send again to resume/);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(server.received).toHaveLength(2);
    // Every line of the log is whole, and it says exactly which two messages were accepted; the lock is gone.
    const logLines = readFileSync(join(dir, OUT, 'nhat-ky-gui.jsonl'), 'utf8').split('\n').filter(Boolean);
    const entries = logLines.map((l) => JSON.parse(l) as { result: string; to: string });
    expect(entries.map((e) => [e.result, e.to])).toEqual(server.received.map((r) => ['accepted', r.to[0]]));
    expect(readdirSync(join(dir, OUT)).filter((f) => f.endsWith('.lock'))).toEqual([]);

    const second = await runBuilt(['send', '--lang', 'en'], { cwd: dir, env: { PLAN_SMTP_PORT: String(server.port) } });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/Sent: 3 · sent before: 2 · /);
    expect(server.received).toHaveLength(5);
    const counts = new Map<string, number>();
    for (const r of server.received) counts.set(r.to[0]!, (counts.get(r.to[0]!) ?? 0) + 1);
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
  }, 60_000);
});

describe('send with a single-letter form (a Thông báo triệu tập to every invitee)', () => {
  it('sends the one letter to each invitee with an address, one .eml each, where it crashed with an internal error', async () => {
    const { dir } = makeProject((data) => {
      data.invitations.form = 'trieu-tap';
    });
    made.push(dir);
    const r = await runBuilt(['send', '--dry-run'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout + r.stderr).not.toMatch(/Lỗi nội bộ/u);
    const mails = await emls(dir);
    const letters = [...mails].filter(([name]) => name.startsWith('giay-moi-'));
    // Four of the five invitees have an address; each gets the same letter, in a file of its own.
    expect(letters.map(([name]) => name)).toEqual([1, 2, 4, 5].map((n) => `giay-moi-thong-bao-trieu-tap-00${n}.eml`));
    expect(letters.map(([, mail]) => (mail.to as { value: { address: string }[] }).value[0]!.address)).toEqual([
      'an@example.vn', 'binh@example.vn', 'cuong@example.vn', 'dung@example.vn',
    ]);
    for (const [, mail] of letters) {
      expect(mail.subject).toMatch(/^Thông báo/u);
      expect(mail.attachments.map((a) => a.filename)).toEqual(['thong-bao-trieu-tap.docx']);
    }
  });
});
