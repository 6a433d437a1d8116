import { describe, expect, test } from 'vitest';
import type { Diagnostic, Severity } from '../../src/report/diagnostic.js';
import { stylish, summaryLine } from '../../src/report/stylish.js';
import type { FileResult } from '../../src/report/types.js';
import { A, CWD, RESULTS, SOURCE_A } from './fixtures.js';

const VI = `plans/a.yaml  thông tin  Không có lỗi  test/info

plans/a.yaml:2:9  lỗi  Giá trị issuer.name không hợp lệ: "x"; chọn một trong: a, b  test/choice
  2 |   name: Sở Khoa học và Công nghệ
    |         ^~~~~~~~~~~~~~~~~~~~~~~~
  Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I

plans/a.yaml:5:2  cảnh báo  test/unknown-id (field=title, n=3)  test/tab
  5 |     title: "Hội nghị"
    |     ^~~~~

plans/b.yaml:1:1  lỗi  lỗi  test/multi

✖ 2 lỗi, 1 cảnh báo, 1 thông tin (đã kiểm tra 2 tệp)
`;

const EN = `plans/a.yaml  info  No problems  test/info

plans/a.yaml:2:9  error  Invalid issuer.name value "x"; expected one of: a, b  test/choice
  2 |   name: Sở Khoa học và Công nghệ
    |         ^~~~~~~~~~~~~~~~~~~~~~~~
  See: Nghị định 30/2020/NĐ-CP, Phụ lục I

plans/a.yaml:5:2  warning  test/unknown-id (field=title, n=3)  test/tab
  5 |     title: "Hội nghị"
    |     ^~~~~

plans/b.yaml:1:1  error  error  test/multi

✖ 2 errors, 1 warning, 1 info message (2 files checked)
`;

describe('stylish', () => {
  test.each([
    ['vi', VI],
    ['en', EN],
  ] as const)('exact output without colour (%s)', (lang, expected) => {
    expect(stylish(RESULTS, { lang, color: false, cwd: CWD })).toBe(expected);
  });

  test('with colour: ANSI codes present, and the same text once they are removed', () => {
    const out = stylish(RESULTS, { lang: 'vi', color: true, cwd: CWD });
    expect(out).toContain('\u001b[31m'); // red for errors
    expect(out).toContain('\u001b[33m'); // yellow for the warning
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toBe(VI);
  });

  test('without colour: no escape code at all, even when chalk would auto-detect colour', () => {
    expect(stylish(RESULTS, { lang: 'en', color: false, cwd: CWD })).not.toContain('\u001b');
  });

  test('a path outside cwd is shown as given', () => {
    const out = stylish([{ file: '/elsewhere/x.yaml', diagnostics: [{ ...base('error'), file: '/elsewhere/x.yaml' }] }], {
      lang: 'en',
      color: false,
      cwd: CWD,
    });
    expect(out.split('\n')[0]).toBe('/elsewhere/x.yaml:1:1  error  error  test/r');
  });

  test('the gutter is as wide as the largest line number of the file', () => {
    const source = Array.from({ length: 12 }, (_, i) => `k${i + 1}: v`).join('\n');
    const at = (line: number): Diagnostic => ({ ...base('error'), range: { start: { line, column: 1 }, end: { line, column: 3 } } });
    const out = stylish([{ file: A, source, diagnostics: [at(12), at(3)] }], { lang: 'en', color: false, cwd: CWD });
    expect(out).toContain('plans/a.yaml:3:1  error  error  test/r\n   3 | k3: v\n     | ^~\n');
    expect(out).toContain('plans/a.yaml:12:1  error  error  test/r\n  12 | k12: v\n     | ^~\n');
    expect(out.indexOf(':3:1')).toBeLessThan(out.indexOf(':12:1'));
  });

  test('a control character from the file cannot reach the terminal', () => {
    const source = 'name: "\u001b[2J xoá"\n';
    const d: Diagnostic = { ...base('error'), range: { start: { line: 1, column: 7 }, end: { line: 1, column: 8 } } };
    const out = stylish([{ file: A, source, diagnostics: [d] }], { lang: 'en', color: false, cwd: CWD });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('  1 | name: "␛[2J xoá"\n    |       ^\n');
  });

  test('a range past the end of the source shows the diagnostic without an excerpt', () => {
    const d: Diagnostic = { ...base('error'), range: { start: { line: 40, column: 1 }, end: { line: 40, column: 1 } } };
    expect(stylish([{ file: A, source: SOURCE_A, diagnostics: [d] }], { lang: 'en', color: false, cwd: CWD })).toBe(
      'plans/a.yaml:40:1  error  error  test/r\n\n✖ 1 error\n',
    );
  });
});

function base(severity: Severity): Diagnostic {
  return {
    file: A,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    severity,
    ruleId: 'test/r',
    messageId: `report/severity.${severity}`,
  };
}

function withCounts(errors: number, warnings: number, infos: number, files = 1): FileResult[] {
  const diagnostics = [
    ...Array.from({ length: errors }, () => base('error')),
    ...Array.from({ length: warnings }, () => base('warning')),
    ...Array.from({ length: infos }, () => base('info')),
  ];
  return Array.from({ length: files }, (_, i) => ({ file: `/w/${i}.yaml`, diagnostics: i === 0 ? diagnostics : [] }));
}

describe('summary line', () => {
  test.each([
    [0, 0, 0, 1, '✔ Không có lỗi', '✔ No problems'],
    [0, 0, 0, 3, '✔ Không có lỗi (đã kiểm tra 3 tệp)', '✔ No problems (3 files checked)'],
    [1, 0, 0, 1, '✖ 1 lỗi', '✖ 1 error'],
    [3, 1, 0, 1, '✖ 3 lỗi, 1 cảnh báo', '✖ 3 errors, 1 warning'],
    [1, 2, 0, 1, '✖ 1 lỗi, 2 cảnh báo', '✖ 1 error, 2 warnings'],
    [0, 1, 0, 1, '⚠ 1 cảnh báo', '⚠ 1 warning'],
    [0, 0, 2, 1, '⚠ 2 thông tin', '⚠ 2 info messages'],
    [2, 0, 1, 2, '✖ 2 lỗi, 1 thông tin (đã kiểm tra 2 tệp)', '✖ 2 errors, 1 info message (2 files checked)'],
  ])('%d errors, %d warnings, %d info, %d files', (e, w, i, f, vi, en) => {
    const results = withCounts(e, w, i, f);
    expect(summaryLine(results, 'vi')).toBe(vi);
    expect(summaryLine(results, 'en')).toBe(en);
  });

  test('a clean run prints only the summary', () => {
    expect(stylish([{ file: A, source: SOURCE_A, diagnostics: [] }], { lang: 'vi', color: false })).toBe('✔ Không có lỗi\n');
  });
});
