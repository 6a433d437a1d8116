import { formatMessage } from '../i18n/index.js';
import type { Severity } from '../core/diagnostic.js';
import { collect } from './collect.js';
import { toUri } from './paths.js';
import type { FileResult, ReportOptions } from './types.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  /** Empty for a problem about no file (how the program was called). */
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  properties?: { messageId: string; citation?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: 'plan'; version?: string; rules: { id: string }[] } };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

/**
 * A SARIF 2.1.0 log with one run (for GitHub code scanning and other SARIF viewers). Rules are the rule ids seen,
 * sorted; URIs are relative to cwd with forward slashes and percent-encoding; columns count UTF-16 code units.
 */
export function toSarif(results: readonly FileResult[], options: ReportOptions): SarifLog {
  const groups = collect(results);
  const ruleIds = [...new Set(groups.flatMap((g) => g.diagnostics.map((d) => d.ruleId)))].sort();
  const sarifResults: SarifResult[] = [];
  for (const group of groups) {
    const uri = group.file === undefined ? undefined : toUri(group.file, options.cwd);
    for (const d of group.diagnostics) {
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex: ruleIds.indexOf(d.ruleId),
        level: LEVEL[d.severity],
        message: { text: formatMessage(d, options.lang) },
        locations: uri === undefined ? [] : [
          {
            physicalLocation: {
              artifactLocation: { uri },
              ...(d.range
                ? {
                    region: {
                      startLine: d.range.start.line,
                      startColumn: d.range.start.column,
                      endLine: d.range.end.line,
                      endColumn: d.range.end.column,
                    },
                  }
                : {}),
            },
          },
        ],
        properties: { messageId: d.messageId, ...(d.citation ? { citation: d.citation } : {}) },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: ruleIds.map((id) => ({ id })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function sarif(results: readonly FileResult[], options: ReportOptions): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}
