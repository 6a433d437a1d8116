import { Chalk, type ChalkInstance } from 'chalk';
import { formatMessage, plural, t } from '../i18n/index.js';
import type { Lang } from '../i18n/messages/types.js';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { collect, countBySeverity } from './collect.js';
import { excerpt, sanitize, sourceLine } from './excerpt.js';
import { displayPath } from './paths.js';
import type { FileResult, ReportOptions } from './types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function paint(chalk: ChalkInstance, severity: Severity): ChalkInstance {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}

/**
 * The summary line: `✖ 3 lỗi, 1 cảnh báo` / `✖ 3 errors, 1 warning` (⚠ when there are no errors),
 * `✔ Không có lỗi` / `✔ No problems` when there is nothing to report; with more than one file checked,
 * the count follows in parentheses.
 */
export function summaryLine(results: readonly FileResult[], lang: Lang, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const counts = countBySeverity(results);
  const files = new Set(results.map((r) => r.file)).size;
  const filesNote = files > 1 ? ` (${plural('report/count.files', files, lang)})` : '';
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(`report/count.${s}`, counts[s], lang));
  if (parts.length === 0) return chalk.green(`✔ ${t('report/clean', undefined, lang)}`) + filesNote;
  const mark = counts.error > 0 ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
  return `${mark} ${chalk.bold(parts.join(', '))}${filesNote}`;
}

function renderDiagnostic(d: Diagnostic, file: string | undefined, source: string | undefined, gutter: number, lang: Lang, chalk: ChalkInstance): string[] {
  const color = paint(chalk, d.severity);
  const where = file === undefined ? undefined : d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  // A problem about no file (how the program was called) starts with its severity.
  const lines = [
    `${where === undefined ? '' : `${chalk.bold(sanitize(where))}  `}${color(t(`report/severity.${d.severity}`, undefined, lang))}  ${sanitize(formatMessage(d, lang))}  ${chalk.dim(sanitize(d.ruleId))}`,
  ];
  const text = d.range && source !== undefined ? sourceLine(source, d.range.start.line) : undefined;
  if (d.range && text !== undefined) {
    const end = d.range.end.line === d.range.start.line ? d.range.end.column : Number.MAX_SAFE_INTEGER;
    const ex = excerpt(text, d.range.start.column, end);
    const num = String(d.range.start.line).padStart(gutter);
    lines.push(`  ${chalk.dim(`${num} |`)} ${ex.text}`.trimEnd());
    lines.push(`  ${chalk.dim(`${' '.repeat(gutter)} |`)} ${color(ex.caret)}`);
  }
  if (d.citation) lines.push(`  ${chalk.dim(sanitize(t('report/citation', { citation: d.citation }, lang)))}`);
  return lines;
}

/**
 * Human-readable report, grouped by file and sorted by position:
 *
 * ```
 * plans/a.yaml:3:5  lỗi  Thiếu trường bắt buộc "name"  schema/required
 *   3 | issuer: …
 *     |     ^~~~
 *   Căn cứ: Nghị định 30/2020/NĐ-CP, …
 *
 * ✖ 1 lỗi
 * ```
 */
export function stylish(results: readonly FileResult[], options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [];
  for (const group of collect(results)) {
    if (group.diagnostics.length === 0) continue;
    const file = group.file === undefined ? undefined : displayPath(group.file, options.cwd);
    const gutter = Math.max(...group.diagnostics.map((d) => String(d.range?.start.line ?? '').length));
    for (const d of group.diagnostics) blocks.push(renderDiagnostic(d, file, group.source, gutter, options.lang, chalk).join('\n'));
  }
  blocks.push(summaryLine(results, options.lang, chalk));
  return `${blocks.join('\n\n')}\n`;
}
