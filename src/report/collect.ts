import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { FileResult } from './types.js';

export interface FileGroup {
  /** Absent for the diagnostics about no file. */
  file?: string;
  source?: string;
  diagnostics: Diagnostic[];
}

/** Orders diagnostics: whole-file ones (no range) first, then by start, then by end; ties keep their given order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (!a.range || !b.range) return (a.range ? 1 : 0) - (b.range ? 1 : 0);
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column
  );
}

/**
 * Groups every diagnostic under the file it names (a plan's result may carry diagnostics about its invitee CSV), or
 * its result's file when it names none; those about no file at all (usage) form a group without a file. Files in the
 * order given, diagnostics sorted by position. The source for excerpts is the one given for that file.
 * Files without diagnostics are kept (with none) so that callers can count the files checked.
 */
export function collect(results: readonly FileResult[]): FileGroup[] {
  const groups = new Map<string | undefined, FileGroup>();
  const group = (file: string | undefined): FileGroup => {
    let g = groups.get(file);
    if (!g) groups.set(file, (g = { ...(file !== undefined ? { file } : {}), diagnostics: [] }));
    return g;
  };
  for (const r of results) {
    const g = group(r.file);
    if (r.source !== undefined && g.source === undefined) g.source = r.source;
  }
  for (const r of results) for (const d of r.diagnostics) group(d.file ?? r.file).diagnostics.push(d);
  for (const g of groups.values()) g.diagnostics.sort(compareDiagnostics);
  return [...groups.values()];
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity] += 1;
  return counts;
}
