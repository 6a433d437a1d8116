// The page's calls to `plan serve`. The token travels in the cookie the server set on the first load.
export interface JsonDiagnostic {
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
  file: string;
  /** `plan check --fix` can repair it. */
  fixable?: boolean;
}

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
const withLang = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

export async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(withLang(path), { credentials: 'same-origin' });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return (await r.json()) as T;
}

export async function post(path: string, body: unknown): Promise<Response> {
  return fetch(withLang(path), { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export const pageLang = lang;
