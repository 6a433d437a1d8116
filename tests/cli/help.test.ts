import { describe, expect, it } from 'vitest';
import { cliText } from '../../src/cli/text.js';
import { VERSION } from '../../src/cli/version.js';
import { runCli } from '../helpers/cli.js';
import { SEED_PLAN } from '../helpers/seed.js';

const EXAMPLE = SEED_PLAN;

/** Commander's own English words, which must not show in Vietnamese help. */
const COMMANDER_WORDS = /\bUsage:|\bOptions:|\bArguments:|\bCommands:|\[options\]|\[command\]|\bdefault:|\bchoices:|display help|<dir>|<file>/;
const VIETNAMESE_LETTERS = /[ăâđêôơưạảãàáằẳẵắặầẩẫấậẹẻẽèéềểễếệịỉĩìíọỏõòóồổỗốộờởỡớợụủũùúừửữứựỳỷỹýỵ]/i;

/** The commands `plan --help` lists. */
async function commands(): Promise<string[]> {
  const help = (await runCli(['--help', '--lang', 'en'])).stdout;
  const section = help.split('Commands:\n')[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
}

/** The description column of every option and argument line (wrapped lines joined). */
function descriptions(help: string): string[] {
  const out: string[] = [];
  let column = -1;
  for (const line of help.split('\n')) {
    const item = /^( {2}\S.*? {2,})(\S.*)$/.exec(line);
    if (item) {
      column = item[1]!.length;
      out.push(item[2]!);
    } else if (column > 0 && line.length > column && line.slice(0, column).trim() === '' && out.length > 0) {
      out[out.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '' || /:$/.test(line)) column = -1;
  }
  return out;
}

describe('help in the chosen language', () => {
  it('lists the commands, init among them', async () => {
    expect(await commands()).toEqual(expect.arrayContaining(['check', 'build', 'init', 'invite']));
  });

  for (const lang of ['vi', 'en'] as const) {
    const words = Object.values(cliText(lang)).filter((v): v is string => typeof v === 'string');
    const known = (description: string) => words.some((w) => description.startsWith(w.slice(0, 25)));

    it(`${lang}: plan --help and every command's --help use ${lang === 'vi' ? 'Vietnamese' : 'English'} words only`, async () => {
      for (const args of [[], ...(await commands()).map((c) => [c])]) {
        const run = await runCli([...args, '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])]);
        const name = `plan ${args.join(' ')} --help`;
        expect(run.code, name).toBe(0);
        if (lang === 'vi') {
          expect(run.stdout, name).toMatch(new RegExp(`^Cách dùng: plan ${args[0] ?? ''}`));
          expect(run.stdout, name).not.toMatch(COMMANDER_WORDS);
          if (args.length > 0) expect(run.stdout, name).toMatch(/\nTùy chọn:\n/);
        } else {
          expect(run.stdout, name).toMatch(new RegExp(`^Usage: plan ${args[0] ?? ''}`));
          expect(run.stdout, name).not.toMatch(VIETNAMESE_LETTERS);
        }
        // Every option, argument and command is described with the words of src/cli/text.ts in that language.
        for (const d of descriptions(run.stdout)) expect(known(d), `${name}: «${d}»`).toBe(true);
      }
    });
  }

  it('PLAN_LANG=en switches the help to English, --lang wins over it', async () => {
    expect((await runCli(['build', '--help'], { env: { PLAN_LANG: 'en' } })).stdout).toMatch(/^Usage: plan build/);
    expect((await runCli(['build', '--help', '--lang', 'vi'], { env: { PLAN_LANG: 'en' } })).stdout).toMatch(/^Cách dùng: plan build/);
  });

  it('shows the choices and defaults in Vietnamese', async () => {
    const help = (await runCli(['build', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(chọn một trong: "stylish", "json", "github", "sarif"; mặc định: "stylish")');
    expect(help).toContain('--out <thư-mục>');
  });
});

describe("commander's errors in the chosen language (exit 2)", () => {
  const cases: [string, string[], RegExp, RegExp][] = [
    ['unknown option', ['build', '--bogus'], /^lỗi: không có tùy chọn «--bogus»/, /^error: unknown option '--bogus'/],
    ['missing option argument', ['build', '--out'], /^lỗi: tùy chọn «--out <thư-mục>» cần một giá trị/, /^error: option '--out <dir>' argument missing/],
    ['unknown command', ['buidl'], /^lỗi: không có lệnh «buidl»\n\(Có phải ý bạn là build\?\)/, /^error: unknown command 'buidl'\n\(Did you mean build\?\)/],
    ['too many arguments', ['init', 'a', 'b'], /^lỗi: lệnh «init» nhận tối đa 1 tham số nhưng có 2\./, /^error: too many arguments for 'init'/],
    ['invalid choice', ['check', '--format', 'xml'], /^lỗi: giá trị «xml» của tùy chọn «--format <định-dạng>» không hợp lệ; chọn một trong: stylish, json, github, sarif\./, /^error: option '--format <format>' argument 'xml' is invalid/],
    ['conflicting options', ['invite', '--separate', '--merged'], /^lỗi: không dùng tùy chọn «--separate» cùng với «--merged»/, /^error: option '--separate' cannot be used with option '--merged'/],
  ];
  it.each(cases)('%s', async (_name, args, vi, en) => {
    const inVi = await runCli(args);
    expect(inVi.code).toBe(2);
    expect(inVi.stderr).toMatch(vi);
    expect(inVi.stderr).not.toMatch(/error:/);
    const inEn = await runCli(args, { env: { PLAN_LANG: 'en' } }); // not --lang: `--out --lang en` would read --lang as the folder
    expect(inEn.code).toBe(2);
    expect(inEn.stderr).toMatch(en);
  });
});

describe('plan --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const run = await runCli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('colours through the CLI', () => {
  const ESC = '\u001b[';
  it('colours the report on a terminal', async () => {
    const run = await runCli(['check', EXAMPLE], { tty: true, env: {} });
    expect(run.stderr).toContain(ESC);
  });
  it('not with NO_COLOR set', async () => {
    const run = await runCli(['check', EXAMPLE], { tty: true, env: { NO_COLOR: '1' } });
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain(ESC);
  });
  it('not when the output is not a terminal', async () => {
    const run = await runCli(['check', EXAMPLE], { tty: false, env: {} });
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain(ESC);
  });
});
