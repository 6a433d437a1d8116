import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FileResult, ReportOptions, Reporter } from './types.js';

export type { FileResult, ReportOptions, Reporter } from './types.js';
export { shouldUseColor } from './color.js';
export { stylish, summaryLine } from './stylish.js';
export { json, toJsonDiagnostics, type JsonDiagnostic } from './json.js';
export { github, escapeData, escapeProperty } from './github.js';
export { sarif, toSarif, type SarifLog } from './sarif.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (value: unknown): value is Format =>
  typeof value === 'string' && (FORMATS as readonly string[]).includes(value);

const REPORTERS: Record<Format, Reporter> = { stylish, json, github, sarif };

/** Renders every file's diagnostics in `format`. Pure: the caller writes the string (it ends with a newline unless empty). */
export function report(format: Format, results: readonly FileResult[], options: ReportOptions): string {
  return REPORTERS[format](results, options);
}
