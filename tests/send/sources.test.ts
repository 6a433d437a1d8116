import { readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeProject, startServer, type TestServer } from './helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const CSV = ['STT,Họ và tên,Đơn vị,Email', '1,Nguyễn Văn An,Sở Y tế,an@example.vn', '2,Trần Thị Bình,Sở Công Thương,', '3,Lê Văn Cường,Trường Cao đẳng Ngô Gia Tự,cuong@example.vn', ''].join('\r\n');

describe('where the addresses come from', () => {
  it('an invitee list in CSV with an Email column: letters go to its addresses; a row without one is skipped at its row', async () => {
    const server = await startServer();
    servers.push(server);
    const { dir } = makeProject((d) => {
      d.invitations.data = 'khach-moi.csv';
      delete d.invitations.invitees;
    });
    writeFileSync(join(dir, 'plans/khach-moi.csv'), CSV);
    const run = await runCli(['send', '--json', '--only', 'invitations'], { cwd: dir, env: { PLAN_SMTP_PORT: String(server.port) } });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sent.map((s: any) => [s.recipient, s.to])).toEqual([
      ['Nguyễn Văn An, Sở Y tế', 'an@example.vn'],
      ['Lê Văn Cường, Trường Cao đẳng Ngô Gia Tự', 'cuong@example.vn'],
    ]);
    expect(report.skipped).toEqual([{ kind: 'invitation', recipient: 'Trần Thị Bình, Sở Công Thương', reason: 'no-address', where: 'plans/khach-moi.csv:3' }]);
    expect(server.received.map((r) => r.to[0])).toEqual(['an@example.vn', 'cuong@example.vn']);
    const cuong = await simpleParser(server.received[1]!.raw);
    expect(cuong.text).toContain('Kính gửi: Lê Văn Cường, Trường Cao đẳng Ngô Gia Tự');
  });

  it('plan check warns, at the recipient’s line, about an invitee or electronic recipient without a valid address', async () => {
    const { dir, planFile } = makeProject();
    const run = await runCli(['check', 'plans/hoi-nghi.yaml', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(run.code, run.stdout).toBe(0);
    const findings = (JSON.parse(run.stdout) as any[]).filter((d) => d.ruleId === 'email/address');
    const lines = readFileSync(planFile, 'utf8').split('\n');
    expect(findings.map((d: any) => [d.severity, d.message])).toEqual([
      ['warning', '“Các phòng chuyên môn” has no email address: plan send will skip it. Add email: … (invitee) or { name, email } (electronic recipient).'],
      ['warning', '“vanphong@@example” for “Văn phòng Sở” is not a valid email address: plan send will skip it. For example: vanthu@soyte.gov.vn.'],
      ['warning', '“Hội đồng KH&CN huyện Yên Thế” has no email address: plan send will skip it. Add email: … (invitee) or { name, email } (electronic recipient).'],
    ]);
    // In the order of the file: recipients come before invitations.
    expect(lines[findings[0].line - 1]).toContain('Các phòng chuyên môn');
    expect(lines[findings[1].line - 1]).toContain('vanphong@@example');
    expect(lines[findings[2].line - 1]).toContain('Yên Thế');
  });

  it('plan check stays quiet about addresses in a plan that does not use e-mail (the seed)', async () => {
    const { dir } = makeProject((d) => {
      delete d.mail;
      d.invitations.invitees = d.invitations.invitees.map(({ email: _e, ...rest }: any) => rest);
      d.recipients.electronic = ['Lãnh đạo Trung tâm'];
    });
    const run = await runCli(['check', 'plans/hoi-nghi.yaml', '--format', 'json'], { cwd: dir });
    expect(run.stdout).not.toContain('email/address');
  });
});

describe('attachments and progress', () => {
  it('attaches the PDF made beside the letter, unless it is older than the letter', async () => {
    const { dir } = makeProject();
    const env = {};
    expect((await runCli(['send', '--dry-run', '--only', 'plan'], { cwd: dir, env })).code).toBe(0);
    const pdf = join(dir, 'out/hoi-nghi/ke-hoach.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    const eml = () => simpleParser(readFileSync(join(dir, 'out/hoi-nghi/thu-dien-tu/ke-hoach-01.eml')));
    await runCli(['send', '--dry-run', '--only', 'plan'], { cwd: dir, env });
    expect((await eml()).attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['ke-hoach.pdf', 'application/pdf'],
    ]);
    const old = new Date(Date.now() - 3600_000);
    utimesSync(pdf, old, old);
    await runCli(['send', '--dry-run', '--only', 'plan'], { cwd: dir, env });
    expect((await eml()).attachments.map((a) => a.filename)).toEqual(['ke-hoach.docx']);
    expect(readdirSync(join(dir, 'out/hoi-nghi'))).toContain('ke-hoach.docx');
  });

  it('draws a progress bar on a terminal, and none otherwise', async () => {
    const { dir } = makeProject();
    const tty = await runCli(['send', '--dry-run'], { cwd: dir, env: {}, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\rGửi thư \[#{30}\] 5\/5/);
    const pipe = await runCli(['send', '--dry-run'], { cwd: dir, env: {} });
    expect(pipe.stderr).not.toContain('\r');
  });
});

describe('Ctrl-C', () => {
  it('finishes and logs the message in flight, stops, and the next run sends the rest', async () => {
    let interrupted = false;
    const server = await startServer({}, {
      dropData: () => {
        // The signal arrives while the second message is being accepted.
        if (!interrupted && server.received.length === 1) {
          interrupted = true;
          process.emit('SIGINT');
        }
        return false;
      },
    });
    servers.push(server);
    const { dir } = makeProject();
    const env = { PLAN_SMTP_PORT: String(server.port) };
    const first = await runCli(['send', '--json'], { cwd: dir, env });
    expect(interrupted).toBe(true);
    // 128 + SIGINT, as a shell reports a run stopped by Ctrl+C.
    expect(first.code).toBe(130);
    const report = JSON.parse(first.stdout);
    expect(report.stoppedBy).toBe('interrupt');
    expect(report.sent).toHaveLength(2);
    expect(report.notAttempted).toHaveLength(3);
    expect(server.received).toHaveLength(2);
    const second = await runCli(['send', '--json'], { cwd: dir, env });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).sent).toHaveLength(3);
    const counts = new Map<string, number>();
    for (const r of server.received) counts.set(r.to[0]!, (counts.get(r.to[0]!) ?? 0) + 1);
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});
