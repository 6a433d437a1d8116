import { Command, CommanderError, Option } from 'commander';
import { InvalidLangError, resolveLang } from '../i18n/index.js';
import type { Lang } from '../i18n/messages/types.js';
import { FORMATS, type Format } from '../report/index.js';
// Commands are loaded when run: `plan check` must not pay for docx, nodemailer or exceljs at start-up (it does load
// the Handlebars runtime, to render the templates it checks; tests/engine/check-documents.test.ts holds it to this). In the
// CommonJS bundle a module reached only through import() is initialised when it is first imported.
import type { BuildOptions } from './commands/build.js';
import type { InviteOptions } from './commands/invite.js';
import type { SendOptions } from './commands/send.js';
import type { RsvpOptions } from './commands/rsvp.js';
import { ExitCode, type Io } from './io.js';
import { cliText, commanderError, helpConfiguration } from './text.js';
import { VERSION } from './version.js';

/**
 * The language of the messages, found before commander parses anything (its own errors are translated too): `--lang X`
 * or `--lang=X` anywhere in argv, else PLAN_LANG, else Vietnamese. A value that is not a language is `bad` (the
 * language is then Vietnamese); main reports it.
 */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; bad?: string } {
  const flag = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');
  try {
    return { lang: resolveLang(flag, env) };
  } catch (error) {
    if (!(error instanceof InvalidLangError)) throw error;
    return { lang: 'vi', bad: String(flag ?? env.PLAN_LANG) };
  }
}

/** The whole program: parse argv, run one command, return the exit code. Never throws, never exits the process. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { lang, bad: badLang } = langFromArgv(argv, io.env);
  const text = cliText(lang);
  let exitCode: number = ExitCode.ok;

  const program = new Command('plan')
    .description(text.program)
    .version(VERSION, '-V, --version', text.version)
    .helpOption('-h, --help', text.help)
    .addHelpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderError(lang, s)),
    })
    .configureHelp(helpConfiguration(lang))
    .showSuggestionAfterError(true);

  const format = () => new Option('--format <format>', text.format).choices([...FORMATS]).default('stylish');
  const lang_ = () => new Option('--lang <lang>', text.lang).choices(['vi', 'en']);
  // --lang and --format go before the command too (`plan --lang en check …`). The language is read from argv above;
  // a --format given before the command, or one commander hands the program, counts unless the command has its own.
  program.addOption(lang_()).addOption(format());
  const withGlobals = <T extends { format?: Format }>(opts: T, cmd: Command): T => {
    if (opts.format === undefined || cmd.getOptionValueSource('format') !== 'default') return opts;
    return { ...opts, format: program.opts<{ format: Format }>().format };
  };
  /** A command with its argument; `--lang` and the help option, which every command has, are added by `common`. */
  const command = (name: string, description: string, argument: string, argumentDescription: string) =>
    program.command(name).description(description).argument(argument, argumentDescription);
  const common = (cmd: Command, withFormat = true) =>
    (withFormat ? cmd.addOption(format()) : cmd)
      .addOption(lang_())
      .helpOption('-h, --help', text.help);

  common(command('check', text.check, '[files...]', text.files)
    .option('--templates <dir>', text.templates)
    .option('--rules', text.rules)
    .option('--fix', text.fix)
    .option('--dry-run', text.fixDryRun))
    .action(async (files: string[], local: { format: Format; templates?: string; rules?: boolean; fix?: boolean; dryRun?: boolean }, cmd: Command) => {
      const opts = withGlobals(local, cmd);
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(files, { ...opts, lang }, io);
    });

  common(command('build', text.build, '[file]', text.file)
    .option('--out <dir>', text.out)
    .option('--only <kinds>', text.only)
    .option('--json', text.json)
    .option('--templates <dir>', text.templates)
    .option('--pdf', text.pdf)
    .option('--verbose', text.verbose)
    .option('--watch', text.watch))
    .action(async (file: string | undefined, local: Omit<BuildOptions, 'lang'> & { watch?: boolean }, cmd: Command) => {
      const opts = withGlobals(local, cmd);
      if (opts.watch) {
        const { runWatch } = await import('./watch.js');
        exitCode = await runWatch(file, { ...opts, lang }, io);
        return;
      }
      const { runBuild } = await import('./commands/build.js');
      exitCode = await runBuild(file, { ...opts, lang }, io);
    });

  common(command('init', text.init, '[name]', text.name)
    .option('--templates <dir>', text.initTemplates)
    .option('--from <file>', text.from)
    .option('--shift <amount>', text.shift)
    .option('--form <form>', text.form), false)
    .action(async (name: string | undefined, opts: { templates?: string; from?: string; shift?: string; form?: string }) => {
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(name, { ...opts, lang, format: 'stylish' }, io);
    });

  common(command('invite', text.invite, '[file]', text.file)
    .option('--data <file>', text.data)
    .option('--sheet <name>', text.sheet)
    .option('--out <dir>', text.out)
    .addOption(new Option('--separate', text.separate).conflicts('merged'))
    .addOption(new Option('--merged', text.merged).conflicts('separate'))
    .option('--json', text.json)
    .option('--templates <dir>', text.templates))
    .action(async (file: string | undefined, local: Omit<InviteOptions, 'lang'>, cmd: Command) => {
      const opts = withGlobals(local, cmd);
      const { runInvite } = await import('./commands/invite.js');
      exitCode = await runInvite(file, { ...opts, lang }, io);
    });

  common(command('send', text.send, '[file]', text.file)
    .option('--out <dir>', text.out)
    .option('--only <kinds>', text.sendOnly)
    .option('--dry-run', text.dryRun)
    .option('--pdf', text.sendPdf)
    .option('--remind', text.remind)
    .option('--json', text.sendJson)
    .option('--templates <dir>', text.templates))
    .action(async (file: string | undefined, local: Omit<SendOptions, 'lang'>, cmd: Command) => {
      const opts = withGlobals(local, cmd);
      const { runSend } = await import('./commands/send.js');
      exitCode = await runSend(file, { ...opts, lang }, io);
    });

  common(command('serve', text.serve, '[file]', text.file)
    .option('--port <port>', text.port)
    .option('--open', text.open)
    .option('--templates <dir>', text.templates), false)
    .action(async (file: string | undefined, opts: { port?: string; open?: boolean; templates?: string }) => {
      const { runServe } = await import('./commands/serve.js');
      exitCode = await runServe(file, { ...opts, lang, format: 'stylish' }, io);
    });

  // After the invitations (issue 19): replies, then the status of the whole conference.
  common(program.command('rsvp').description(text.rsvp).argument('[file]', text.file).argument('[who...]', text.rsvpWho)
    .option('--coming', text.rsvpComing)
    .option('--not-coming', text.rsvpNotComing)
    .option('--delegate <delegate>', text.rsvpDelegate)
    .option('--via <via>', text.rsvpVia)
    .option('--note <text>', text.rsvpNote)
    .option('--at <time>', text.rsvpAt)
    .option('--import <file>', text.rsvpImport)
    .option('--sheet <name>', text.sheet)
    .option('--json', text.rsvpJson))
    .action(async (file: string | undefined, who: string[], local: Omit<RsvpOptions, 'lang'>, cmd: Command) => {
      const opts = withGlobals(local, cmd);
      const { runRsvp } = await import('./commands/rsvp.js');
      exitCode = await runRsvp([...(file === undefined ? [] : [file]), ...who], { ...opts, lang }, io);
    });

  common(program.command('status').description(text.status).argument('[file]', text.file)
    .option('--out <dir>', text.out)
    .option('--json', text.statusJson), false)
    .action(async (file: string | undefined, opts: { out?: string; json?: boolean }) => {
      const { runStatus } = await import('./commands/status.js');
      exitCode = await runStatus(file, { ...opts, lang, format: 'stylish' }, io);
    });

  if (badLang !== undefined) {
    io.stderr.write(`${text.badLang(badLang)}\n`);
    return ExitCode.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    io.stderr.write(`${text.internal((error as Error)?.message ?? String(error))}\n`);
    if (io.env.PLAN_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return ExitCode.usage;
  }
}
