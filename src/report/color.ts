/**
 * Whether to colour the output written to `stream`. FORCE_COLOR decides when set (as in Node and chalk:
 * `0`/`false` → no, anything else including empty → yes); otherwise colour needs a TTY, an empty or unset
 * NO_COLOR (https://no-color.org) and a terminal other than `dumb`.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
