import path from 'node:path';

type PathApi = Pick<typeof path, 'isAbsolute' | 'relative' | 'sep'>;

/**
 * `file` relative to `cwd` when both are absolute and the file lies inside cwd; otherwise `file` unchanged.
 * Never consults process.cwd(). `api` lets tests use path.win32 on any machine.
 */
export function displayPath(file: string, cwd?: string, api: PathApi = path): string {
  if (!cwd || !api.isAbsolute(file) || !api.isAbsolute(cwd)) return file;
  const rel = api.relative(cwd, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${api.sep}`) || api.isAbsolute(rel)) return file;
  return rel;
}

/**
 * `file` relative to `cwd` with forward slashes, `..` included: how the manifest, the summaries and the watch loop
 * name a file, so that paths printed on any system compare equal. '' when `file` is `cwd`.
 */
export function relativeSlashPath(file: string, cwd: string, api: Pick<typeof path, 'relative' | 'sep'> = path): string {
  return api.relative(cwd, file).split(api.sep).join('/');
}

/** displayPath with forward slashes, for github and SARIF. */
export function slashPath(file: string, cwd?: string, api: PathApi = path): string {
  return displayPath(file, cwd, api).replaceAll('\\', '/');
}

/**
 * A URI reference for SARIF's artifactLocation.uri: relative paths percent-encoded segment by segment
 * (Vietnamese file names, spaces, `#`); absolute paths as file:// URIs.
 */
export function toUri(file: string, cwd?: string, api: PathApi = path): string {
  const p = slashPath(file, cwd, api);
  const encoded = p
    .split('/')
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded}`;
  if (p.startsWith('//')) return `file:${encoded}`; // UNC: //server/share/…
  if (p.startsWith('/')) return `file://${encoded}`;
  return encoded;
}
