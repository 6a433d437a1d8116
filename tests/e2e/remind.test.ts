// plan send --remind through the built program against a local SMTP server: only the invitees without a reply get a
// reminder, with their letter attached again, and never twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, PASSWORD, startServer, USER, type TestServer } from '../send/helpers.js';
import { runBuilt, STACK_TRACE } from './run-built.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const PLAN = 'plans/hoi-nghi.yaml';

describe('plan send --remind', () => {
  it('reminds only those without a reply, with the letter again, once; the first sending is logged apart', async () => {
    const server = await startServer({ requireAuth: true });
    servers.push(server);
    const { dir } = makeProject();
    const env = { PLAN_SMTP_PORT: String(server.port), PLAN_SMTP_USER: USER, PLAN_SMTP_PASSWORD: PASSWORD };
    const plan = async (...args: string[]) => {
      const r = await runBuilt(args, { cwd: dir, env });
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      return r;
    };

    let r = await plan('send', PLAN, '--only', 'invitations');
    expect(r.code, r.stderr).toBe(0);
    expect(server.received).toHaveLength(4);

    await plan('rsvp', PLAN, 'Sở Y tế', '--coming');
    await plan('rsvp', PLAN, 'Ngô Gia Tự', '--not-coming');

    r = await plan('send', PLAN, '--remind', '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.sent.map((s: { kind: string; to: string }) => [s.kind, s.to])).toEqual([['reminder', 'binh@example.vn'], ['reminder', 'dung@example.vn']]);
    // Yên Thế has not replied either, and has no address: named as skipped, not silently left out.
    expect(report.skipped.map((s: { recipient: string; reason: string }) => [s.recipient, s.reason])).toEqual([['Hội đồng KH&CN huyện Yên Thế', 'no-address']]);
    const reminders = server.received.slice(4);
    expect(reminders.map((m) => m.to[0])).toEqual(['binh@example.vn', 'dung@example.vn']);
    const mail = await simpleParser(reminders[0]!.raw);
    expect(mail.subject).toBe('Nhắc xác nhận tham dự trước ngày 27/7/2018: Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018');
    expect(mail.text).toContain('chưa nhận được xác nhận tham dự');
    expect(mail.attachments).toHaveLength(1);
    expect(strFromU8(unzipSync(new Uint8Array(mail.attachments[0]!.content))['word/document.xml']!)).toContain('Trần Thị Bình');
    expect(mail.messageId).toMatch(/\.reminder\./);

    // Again: nobody gets a second reminder.
    r = await plan('send', PLAN, '--remind', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sent).toEqual([]);
    expect(JSON.parse(r.stdout).alreadySent).toHaveLength(2);
    expect(server.received).toHaveLength(6);

    const log = readFileSync(join(dir, 'out/hoi-nghi/nhat-ky-gui.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log.filter((e) => e.kind === 'invitation')).toHaveLength(4);
    expect(log.filter((e) => e.kind === 'reminder').map((e) => e.to)).toEqual(['binh@example.vn', 'dung@example.vn']);

    // The first sending is still complete: a plain send sends nothing new.
    r = await plan('send', PLAN, '--only', 'invitations', '--json');
    expect(JSON.parse(r.stdout).sent).toEqual([]);
  }, 120_000);

  it('--dry-run writes the reminders as .eml files', async () => {
    const { dir } = makeProject();
    const r = await runBuilt(['send', PLAN, '--remind', '--dry-run', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const written = JSON.parse(r.stdout).sent.map((s: { file: string }) => s.file);
    expect(written).toHaveLength(4);
    expect(written.every((f: string) => /\/nhac-xac-nhan-\d{3}-.*\.eml$/.test(f))).toBe(true);
  }, 120_000);
});
