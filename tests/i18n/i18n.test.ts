import { describe, expect, test } from 'vitest';
import {
  fill,
  findDuplicateIds,
  formatMessage,
  InvalidLangError,
  MESSAGES,
  placeholders,
  plural,
  resolveLang,
  t,
  TABLES,
} from '../../src/i18n/index.js';

describe('message tables', () => {
  test('no id is defined in two tables', () => {
    expect(findDuplicateIds(TABLES)).toEqual([]);
  });

  test('findDuplicateIds reports an id defined twice, with both tables', () => {
    const a = { 'x/one': { vi: 'a', en: 'a' }, 'x/two': { vi: 'b', en: 'b' } };
    const b = { 'x/two': { vi: 'c', en: 'c' } };
    expect(findDuplicateIds({ a, b })).toEqual([{ id: 'x/two', tables: ['a', 'b'] }]);
  });

  test.each(Object.entries(MESSAGES))('%s: both languages written, same placeholders', (_id, text) => {
    expect(text.vi.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(placeholders(text.vi)).toEqual(placeholders(text.en));
  });

  test('counted phrases come in .one/.other pairs', () => {
    const ids = Object.keys(MESSAGES);
    for (const id of ids.filter((i) => i.endsWith('.one'))) expect(ids).toContain(id.replace(/\.one$/, '.other'));
  });
});

describe('t and formatMessage', () => {
  test.each([
    ['report/severity.error', undefined, 'vi', 'lỗi'],
    ['report/severity.error', undefined, 'en', 'error'],
    ['report/citation', { citation: 'Nghị định 30/2020/NĐ-CP' }, 'vi', 'Căn cứ: Nghị định 30/2020/NĐ-CP'],
    ['report/citation', { citation: 'Nghị định 30/2020/NĐ-CP' }, 'en', 'See: Nghị định 30/2020/NĐ-CP'],
    [
      'usage/invalid-choice',
      { source: '--lang', value: 'fr', allowed: 'vi, en' },
      'vi',
      'Giá trị --lang không hợp lệ: "fr"; chọn một trong: vi, en',
    ],
    [
      'usage/invalid-choice',
      { source: '--lang', value: 'fr', allowed: 'vi, en' },
      'en',
      'Invalid --lang value "fr"; expected one of: vi, en',
    ],
  ] as const)('%s %j (%s)', (id, params, lang, expected) => {
    expect(t(id, params, lang)).toBe(expected);
  });

  test('an unknown id falls back to the id and its params instead of throwing', () => {
    expect(t('schema/no-such-id', { field: 'name', expected: 'string' }, 'vi')).toBe('schema/no-such-id (field=name, expected=string)');
    expect(t('schema/no-such-id', { field: 'name' }, 'en')).toBe('schema/no-such-id (field=name)');
    expect(t('schema/no-such-id', undefined, 'en')).toBe('schema/no-such-id');
    expect(formatMessage({ messageId: 'schema/no-such-id', params: { n: 3 } }, 'vi')).toBe('schema/no-such-id (n=3)');
  });

  test('an id that is an Object.prototype name is unknown, not a crash', () => {
    expect(t('constructor', undefined, 'vi')).toBe('constructor');
    expect(t('__proto__', { a: 1 }, 'en')).toBe('__proto__ (a=1)');
  });

  test('fill leaves a placeholder without a parameter visible and ignores inherited names', () => {
    expect(fill('{a} và {b}', { a: 1 })).toBe('1 và {b}');
    expect(fill('{toString}', {})).toBe('{toString}');
    expect(fill('{a}{a}', { a: 'x' })).toBe('xx');
  });

  test.each([
    [0, 'en', '0 errors'],
    [1, 'en', '1 error'],
    [2, 'en', '2 errors'],
    [1, 'vi', '1 lỗi'],
    [5, 'vi', '5 lỗi'],
  ] as const)('plural error count %d (%s)', (n, lang, expected) => {
    expect(plural('report/count.error', n, lang)).toBe(expected);
  });
});

describe('resolveLang', () => {
  test.each([
    [undefined, {}, 'vi'],
    [undefined, { PLAN_LANG: '' }, 'vi'],
    [undefined, { PLAN_LANG: 'en' }, 'en'],
    [undefined, { PLAN_LANG: ' EN ' }, 'en'],
    ['vi', { PLAN_LANG: 'en' }, 'vi'],
    ['en', { PLAN_LANG: 'vi' }, 'en'],
    ['en', { PLAN_LANG: 'klingon' }, 'en'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'vi'],
  ] as const)('flag %s, env %j → %s', (flag, env, expected) => {
    expect(resolveLang(flag, env)).toBe(expected);
  });

  test.each([
    ['fr', {}, '--lang', 'fr'],
    ['', { PLAN_LANG: 'en' }, '--lang', ''],
    [undefined, { PLAN_LANG: 'fr' }, 'PLAN_LANG', 'fr'],
  ] as const)('flag %j, env %j is a usage error naming %s', (flag, env, source, value) => {
    let error: unknown;
    try {
      resolveLang(flag, env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidLangError);
    const e = error as InvalidLangError;
    expect([e.source, e.value]).toEqual([source, value]);
    expect(t(e.messageId, e.params, 'en')).toBe(`Invalid ${source} value "${value}"; expected one of: vi, en`);
  });
});
