import type { CatalogueEntry } from '../validate/rules/index.js';
import type { Format } from './index.js';
import { SARIF_SCHEMA } from './sarif.js';

/** The rule catalogue (`plan check --rules`) in any output format. Pure: entries in, text out. */
export function formatCatalogue(format: Format, entries: readonly CatalogueEntry[], labels: { severity: (s: string) => string; citation: (c: string) => string }): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  if (format === 'sarif') {
    const rules = entries.map((e) => ({
      id: e.id,
      shortDescription: { text: e.description },
      defaultConfiguration: { level: e.severity === 'error' ? 'error' : e.severity === 'warning' ? 'warning' : e.severity === 'off' ? 'none' : 'note' },
      ...(e.citation ? { properties: { citation: e.citation } } : {}),
    }));
    const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver: { name: 'plan', rules } }, results: [] }] };
    return `${JSON.stringify(log, null, 2)}\n`;
  }
  const idWidth = Math.max(...entries.map((e) => e.id.length));
  const severityWidth = Math.max(...entries.map((e) => labels.severity(e.severity).length));
  return entries
    .map((e) => {
      const head = `${e.id.padEnd(idWidth)}  ${labels.severity(e.severity).padEnd(severityWidth)}  ${e.description}`;
      return e.citation ? `${head}\n${' '.repeat(idWidth + severityWidth + 4)}${labels.citation(e.citation)}` : head;
    })
    .join('\n') + '\n';
}
