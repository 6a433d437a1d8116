import { existsSync, readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ADDRESSES, makeProject, PASSWORD, selfSignedCertificate, startServer, USER, type TestServer } from './helpers.js';

const LOG = 'out/hoi-nghi/nhat-ky-gui.jsonl';
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const serve = async (...args: Parameters<typeof startServer>) => {
  const s = await startServer(...args);
  servers.push(s);
  return s;
};

const env = (server: TestServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PLAN_SMTP_PORT: String(server.port),
  PLAN_SMTP_USER: USER,
  PLAN_SMTP_PASSWORD: PASSWORD,
  ...extra,
});

const send = (dir: string, e: NodeJS.ProcessEnv, ...args: string[]) => runCli(['send', 'plans/hoi-nghi.yaml', ...args], { cwd: dir, env: e });
const logLines = (dir: string) =>
  readFileSync(join(dir, LOG), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, any>);
const docxText = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
const byRecipient = async (server: TestServer): Promise<Map<string, ParsedMail>> =>
  new Map(await Promise.all(server.received.map(async (r) => [r.to[0]!, await simpleParser(r.raw)] as const)));

describe('plan send against a real SMTP server', () => {
  it('sends each invitee its own letter and each electronic recipient the plan, and skips those without a usable address', async () => {
    const server = await serve({ requireAuth: true });
    const { dir } = makeProject();
    const run = await send(dir, env(server), '--json');
    expect(run.stderr).not.toMatch(/Lỗi nội bộ/);
    expect(run.code, run.stderr).toBe(0);

    expect(server.received.map((r) => r.to).sort()).toEqual(ADDRESSES.map((a) => [a]).sort());
    for (const r of server.received) {
      expect(r.method).toBe('PLAIN');
      expect(r.from).toBe('vanthu@skhcn.example.vn');
    }
    const mails = await byRecipient(server);
    const an = mails.get('an@example.vn')!;
    expect(an.from?.value[0]).toEqual({ name: 'Sở Khoa học và Công nghệ', address: 'vanthu@skhcn.example.vn' });
    expect(an.to && !Array.isArray(an.to) ? an.to.value[0]!.address : undefined).toBe('an@example.vn');
    expect(an.subject).toBe('Giấy mời số 06/GM-KHCN: dự Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018');
    expect(an.text).toContain('Kính gửi: Ông Nguyễn Văn An, Hội đồng KH&CN Sở Y tế');
    expect(an.text).toContain('ngày 31/7/2018');
    expect(an.text).toContain('Hội trường tầng 5, Sở Khoa học và Công nghệ');
    expect(an.attachments).toHaveLength(1);
    expect(an.attachments[0]!.filename).toMatch(/\.docx$/);
    expect(docxText(an.attachments[0]!.content)).toContain('Nguyễn Văn An');
    expect(docxText(an.attachments[0]!.content)).not.toContain('Trần Thị Bình');
    expect(docxText(mails.get('binh@example.vn')!.attachments[0]!.content)).toContain('Trần Thị Bình');

    const plan = mails.get('lanhdao@example.vn')!;
    expect(plan.subject).toBe('Kế hoạch số 05/KH-KHCN: Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018');
    expect(plan.text).toContain('Kính gửi: Lãnh đạo Trung tâm');
    expect(plan.attachments.map((a) => a.filename)).toEqual(['ke-hoach.docx']);
    expect(docxText(plan.attachments[0]!.content)).toContain('KẾ HOẠCH');

    const report = JSON.parse(run.stdout);
    expect(report.sent).toHaveLength(5);
    for (const s of report.sent) expect(mails.get(s.to)!.messageId).toBe(s.messageId);
    expect(report.skipped.map((s: any) => [s.recipient, s.reason])).toEqual([
      ['Hội đồng KH&CN huyện Yên Thế', 'no-address'],
      ['Các phòng chuyên môn', 'no-address'],
      ['Văn phòng Sở', 'invalid-address'],
    ]);
    // Each skipped recipient is reported at its YAML line.
    const yaml = readFileSync(join(dir, 'plans/hoi-nghi.yaml'), 'utf8').split('\n');
    for (const s of report.skipped) {
      const [file, line] = s.where.split(':');
      expect(file).toBe('plans/hoi-nghi.yaml');
      expect(yaml.slice(Number(line) - 1, Number(line) + 2).join('\n')).toContain(s.recipient);
    }

    const log = logLines(dir);
    expect(log.map((e) => [e.to, e.result])).toEqual(report.sent.map((s: any) => [s.to, 'accepted']));
    for (const e of log) expect(typeof e.messageId === 'string' && typeof e.time === 'string' && e.recipient).toBeTruthy();

    // Nothing is left: a second run sends nothing.
    const again = await send(dir, env(server));
    expect(again.code, again.stderr).toBe(0);
    expect(server.received).toHaveLength(5);
    expect(again.stderr).toContain('Đã gửi: 0 · đã gửi từ trước: 5 · bỏ qua: 3');

    for (const text of [run.stdout, run.stderr, again.stdout, again.stderr, readFileSync(join(dir, LOG), 'utf8')]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    }
  });

  it('Message-IDs are derived from the plan, the document number and the recipient: the same in every run', async () => {
    const first = await serve();
    const a = makeProject();
    await send(a.dir, { PLAN_SMTP_PORT: String(first.port) });
    const b = makeProject();
    await send(b.dir, { PLAN_SMTP_PORT: String(first.port) });
    const ids = (dir: string) => logLines(dir).map((e) => `${e.to} ${e.messageId}`).sort();
    expect(ids(a.dir)).toEqual(ids(b.dir));
    expect(new Set(ids(a.dir).map((l) => l.split(' ')[1])).size).toBe(5);
    // Another document number is another message.
    const c = makeProject((d) => (d.invitations.number = '07'));
    await send(c.dir, { PLAN_SMTP_PORT: String(first.port) });
    const idOf = (dir: string, to: string) => logLines(dir).find((e) => e.to === to)!.messageId;
    expect(idOf(c.dir, 'an@example.vn')).not.toBe(idOf(a.dir, 'an@example.vn'));
    expect(idOf(c.dir, 'lanhdao@example.vn')).toBe(idOf(a.dir, 'lanhdao@example.vn'));
  });

  it('logs in with AUTH LOGIN when that is what the server offers; a wrong password stops the run and is never shown', async () => {
    const server = await serve({ requireAuth: true, authMethods: ['LOGIN'] });
    const { dir } = makeProject();
    const run = await send(dir, env(server), '--only', 'plan');
    expect(run.code, run.stderr).toBe(0);
    expect(server.received.map((r) => [r.to[0], r.method, r.user])).toEqual([['lanhdao@example.vn', 'LOGIN', USER]]);

    const wrong = makeProject();
    const bad = await send(wrong.dir, env(server, { PLAN_SMTP_PASSWORD: `${PASSWORD}x` }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Máy chủ thư từ chối đăng nhập');
    expect(bad.stderr).toContain('5 thư chưa gửi');
    expect(bad.stderr + bad.stdout).not.toContain(PASSWORD);
    expect(server.received).toHaveLength(1);
  });

  it('refuses to send without a password for the account, and never reads one from the plan', async () => {
    const server = await serve({ requireAuth: true });
    const { dir } = makeProject();
    const run = await send(dir, { PLAN_SMTP_PORT: String(server.port), PLAN_SMTP_USER: USER });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PLAN_SMTP_PASSWORD');
    const withPassword = makeProject((d) => (d.mail.password = PASSWORD));
    const rejected = await send(withPassword.dir, { PLAN_SMTP_PORT: String(server.port), PLAN_SMTP_USER: USER });
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/password/);
    expect(server.received).toHaveLength(0);
  });
});

describe('TLS', () => {
  const tls = selfSignedCertificate();

  it('upgrades with STARTTLS, verifies the server against PLAN_SMTP_CA, and refuses a certificate it cannot verify', async () => {
    const server = await serve({ requireAuth: true, key: tls.key, cert: tls.cert });
    const { dir } = makeProject();
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, tls.cert);

    const untrusted = await send(dir, env(server, { PLAN_SMTP_SECURE: 'starttls' }));
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toContain('Không thiết lập được kết nối mã hóa an toàn');
    expect(server.received).toHaveLength(0);

    const run = await send(dir, env(server, { PLAN_SMTP_SECURE: 'starttls', PLAN_SMTP_CA: caFile }));
    expect(run.code, run.stderr).toBe(0);
    expect(server.received).toHaveLength(5);
    for (const r of server.received) expect([r.secure, r.method]).toEqual([true, 'PLAIN']);
  });

  it('speaks TLS from the first byte with PLAN_SMTP_SECURE=tls', async () => {
    const server = await serve({ secure: true, requireAuth: true, key: tls.key, cert: tls.cert });
    const { dir } = makeProject();
    writeFileSync(join(dir, 'ca.pem'), tls.cert);
    const run = await send(dir, env(server, { PLAN_SMTP_SECURE: 'tls', PLAN_SMTP_CA: join(dir, 'ca.pem') }), '--only', 'plan');
    expect(run.code, run.stderr).toBe(0);
    expect(server.received.map((r) => [r.to[0], r.secure])).toEqual([['lanhdao@example.vn', true]]);
  });

  it('will not log in over a connection without TLS when the server requires STARTTLS first', async () => {
    const server = await serve({ requireAuth: true, key: tls.key, cert: tls.cert, allowInsecureAuth: false });
    const { dir } = makeProject();
    const run = await send(dir, env(server, { PLAN_SMTP_SECURE: 'none' }));
    expect(run.code).toBe(2);
    expect(server.received).toHaveLength(0);
  });
});

describe('resuming', () => {
  it('a 5xx for one recipient is reported and not retried, a 4xx is retried; the next run sends exactly the rest', async () => {
    const server = await serve({}, {
      rcpt: (address, attempt) => (address === 'binh@example.vn' ? 550 : address === 'cuong@example.vn' && attempt === 1 ? 451 : undefined),
    });
    const { dir } = makeProject();
    const first = await send(dir, env(server));
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('không gửi được Bà Trần Thị Bình, Hội đồng KH&CN Sở Công Thương <binh@example.vn>: máy chủ từ chối');
    expect(first.stderr).toContain('Đã gửi: 4 · đã gửi từ trước: 0 · bỏ qua: 3 · không gửi được: 1');
    expect(ADDRESSES.map((a) => server.count(a))).toEqual([1, 0, 1, 1, 1]);
    const log = logLines(dir);
    expect(log.find((e) => e.to === 'binh@example.vn')).toMatchObject({ result: 'rejected', attempts: 1, code: 550 });
    expect(log.find((e) => e.to === 'cuong@example.vn')).toMatchObject({ result: 'accepted', attempts: 2 });

    // The mailbox is fixed: the second run sends Bình's letter and nothing else.
    server.behaviour.rcpt = undefined;
    const second = await send(dir, env(server), '--json');
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).sent.map((s: any) => s.to)).toEqual(['binh@example.vn']);
    expect(ADDRESSES.map((a) => server.count(a))).toEqual([1, 1, 1, 1, 1]);
  });

  it('a 4xx that does not clear is retried with back-off, then left for the next run', async () => {
    const server = await serve({}, { rcpt: (address) => (address === 'an@example.vn' ? 421 : undefined) });
    const { dir } = makeProject();
    const first = await send(dir, env(server), '--only', 'invitations');
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('máy chủ tạm từ chối sau 3 lần thử');
    expect(logLines(dir).find((e) => e.to === 'an@example.vn')).toMatchObject({ result: 'deferred', attempts: 3 });
    server.behaviour.rcpt = undefined;
    const second = await send(dir, env(server), '--only', 'invitations');
    expect(second.code).toBe(0);
    expect(ADDRESSES.slice(0, 4).map((a) => server.count(a))).toEqual([1, 1, 1, 1]);
  });

  it('a server that drops the connection halfway stops the run; the next run sends exactly the rest, each once', async () => {
    let dropping = true;
    const server = await serve({}, { dropData: (to) => dropping && to.includes('binh@example.vn') });
    const { dir } = makeProject();
    const first = await send(dir, env(server), '--json');
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout);
    expect(report.sent.map((s: any) => s.to)).toEqual(['an@example.vn']);
    expect(report.failed.map((s: any) => [s.to, s.result, s.attempts])).toEqual([['binh@example.vn', 'failed', 3]]);
    expect(report.notAttempted.map((s: any) => s.to)).toEqual(['cuong@example.vn', 'dung@example.vn', 'lanhdao@example.vn']);
    expect(ADDRESSES.map((a) => server.count(a))).toEqual([1, 0, 0, 0, 0]);

    dropping = false;
    const second = await send(dir, env(server), '--json');
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).sent.map((s: any) => s.to)).toEqual(['binh@example.vn', 'cuong@example.vn', 'dung@example.vn', 'lanhdao@example.vn']);
    expect(ADDRESSES.map((a) => server.count(a))).toEqual([1, 1, 1, 1, 1]);
    expect(logLines(dir).filter((e) => e.result === 'accepted')).toHaveLength(5);
  });

  it('a crash that tore the last line of the log loses nothing accepted before it, and the log goes on', async () => {
    const server = await serve();
    const { dir } = makeProject();
    expect((await send(dir, env(server), '--only', 'invitations')).code).toBe(0);
    appendFileSync(join(dir, LOG), '{"v":1,"key":"plan|05|Lãnh đạo Trung tâm|lanhdao@exa');
    const resumed = await send(dir, env(server));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('1 dòng không đọc được');
    expect(ADDRESSES.map((a) => server.count(a))).toEqual([1, 1, 1, 1, 1]);
    // The torn fragment stays on a line of its own; every later entry is whole.
    const lines = readFileSync(join(dir, LOG), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(() => JSON.parse(lines[5]!)).not.toThrow();
    expect(JSON.parse(lines[5]!).to).toBe('lanhdao@example.vn');
  });
});

describe('plan send --dry-run', () => {
  it('sends nothing and writes each message as an .eml file that parses, with its attachment', async () => {
    const server = await serve();
    const { dir } = makeProject();
    const run = await send(dir, env(server), '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    expect(server.received).toHaveLength(0);
    expect(existsSync(join(dir, LOG))).toBe(false);
    const emlDir = join(dir, 'out/hoi-nghi/thu-dien-tu');
    const files = readdirSync(emlDir).sort();
    expect(files).toHaveLength(5);
    const parsed = await Promise.all(files.map(async (f) => [f, await simpleParser(readFileSync(join(emlDir, f)))] as const));
    const to = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.value[0]!.address : undefined);
    expect(parsed.map(([, m]) => to(m)).sort()).toEqual([...ADDRESSES].sort());
    for (const [f, m] of parsed) {
      expect(m.attachments).toHaveLength(1);
      expect(m.messageId).toMatch(/^<hoi-nghi\.(invitation|plan)\.0[56]\.[0-9a-f]{24}@skhcn\.example\.vn>$/);
      if (f.startsWith('giay-moi')) expect(m.subject).toMatch(/^Giấy mời số 06\/GM-KHCN/);
    }
    const an = parsed.find(([, m]) => to(m) === 'an@example.vn')![1];
    expect(docxText(an.attachments[0]!.content)).toContain('Nguyễn Văn An');
    for (const f of files) expect(readFileSync(join(emlDir, f), 'utf8')).not.toContain(PASSWORD);
    expect(run.stderr + run.stdout).not.toContain(PASSWORD);
    expect(run.stderr).toContain('Chạy thử, không gửi thư nào: đã tạo 5 tệp .eml');
  });

  it('needs no server, and builds the documents first when they are missing', async () => {
    const { dir } = makeProject((d) => delete d.mail.host);
    expect(existsSync(join(dir, 'out/hoi-nghi/ke-hoach.docx'))).toBe(false);
    const run = await send(dir, {}, '--dry-run', '--only', 'plan');
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'out/hoi-nghi/ke-hoach.docx'))).toBe(true);
    expect(readdirSync(join(dir, 'out/hoi-nghi/thu-dien-tu'))).toEqual(['ke-hoach-01.eml']);
    const real = await send(dir, {});
    expect(real.code).toBe(2);
    expect(real.stderr).toContain('PLAN_SMTP_HOST');
  });
});
