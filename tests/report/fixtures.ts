import type { Diagnostic } from '../../src/report/diagnostic.js';
import type { FileResult } from '../../src/report/types.js';

export const CWD = '/w';
export const A = '/w/plans/a.yaml';
export const B = '/w/plans/b.yaml';

export const SOURCE_A = ['issuer:', '  name: Sở Khoa học và Công nghệ', '  abbreviation: KHCN', 'document:', '\ttitle: "Hội nghị"', ''].join(
  '\n',
);

/** Out of order on purpose: reporters sort by position, whole-file diagnostics first. */
export const DIAGNOSTICS_A: Diagnostic[] = [
  {
    file: A,
    range: { start: { line: 5, column: 2 }, end: { line: 5, column: 7 } },
    severity: 'warning',
    ruleId: 'test/tab',
    messageId: 'test/unknown-id',
    params: { field: 'title', n: 3 },
  },
  {
    file: A,
    range: { start: { line: 2, column: 9 }, end: { line: 2, column: 33 } },
    severity: 'error',
    ruleId: 'test/choice',
    messageId: 'usage/invalid-choice',
    params: { source: 'issuer.name', value: 'x', allowed: 'a, b' },
    citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  },
  { file: A, severity: 'info', ruleId: 'test/info', messageId: 'report/clean' },
];

export const RESULTS: FileResult[] = [
  { file: A, source: SOURCE_A, diagnostics: DIAGNOSTICS_A },
  {
    file: B,
    diagnostics: [
      {
        file: B,
        range: { start: { line: 1, column: 1 }, end: { line: 3, column: 4 } },
        severity: 'error',
        ruleId: 'test/multi',
        messageId: 'report/severity.error',
      },
    ],
  },
];
