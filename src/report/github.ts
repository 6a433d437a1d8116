import { formatMessage } from '../i18n/index.js';
import type { Severity } from '../core/diagnostic.js';
import { collect } from './collect.js';
import { slashPath } from './paths.js';
import type { FileResult, ReportOptions } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** As @actions/core escapes a workflow command's message. */
export const escapeData = (s: string): string => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** As @actions/core escapes a workflow command's property values. */
export const escapeProperty = (s: string): string => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * GitHub Actions workflow commands, one line per diagnostic:
 * `::error file=plans/a.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema/required::message`.
 * Columns are left out when the range spans lines (GitHub accepts them only on a single line).
 */
export function github(results: readonly FileResult[], options: ReportOptions): string {
  const lines: string[] = [];
  for (const group of collect(results)) {
    const file = group.file === undefined ? undefined : slashPath(group.file, options.cwd);
    for (const d of group.diagnostics) {
      // Without a file the annotation is the run's, not a line's.
      const props: [string, string | number][] = file === undefined ? [] : [['file', file]];
      if (d.range && file !== undefined) {
        const { start, end } = d.range;
        props.push(['line', start.line]);
        if (start.line === end.line) props.push(['col', start.column]);
        props.push(['endLine', end.line]);
        if (start.line === end.line) props.push(['endColumn', end.column]);
      }
      props.push(['title', d.ruleId]);
      const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[d.severity]} ${p}::${escapeData(formatMessage(d, options.lang))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
