import type { Lang } from '../i18n/messages/types.js';
import { report, shouldUseColor, type Format } from '../report/index.js';
import type { FileResult } from '../report/types.js';
import type { Io } from './io.js';

export interface OutputOptions {
  lang: Lang;
  format: Format;
}

/** Diagnostics go to stdout for machine formats (CI reads them) and to stderr for people. */
export function emitReport(results: readonly FileResult[], options: OutputOptions, io: Io, stream: 'auto' | 'stderr' = 'auto'): void {
  const toStdout = stream === 'auto' && options.format !== 'stylish';
  const out = toStdout ? io.stdout : io.stderr;
  const text = report(options.format, results, {
    lang: options.lang,
    color: options.format === 'stylish' && shouldUseColor(out, io.env),
    cwd: io.cwd,
  });
  if (text) out.write(text);
}
