import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import { isEmail } from '../text/email.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { PlanModel } from '../model/plan.js';

export type Secure = 'none' | 'starttls' | 'tls';
export const SECURE_MODES: readonly Secure[] = ['none', 'starttls', 'tls'];

export interface SmtpSettings {
  host: string;
  port: number;
  secure: Secure;
  user?: string;
  /** From PLAN_SMTP_PASSWORD only; never printed, never written. */
  password?: string;
  /** Extra trusted certificates (PEM) from PLAN_SMTP_CA, e.g. an agency's own certificate authority. */
  ca?: string;
}

export interface MailSettings {
  /** Absent in a dry run without a server configured. */
  smtp?: SmtpSettings;
  from: { name: string; address: string };
  perMinute: number;
  retries: number;
  retryDelayMs: number;
}

/** A setting that is missing or wrong: a usage problem (exit code 2), about no file, since it may come from either. */
const configProblem = (messageId: string, params?: Record<string, string | number>): Diagnostic =>
  ({ severity: 'error', kind: 'usage', ruleId: 'send/config', messageId, ...(params ? { params } : {}) });

export const DEFAULTS = { perMinute: 30, retries: 3, retryDelaySeconds: 5 } as const;
const DEFAULT_PORT: Record<Secure, number> = { none: 25, starttls: 587, tls: 465 };

const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/** `Sở Y tế <vanthu@soyte.gov.vn>` or a bare address. */
export function parseFrom(text: string): { name?: string; address: string } | undefined {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+)>\s*$/.exec(text);
  const address = (m ? m[2]! : text).trim();
  if (!isEmail(address)) return undefined;
  const name = m?.[1]?.trim();
  return { ...(name ? { name } : {}), address };
}

/**
 * The sender and the server: the plan's `mail:` block, each value overridden by its environment variable. The password
 * comes only from PLAN_SMTP_PASSWORD (the schema has no field for it). `needServer` is false for a dry run.
 */
export async function resolveMailSettings(
  model: PlanModel,
  env: NodeJS.ProcessEnv,
  needServer: boolean,
): Promise<{ ok: true; settings: MailSettings } | { ok: false; problems: Diagnostic[] }> {
  const mail = model.mail ?? {};
  const problems: Diagnostic[] = [];
  const envValue = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  // Sender: PLAN_SMTP_FROM, else mail.fromEmail, else an address written in issuer.address; the agency's name.
  let from: { name: string; address: string } | undefined;
  const fromEnv = envValue('PLAN_SMTP_FROM');
  const defaultName = mail.fromName ?? model.issuer.nameInText;
  if (fromEnv !== undefined) {
    const parsed = parseFrom(fromEnv);
    if (!parsed) problems.push(configProblem('send/bad-from', { value: fromEnv }));
    else from = { name: parsed.name ?? defaultName, address: parsed.address };
  } else {
    const address = mail.fromEmail ?? EMAIL_IN_TEXT.exec(model.issuer.address ?? '')?.[0];
    if (address === undefined) problems.push(configProblem('send/no-from'));
    else from = { name: defaultName, address };
  }

  let secure: Secure = mail.secure ?? 'starttls';
  const secureEnv = envValue('PLAN_SMTP_SECURE');
  if (secureEnv !== undefined) {
    if ((SECURE_MODES as string[]).includes(secureEnv.toLowerCase())) secure = secureEnv.toLowerCase() as Secure;
    else problems.push(configProblem('send/bad-secure', { value: secureEnv, allowed: SECURE_MODES.join(', ') }));
  }
  let port = mail.port ?? DEFAULT_PORT[secure];
  const portEnv = envValue('PLAN_SMTP_PORT');
  if (portEnv !== undefined) {
    const n = Number(portEnv);
    if (/^\d+$/.test(portEnv) && n >= 1 && n <= 65535) port = n;
    else problems.push(configProblem('send/bad-port', { value: portEnv }));
  }
  const host = envValue('PLAN_SMTP_HOST') ?? mail.host;
  const user = envValue('PLAN_SMTP_USER') ?? mail.user;
  // Not trimmed: a password may begin or end with a space.
  const password = env.PLAN_SMTP_PASSWORD === undefined || env.PLAN_SMTP_PASSWORD === '' ? undefined : env.PLAN_SMTP_PASSWORD;

  let smtp: SmtpSettings | undefined;
  if (host === undefined) {
    if (needServer) problems.push(configProblem('send/no-host'));
  } else {
    if (user !== undefined && password === undefined && needServer) problems.push(configProblem('send/no-password', { user }));
    let ca: string | undefined;
    const caFile = envValue('PLAN_SMTP_CA');
    if (caFile !== undefined) {
      try {
        ca = await readFile(caFile, 'utf8');
      } catch (error) {
        problems.push(configProblem('send/ca-unreadable', { file: caFile, code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
      }
    }
    smtp = { host, port, secure, ...(user !== undefined ? { user } : {}), ...(password !== undefined ? { password } : {}), ...(ca ? { ca } : {}) };
  }

  if (problems.length > 0 || from === undefined) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      ...(smtp ? { smtp } : {}),
      from,
      perMinute: mail.perMinute ?? DEFAULTS.perMinute,
      retries: mail.retries ?? DEFAULTS.retries,
      retryDelayMs: Math.round((mail.retryDelay ?? DEFAULTS.retryDelaySeconds) * 1000),
    },
  };
}

/** nodemailer's SMTP options for the settings: TLS verified always, against the system's and PLAN_SMTP_CA's certificates. */
export function transportOptions(smtp: SmtpSettings) {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure === 'tls',
    requireTLS: smtp.secure === 'starttls',
    ignoreTLS: smtp.secure === 'none',
    ...(smtp.user !== undefined ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    tls: {
      minVersion: 'TLSv1.2' as const,
      ...(smtp.ca ? { ca: [...rootCertificates, smtp.ca] } : {}),
    },
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
    logger: false,
    debug: false,
  };
}

/** Replaces the password, in clear and in the encodings AUTH PLAIN/LOGIN send it, wherever it might be echoed. */
export function redactor(password: string | undefined): (text: string) => string {
  if (!password) return (text) => text;
  const secrets = [password, Buffer.from(password).toString('base64')].filter((s) => s.length >= 1);
  return (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
}
