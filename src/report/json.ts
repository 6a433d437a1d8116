import { formatMessage } from '../i18n/index.js';
import type { Severity } from '../core/diagnostic.js';
import { collect } from './collect.js';
import { displayPath } from './paths.js';
import type { FileResult, ReportOptions } from './types.js';

/** One entry of the json format. Positions are null for a diagnostic about the whole file; all are, and the file too, for one about no file. */
export interface JsonDiagnostic {
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: Severity;
  ruleId: string;
  message: string;
  messageId: string;
  params?: Record<string, string | number>;
  citation?: string;
}

export function toJsonDiagnostics(results: readonly FileResult[], options: ReportOptions): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  for (const group of collect(results)) {
    const file = group.file === undefined ? null : displayPath(group.file, options.cwd);
    for (const d of group.diagnostics) {
      out.push({
        file,
        line: d.range?.start.line ?? null,
        column: d.range?.start.column ?? null,
        endLine: d.range?.end.line ?? null,
        endColumn: d.range?.end.column ?? null,
        severity: d.severity,
        ruleId: d.ruleId,
        message: formatMessage(d, options.lang),
        messageId: d.messageId,
        ...(d.params ? { params: d.params } : {}),
        ...(d.citation ? { citation: d.citation } : {}),
      });
    }
  }
  return out;
}

/** A pretty-printed JSON array of every diagnostic, files in the order given, diagnostics by position. */
export function json(results: readonly FileResult[], options: ReportOptions): string {
  return `${JSON.stringify(toJsonDiagnostics(results, options), null, 2)}\n`;
}
