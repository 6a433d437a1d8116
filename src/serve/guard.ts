// Who may talk to `plan serve`: only a page on this machine that knows the token printed at start.
// The Host check defends against DNS rebinding (a foreign name resolving to 127.0.0.1); the Origin check against
// another site's page posting to us; the token against every other local program and page.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'plan_token';
export const TOKEN_HEADER = 'x-plan-token';

export const newToken = (): string => randomBytes(24).toString('base64url');

export type Verdict = { ok: true; viaQuery: boolean } | { ok: false; status: 403; reason: 'host' | 'origin' | 'token' };

const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function checkRequest(request: IncomingMessage, url: URL, port: number, token: string): Verdict {
  const allowed = LOCAL_HOSTS.map((h) => `${h}:${port}`);
  if (!allowed.includes(request.headers.host ?? '')) return { ok: false, status: 403, reason: 'host' };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.map((a) => `http://${a}`).includes(origin)) return { ok: false, status: 403, reason: 'origin' };
  const viaQuery = sameToken(url.searchParams.get('token') ?? undefined, token);
  const header = request.headers[TOKEN_HEADER];
  if (viaQuery || sameToken(typeof header === 'string' ? header : undefined, token) || sameToken(cookie(request, TOKEN_COOKIE), token)) {
    return { ok: true, viaQuery };
  }
  return { ok: false, status: 403, reason: 'token' };
}
