import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { parse, stringify } from 'yaml';
import { SEED_PLAN } from '../helpers/seed.js';

export const SEED = SEED_PLAN;
export const PASSWORD = 'S3cr3t-mật-khẩu!';
export const USER = 'vanthu';

/** Invitees of the test plan: four with an address, one without. */
export const INVITEES = [
  { organization: 'Hội đồng KH&CN Sở Y tế', name: 'Nguyễn Văn An', salutation: 'Ông', email: 'an@example.vn', group: 'hoi-dong-so' },
  { organization: 'Hội đồng KH&CN Sở Công Thương', name: 'Trần Thị Bình', salutation: 'Bà', email: 'binh@example.vn', group: 'hoi-dong-so' },
  { organization: 'Hội đồng KH&CN huyện Yên Thế', group: 'hoi-dong-huyen' },
  { organization: 'Trường Cao đẳng Ngô Gia Tự', name: 'Lê Văn Cường', email: 'cuong@example.vn', group: 'truong' },
  { organization: 'Báo Bắc Giang', name: 'Phạm Dung', email: 'dung@example.vn', group: 'bao-chi' },
];
/** Electronic recipients: one with an address, one without, one with an address that is not one. */
export const ELECTRONIC = [
  { name: 'Lãnh đạo Trung tâm', email: 'lanhdao@example.vn' },
  'Các phòng chuyên môn',
  { name: 'Văn phòng Sở', email: 'vanphong@@example' },
];
/** Everyone who gets a message from the test plan. */
export const ADDRESSES = ['an@example.vn', 'binh@example.vn', 'cuong@example.vn', 'dung@example.vn', 'lanhdao@example.vn'];

/**
 * A project folder with plans/hoi-nghi.yaml: the seed plan with invitees that have addresses, electronic recipients
 * with one, and a mail block that never retries slowly. `edit` changes the data before it is written.
 */
export function makeProject(edit: (data: Record<string, any>) => void = () => {}): { dir: string; planFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-send-'));
  const data = parse(readFileSync(SEED, 'utf8')) as Record<string, any>;
  data.invitations.invitees = INVITEES;
  data.recipients.electronic = ELECTRONIC;
  data.mail = { fromEmail: 'vanthu@skhcn.example.vn', host: '127.0.0.1', secure: 'none', perMinute: 10000, retries: 2, retryDelay: 0 };
  edit(data);
  mkdirSync(join(dir, 'plans'));
  const planFile = join(dir, 'plans', 'hoi-nghi.yaml');
  writeFileSync(planFile, `# yaml-language-server: $schema=../schema/plan.schema.json\n${stringify(data, { lineWidth: 0 })}`);
  return { dir, planFile };
}

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  user?: string;
  method?: string;
  secure: boolean;
}

export interface Behaviour {
  /** SMTP code to answer RCPT TO with, per attempt (1-based) for an address; undefined accepts. */
  rcpt?: (address: string, attempt: number) => number | undefined;
  /** Drop the connection instead of answering the end of DATA. */
  dropData?: (to: string[]) => boolean;
  /** Awaited before a message is accepted: the client waits for the reply meanwhile. */
  beforeAccept?: (to: string[]) => Promise<void> | void;
}

export interface TestServer {
  port: number;
  received: Received[];
  /** Deliveries accepted, per recipient address. */
  count: (address: string) => number;
  behaviour: Behaviour;
  close: () => Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 and an ephemeral port that keeps what it accepts. */
export async function startServer(options: Partial<SMTPServerOptions> & { requireAuth?: boolean } = {}, behaviour: Behaviour = {}): Promise<TestServer> {
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  const { requireAuth, ...rest } = options;
  let server: SMTPServer;
  server = new SMTPServer({
    logger: false,
    disabledCommands: rest.key ? [] : ['STARTTLS'],
    authOptional: !requireAuth,
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: !rest.key,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: `${USER}:${auth.method}` });
      else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const n = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, n);
      const code = t.behaviour.rcpt?.(address.address, n);
      if (code === undefined) return callback();
      callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (t.behaviour.dropData?.(to)) {
          for (const c of (server as any).connections as Set<any>) if (c.id === session.id) c._socket.destroy();
          return;
        }
        const user = typeof session.user === 'string' ? session.user : undefined;
        const accept = () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to,
            raw: Buffer.concat(chunks),
            ...(user ? { user: user.split(':')[0]!, method: user.split(':')[1]! } : {}),
            secure: session.secure,
          });
          callback();
        };
        if (t.behaviour.beforeAccept) void Promise.resolve(t.behaviour.beforeAccept(to)).then(accept);
        else accept();
      });
    },
    ...rest,
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const t: TestServer = {
    port: (server.server.address() as AddressInfo).port,
    received,
    count: (address) => received.filter((r) => r.to.includes(address)).length,
    behaviour,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return t;
}

// A self-signed X.509 certificate for 127.0.0.1 / localhost, built from DER by hand (node makes keys, not certificates).
const der = (tag: number, content: Buffer): Buffer => {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
};
const seq = (...items: Buffer[]) => der(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => der(0x31, Buffer.concat(items));
const oid = (text: string): Buffer => {
  const [a, b, ...rest] = text.split('.').map(Number);
  const bytes = [a! * 40 + b!];
  for (const v of rest) {
    const parts = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) parts.unshift((x & 0x7f) | 0x80);
    bytes.push(...parts);
  }
  return der(0x06, Buffer.from(bytes));
};
const time = (d: Date) => der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
const ECDSA_SHA256 = () => seq(oid('1.2.840.10045.4.3.2'));

export function selfSignedCertificate(): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = seq(set(seq(oid('2.5.4.3'), der(0x0c, Buffer.from('localhost')))));
  const now = Date.now();
  const san = seq(oid('2.5.29.17'), der(0x04, seq(der(0x82, Buffer.from('localhost')), der(0x87, Buffer.from([127, 0, 0, 1])))));
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.from([0x01, 0x23, 0x45, 0x67])),
    ECDSA_SHA256(),
    name,
    seq(time(new Date(now - 3600_000)), time(new Date(now + 86400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    der(0xa3, seq(san)),
  );
  const signature = sign('sha256', tbs, privateKey as KeyObject);
  const cert = seq(tbs, ECDSA_SHA256(), der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const pem = `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), cert: pem };
}
