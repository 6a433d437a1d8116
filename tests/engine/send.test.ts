import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { send, type SendNotice } from '../../src/engine/send.js';
import { makeProject, startServer, type TestServer } from '../send/helpers.js';

// `plan send` without the CLI, as `plan serve` calls it: a request in, a result out, nothing printed.
const OUT = join('out', 'hoi-nghi');
const dirs: string[] = [];
let servers: TestServer[] = [];
const fresh = () => {
  const { dir } = makeProject();
  dirs.push(dir);
  return dir;
};
/** This process as the lock's owner; `alive` says which other processes run. */
const ioOf = (cwd: string, env: NodeJS.ProcessEnv = {}, alive: (pid: number) => boolean = () => false) => ({ cwd, env, pid: 4242, isAlive: alive });
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('engine send', () => {
  it('a dry run builds what is missing, writes one .eml per message, and tells as it goes', async () => {
    const cwd = fresh();
    const notices: SendNotice['step'][] = [];
    const result = await send({ lang: 'en', dryRun: true, notify: (n) => notices.push(n.step) }, ioOf(cwd));
    expect(result.stopped).toBeUndefined();
    expect(result.code).toBe(0);
    expect(notices).toEqual(['findings', 'building', 'built', 'pdfs-left-out']);
    expect(result.notices.map((n) => n.step)).toEqual(notices);
    expect(result.build?.code).toBe(0);
    expect(result.delivery?.outcomes.map((o) => o.result)).toEqual(['written', 'written', 'written', 'written', 'written']);
    expect(result.written).toHaveLength(5);
    for (const file of result.written) expect(existsSync(join(cwd, OUT, file))).toBe(true);
    expect(result.skipped).toHaveLength(3);
    expect(result.timings.send).toBeGreaterThanOrEqual(0);
    // A dry run takes no lock and keeps no log.
    expect(readdirSync(join(cwd, OUT)).filter((f) => f.startsWith('nhat-ky-gui'))).toEqual([]);
  });

  it('the signal stops it after the message in flight, which is logged; the next run sends only the rest', async () => {
    const cwd = fresh();
    const controller = new AbortController();
    const server = await startServer({}, { beforeAccept: () => controller.abort() });
    servers.push(server);
    const env = { PLAN_SMTP_PORT: String(server.port) };
    const first = await send({ lang: 'en', signal: controller.signal }, ioOf(cwd, env));
    expect(first.code).toBe(130);
    expect(first.delivery?.stoppedBy).toBe('interrupt');
    expect(first.delivery?.outcomes.map((o) => o.result)).toEqual(['accepted']);
    expect(first.delivery?.notAttempted).toHaveLength(4);
    const log = readFileSync(join(cwd, OUT, 'nhat-ky-gui.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log.map((e) => [e.result, e.to])).toEqual([['accepted', server.received[0]!.to[0]]]);
    expect(existsSync(join(cwd, OUT, 'nhat-ky-gui.jsonl.lock'))).toBe(false);

    server.behaviour.beforeAccept = undefined;
    const second = await send({ lang: 'en' }, ioOf(cwd, env));
    expect(second.code).toBe(0);
    expect(second.already).toHaveLength(1);
    expect(second.delivery?.outcomes).toHaveLength(4);
    expect(new Set(server.received.map((r) => r.to[0])).size).toBe(5);
  });

  it('the signal ends a long pause before a retry: the message is logged as deferred, and the run stops', async () => {
    const { dir: cwd } = makeProject((data) => {
      data.mail.retryDelay = 600;
    });
    dirs.push(cwd);
    const controller = new AbortController();
    const server = await startServer({}, {
      rcpt: () => {
        setTimeout(() => controller.abort(), 100);
        return 451;
      },
    });
    servers.push(server);
    const started = Date.now();
    const result = await send({ lang: 'en', signal: controller.signal }, ioOf(cwd, { PLAN_SMTP_PORT: String(server.port) }));
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(130);
    expect(result.delivery?.outcomes.map((o) => [o.result, o.attempts])).toEqual([['deferred', 1]]);
    expect(result.delivery?.notAttempted).toHaveLength(4);
    const log = readFileSync(join(cwd, OUT, 'nhat-ky-gui.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log.map((e) => e.result)).toEqual(['deferred']);
  });

  it('the lock is the injected process’s: a live owner stops the run (usage, no file), a dead one is taken over', async () => {
    const cwd = fresh();
    const server = await startServer();
    servers.push(server);
    const env = { PLAN_SMTP_PORT: String(server.port) };
    // Documents first, so that the lock is the only thing in the way.
    expect((await send({ lang: 'en', dryRun: true }, ioOf(cwd))).code).toBe(0);
    const lockFile = join(cwd, OUT, 'nhat-ky-gui.jsonl.lock');
    writeFileSync(lockFile, '777');

    const held = await send({ lang: 'en' }, ioOf(cwd, env, (pid) => pid === 777));
    expect(held.stopped).toBe('locked');
    expect(held.failure).toEqual([expect.objectContaining({ kind: 'usage', messageId: 'send/locked', params: { pid: 777 } })]);
    expect(held.failure[0]!.file).toBeUndefined();
    expect(held.code).toBe(2);
    expect(server.received).toHaveLength(0);

    const takenOver = await send({ lang: 'en' }, ioOf(cwd, env, () => false));
    expect(takenOver.code).toBe(0);
    expect(server.received).toHaveLength(5);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('a settings problem is a usage diagnostic about no file', async () => {
    const cwd = fresh();
    const result = await send({ lang: 'en' }, ioOf(cwd, { PLAN_SMTP_PORT: 'abc' }));
    expect(result.stopped).toBe('usage');
    expect(result.failure.map((d) => [d.kind, d.file, d.messageId])).toEqual([['usage', undefined, 'send/bad-port']]);
    expect(result.code).toBe(2);
  });
});
