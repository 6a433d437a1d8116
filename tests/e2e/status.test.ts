// plan status through the built program: replies by group, documents and whether they are older than the plan, what
// the send log says was sent and what failed; the same as JSON.
import { utimesSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, PASSWORD, startServer, USER, type TestServer } from '../send/helpers.js';
import { runBuilt, STACK_TRACE } from './run-built.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const PLAN = 'plans/hoi-nghi.yaml';

describe('plan status', () => {
  it('one screen: replies by group, documents (stale ones marked), mail sent and failed; --json the same', async () => {
    const server = await startServer({ requireAuth: true }, { rcpt: (address) => (address === 'dung@example.vn' ? 550 : undefined) });
    servers.push(server);
    const { dir, planFile } = makeProject();
    const env = { PLAN_SMTP_PORT: String(server.port), PLAN_SMTP_USER: USER, PLAN_SMTP_PASSWORD: PASSWORD };
    const plan = async (...args: string[]) => {
      const r = await runBuilt(args, { cwd: dir, env });
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      return r;
    };

    let r = await plan('status', PLAN, '--json');
    expect(r.code, r.stderr).toBe(0);
    let status = JSON.parse(r.stdout);
    expect(status.hasReplies).toBe(false);
    expect(status.total).toEqual({ invited: 5, coming: 0, delegates: 0, notComing: 0, noReply: 5 });
    expect(status.documents.every((d: { built: boolean }) => !d.built)).toBe(true);

    await plan('send', PLAN, '--only', 'invitations');
    await plan('rsvp', PLAN, 'Sở Y tế', '--coming');
    await plan('rsvp', PLAN, 'Yên Thế', '--delegate', 'Ông Đỗ Văn C, Trưởng phòng');
    await plan('rsvp', PLAN, 'Sở Công Thương', '--not-coming');
    await plan('build', PLAN, '--only', 'attendees');
    // The plan changes after the attendee list was made.
    const later = new Date(Date.now() + 60_000);
    utimesSync(planFile, later, later);

    r = await plan('status', PLAN, '--json');
    expect(r.code, r.stderr).toBe(0);
    status = JSON.parse(r.stdout);
    expect(status.groups.map((g: { id: string; invited: number; coming: number; notComing: number; noReply: number }) => [g.id, g.invited, g.coming, g.notComing, g.noReply])).toEqual([
      ['hoi-dong-so', 2, 1, 1, 0],
      ['hoi-dong-huyen', 1, 1, 0, 0],
      ['truong', 1, 0, 0, 1],
      ['bao-chi', 1, 0, 0, 1],
    ]);
    expect(status.total).toEqual({ invited: 5, coming: 2, delegates: 1, notComing: 1, noReply: 2 });
    const doc = (kind: string) => status.documents.find((d: { kind: string }) => d.kind === kind);
    expect(doc('attendees')).toMatchObject({ built: true, stale: true });
    expect(doc('invitations')).toMatchObject({ built: true, count: 5, stale: true });
    expect(doc('badges')).toMatchObject({ built: false });
    expect(status.send.sent).toEqual({ invitation: 3 });
    expect(status.send.failed).toEqual([expect.objectContaining({ kind: 'invitation', to: 'dung@example.vn', result: 'rejected' })]);

    r = await plan('status', PLAN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tổng cộng\s+5\s+2\s+1\s+2/);
    expect(r.stdout).toMatch(/\(trong đó 1 cử người dự thay\)/);
    expect(r.stdout).toMatch(/⚠ danh-sach-dai-bieu\.docx\s+cũ hơn kế hoạch/);
    expect(r.stdout).toMatch(/– the-ten\.docx\s+chưa tạo \(plan build --only badges\)/);
    expect(r.stdout).toMatch(/đã gửi: 3 Giấy mời, 0 Kế hoạch, 0 thư nhắc/);
    expect(r.stdout).toMatch(/✖ chưa gửi được Phạm Dung.* <dung@example\.vn>: .*550/);
    r = await plan('status', PLAN, '--lang', 'en');
    expect(r.stdout).toMatch(/Total\s+5\s+2\s+1\s+2/);
  }, 120_000);
});
