import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are refused: a plan is a few kilobytes, its largest real ones well under 1 MB. */
export const MAX_BODY = 5 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Everything the page needs comes from here: no CDN, no other address.
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'",
};

export function send(response: ServerResponse, status: number, body: string | Uint8Array, type: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

export const sendJson = (response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
