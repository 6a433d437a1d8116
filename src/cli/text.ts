import type { HelpConfiguration } from 'commander';
import { CLI_TEXT, HELP_WORDS, PLACEHOLDERS } from '../i18n/messages/cli.js';
import type { Lang } from '../i18n/messages/types.js';

export const cliText = (lang: Lang) => CLI_TEXT[lang];

const placeholders = (s: string): string =>
  s.replace(/([<[])([a-z]+)(\.\.\.)?([>\]])|^([a-z]+)(\.\.\.)?$/g, (whole, open?: string, word?: string, dots?: string, close?: string, bare?: string, bareDots?: string) => {
    const key = word ?? bare ?? '';
    const vi = PLACEHOLDERS[key];
    if (vi === undefined) return whole;
    return bare !== undefined ? `${vi}${bareDots ?? ''}` : `${open}${vi}${dots ?? ''}${close}`;
  });
const extras = (s: string): string =>
  s.replace(/\((choices: .*?)?(?:, )?(default: .*?)?\)$/, (whole, choices?: string, dflt?: string) =>
    whole === '()' ? whole : `(${[choices?.replace('choices: ', 'chọn một trong: '), dflt?.replace('default: ', 'mặc định: ')].filter(Boolean).join('; ')})`);

export function helpConfiguration(lang: Lang): HelpConfiguration {
  if (lang === 'en') return {};
  return {
    styleTitle: (s) => HELP_WORDS[s] ?? s,
    styleOptionText: (s) => HELP_WORDS[s] ?? placeholders(s),
    styleSubcommandText: (s) => HELP_WORDS[s] ?? s,
    styleArgumentText: (s) => placeholders(s),
    styleOptionDescription: (s) => extras(s),
    styleArgumentDescription: (s) => extras(s),
  };
}

/** Commander's error messages (unknown option, missing argument, …) in the chosen language. */
export function commanderError(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  const rules: [RegExp, string][] = [
    [/^error: unknown option '([^']*)'/, 'lỗi: không có tùy chọn «$1»'],
    [/^error: unknown command '([^']*)'/, 'lỗi: không có lệnh «$1»'],
    [/^error: missing required argument '([^']*)'/, 'lỗi: thiếu tham số bắt buộc «$1»'],
    [/^error: option '([^']*)' argument missing/, 'lỗi: tùy chọn «$1» cần một giá trị'],
    [/^error: required option '([^']*)' not specified/, 'lỗi: chưa có tùy chọn bắt buộc «$1»'],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, 'lỗi: giá trị «$2» của tùy chọn «$1» không hợp lệ; chọn một trong: $3.'],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\./, 'lỗi: giá trị «$2» của tùy chọn «$1» không hợp lệ.'],
    [/^error: option '([^']*)' cannot be used with option '([^']*)'/, 'lỗi: không dùng tùy chọn «$1» cùng với «$2»'],
    [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: lệnh «$1» nhận tối đa $2 tham số nhưng có $3.'],
    [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: chỉ nhận tối đa $1 tham số nhưng có $2.'],
    [/\(Did you mean one of ([^?]*)\?\)/, '(Có phải ý bạn là một trong: $1?)'],
    [/\(Did you mean ([^?]*)\?\)/, '(Có phải ý bạn là $1?)'],
    [/^error: /, 'lỗi: '],
  ];
  let out = message;
  for (const [pattern, replacement] of rules) {
    if (pattern.source.startsWith('^error: ') && !out.startsWith('error: ')) continue;
    out = out.replace(pattern, replacement);
  }
  return out.replace(/<([a-z]+)>/g, (whole, word: string) => (PLACEHOLDERS[word] ? `<${PLACEHOLDERS[word]}>` : whole));
}
