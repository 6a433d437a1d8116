import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { FORMATS, isFormat, report } from '../../src/report/index.js';
import { json, toJsonDiagnostics } from '../../src/report/json.js';
import { displayPath, slashPath, toUri } from '../../src/report/paths.js';
import { SARIF_SCHEMA, sarif, toSarif } from '../../src/report/sarif.js';
import { A, CWD, RESULTS } from './fixtures.js';

describe('json', () => {
  test.each([
    ['vi', 'Không có lỗi', 'Giá trị issuer.name không hợp lệ: "x"; chọn một trong: a, b', 'lỗi'],
    ['en', 'No problems', 'Invalid issuer.name value "x"; expected one of: a, b', 'error'],
  ] as const)('exact entries, sorted, in %s', (lang, info, choice, multi) => {
    expect(JSON.parse(json(RESULTS, { lang, color: false, cwd: CWD }))).toEqual([
      {
        file: 'plans/a.yaml',
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        severity: 'info',
        ruleId: 'test/info',
        message: info,
        messageId: 'report/clean',
      },
      {
        file: 'plans/a.yaml',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 33,
        severity: 'error',
        ruleId: 'test/choice',
        message: choice,
        messageId: 'usage/invalid-choice',
        params: { source: 'issuer.name', value: 'x', allowed: 'a, b' },
        citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
      },
      {
        file: 'plans/a.yaml',
        line: 5,
        column: 2,
        endLine: 5,
        endColumn: 7,
        severity: 'warning',
        ruleId: 'test/tab',
        message: 'test/unknown-id (field=title, n=3)',
        messageId: 'test/unknown-id',
        params: { field: 'title', n: 3 },
      },
      {
        file: 'plans/b.yaml',
        line: 1,
        column: 1,
        endLine: 3,
        endColumn: 4,
        severity: 'error',
        ruleId: 'test/multi',
        message: multi,
        messageId: 'report/severity.error',
      },
    ]);
  });

  test('round-trips, is pretty-printed and ends with a newline', () => {
    const options = { lang: 'vi', color: false, cwd: CWD } as const;
    const text = json(RESULTS, options);
    expect(JSON.parse(text)).toEqual(toJsonDiagnostics(RESULTS, options));
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"message": "Không có lỗi"'); // not \u-escaped
  });

  test('no diagnostics is an empty array', () => {
    expect(json([{ file: A, diagnostics: [] }], { lang: 'vi', color: false })).toBe('[]\n');
  });
});

describe('github', () => {
  test.each([
    [
      'vi',
      `::notice file=plans/a.yaml,title=test/info::Không có lỗi
::error file=plans/a.yaml,line=2,col=9,endLine=2,endColumn=33,title=test/choice::Giá trị issuer.name không hợp lệ: "x"; chọn một trong: a, b
::warning file=plans/a.yaml,line=5,col=2,endLine=5,endColumn=7,title=test/tab::test/unknown-id (field=title, n=3)
::error file=plans/b.yaml,line=1,endLine=3,title=test/multi::lỗi
`,
    ],
    [
      'en',
      `::notice file=plans/a.yaml,title=test/info::No problems
::error file=plans/a.yaml,line=2,col=9,endLine=2,endColumn=33,title=test/choice::Invalid issuer.name value "x"; expected one of: a, b
::warning file=plans/a.yaml,line=5,col=2,endLine=5,endColumn=7,title=test/tab::test/unknown-id (field=title, n=3)
::error file=plans/b.yaml,line=1,endLine=3,title=test/multi::error
`,
    ],
  ] as const)('exact commands (%s); columns left out for a range over several lines', (lang, expected) => {
    expect(github(RESULTS, { lang, color: false, cwd: CWD })).toBe(expected);
  });

  test('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const d: Diagnostic = {
      file: '/w/plans/a,b:c.yaml',
      severity: 'error',
      ruleId: 'x:y,z',
      messageId: 'test/none',
      params: { v: '50%\r\n::error::injected' },
    };
    expect(github([{ file: d.file, diagnostics: [d] }], { lang: 'en', color: false, cwd: CWD })).toBe(
      '::error file=plans/a%2Cb%3Ac.yaml,title=x%3Ay%2Cz::test/none (v=50%25%0D%0A::error::injected)\n',
    );
  });

  test.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k: v, w', 'k: v, w', 'k%3A v%2C w'],
    ['%0A', '%250A', '%250A'],
  ])('escape %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  test('nothing to report is an empty string', () => {
    expect(github([{ file: A, diagnostics: [] }], { lang: 'en', color: false })).toBe('');
  });
});

describe('sarif', () => {
  const log = toSarif(RESULTS, { lang: 'en', color: false, cwd: CWD, toolVersion: '0.1.0' });
  const run = log.runs[0];

  test('required top-level shape', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toEqual({
      name: 'plan',
      version: '0.1.0',
      rules: [{ id: 'test/choice' }, { id: 'test/info' }, { id: 'test/multi' }, { id: 'test/tab' }],
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('results: rule, level, text, location and region', () => {
    expect(run.results.map((r) => [r.ruleId, r.level, run.tool.driver.rules[r.ruleIndex]?.id])).toEqual([
      ['test/info', 'note', 'test/info'],
      ['test/choice', 'error', 'test/choice'],
      ['test/tab', 'warning', 'test/tab'],
      ['test/multi', 'error', 'test/multi'],
    ]);
    expect(run.results[1]).toEqual({
      ruleId: 'test/choice',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Invalid issuer.name value "x"; expected one of: a, b' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/a.yaml' },
            region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 33 },
          },
        },
      ],
      properties: { messageId: 'usage/invalid-choice', citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I' },
    });
    expect(run.results[0]?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'plans/a.yaml' } });
  });

  test('message text in Vietnamese', () => {
    const vi = toSarif(RESULTS, { lang: 'vi', color: false, cwd: CWD }).runs[0];
    expect(vi.results.map((r) => r.message.text)).toEqual([
      'Không có lỗi',
      'Giá trị issuer.name không hợp lệ: "x"; chọn một trong: a, b',
      'test/unknown-id (field=title, n=3)',
      'lỗi',
    ]);
    expect(vi.tool.driver).not.toHaveProperty('version');
  });

  test('the string form is that log, pretty-printed', () => {
    const options = { lang: 'en', color: false, cwd: CWD } as const;
    expect(JSON.parse(sarif(RESULTS, options))).toEqual(toSarif(RESULTS, options));
  });

  test('a clean run is still a valid log with one run and no results', () => {
    const clean = toSarif([{ file: A, diagnostics: [] }], { lang: 'vi', color: false });
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
  });
});

describe('paths', () => {
  test.each([
    ['/w/plans/a.yaml', '/w', 'plans/a.yaml'],
    ['/w/plans/a.yaml', '/w/', 'plans/a.yaml'],
    ['/elsewhere/a.yaml', '/w', '/elsewhere/a.yaml'],
    ['/w2/a.yaml', '/w', '/w2/a.yaml'],
    ['plans/a.yaml', '/w', 'plans/a.yaml'],
    ['/w/plans/a.yaml', undefined, '/w/plans/a.yaml'],
    ['/w', '/w', '/w'],
  ])('posix: %s from %s → %s', (file, cwd, expected) => {
    expect(displayPath(file, cwd, path.posix)).toBe(expected);
  });

  test.each([
    ['C:\\w\\plans\\a.yaml', 'C:\\w', 'plans\\a.yaml', 'plans/a.yaml'],
    ['D:\\x\\a.yaml', 'C:\\w', 'D:\\x\\a.yaml', 'D:/x/a.yaml'],
  ])('windows: %s from %s', (file, cwd, shown, slashed) => {
    expect(displayPath(file, cwd, path.win32)).toBe(shown);
    expect(slashPath(file, cwd, path.win32)).toBe(slashed);
  });

  test.each([
    ['/w/plans/kế hoạch #1.yaml', '/w', path.posix, 'plans/k%E1%BA%BF%20ho%E1%BA%A1ch%20%231.yaml'],
    ['/elsewhere/a b.yaml', '/w', path.posix, 'file:///elsewhere/a%20b.yaml'],
    ['D:\\x\\a.yaml', 'C:\\w', path.win32, 'file:///D:/x/a.yaml'],
    ['C:\\w\\plans\\a.yaml', 'C:\\w', path.win32, 'plans/a.yaml'],
  ])('SARIF uri of %s', (file, cwd, api, expected) => {
    expect(toUri(file, cwd, api)).toBe(expected);
  });
});

describe('report', () => {
  test('FORMATS and isFormat', () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('junit')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });

  test.each(FORMATS)('report(%s) is that reporter', async (format) => {
    const options = { lang: 'en', color: false, cwd: CWD } as const;
    const mod = await import('../../src/report/index.js');
    expect(report(format, RESULTS, options)).toBe(mod[format](RESULTS, options));
  });
});

describe('a diagnostic about no file (how the program was called)', () => {
  const usage: Diagnostic = { severity: 'error', kind: 'usage', ruleId: 'usage', messageId: 'usage/only', params: { value: 'x', allowed: 'a, b' } };
  const results = [{ diagnostics: [usage] }];
  const options = { lang: 'en', color: false, cwd: CWD } as const;

  test('stylish starts with the severity: no place, and no made-up file', () => {
    expect(report('stylish', results, options)).toBe('error  Invalid --only: x. Allowed: a, b.  usage\n\n✖ 1 error\n');
  });
  test('json gives file and positions null', () => {
    expect(toJsonDiagnostics(results, options)).toEqual([
      { file: null, line: null, column: null, endLine: null, endColumn: null, severity: 'error', ruleId: 'usage', message: 'Invalid --only: x. Allowed: a, b.', messageId: 'usage/only', params: { value: 'x', allowed: 'a, b' } },
    ]);
  });
  test('github gives an annotation without file=', () => {
    expect(github(results, options)).toBe('::error title=usage::Invalid --only: x. Allowed: a, b.\n');
  });
  test('sarif gives a result without locations', () => {
    const [result] = toSarif(results, options).runs[0].results;
    expect(result).toMatchObject({ ruleId: 'usage', level: 'error', locations: [] });
  });
  test('beside a file’s findings it stays apart from them', () => {
    const text = report('stylish', [...RESULTS, ...results], options);
    expect(text).toMatch(/^error {2}Invalid --only/m);
    expect(text).toMatch(/^plans\/b\.yaml:1:1 {2}error/m);
  });
});
