import { exitCode } from '../../core/exit-code.js';
import { resolve } from 'node:path';
import { relativeSlashPath } from '../../report/paths.js';
import { t } from '../../i18n/index.js';
import { shortDate } from '../../model/civil-date.js';
import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { bookRows, record, type Entry, type ReplyBook } from '../../rsvp/book.js';
import { serialiseReplies } from '../../rsvp/file.js';
import { findInvitee } from '../../rsvp/find.js';
import { importReplies, readTable } from '../../rsvp/import.js';
import { loadBook } from '../../rsvp/load.js';
import { formatReplyTime, nowReplyTime, parseDelegate, parseReplyTime, replySummary, type Reply } from '../../rsvp/reply.js';
import { parseVia } from '../../rsvp/vocabulary.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';
import { fail as report, loadSinglePlan, usage } from '../single-plan.js';

export interface RsvpOptions extends OutputOptions {
  coming?: boolean;
  notComing?: boolean;
  delegate?: string;
  via?: string;
  note?: string;
  at?: string;
  import?: string;
  sheet?: string;
  json?: boolean;
}

/** `plan rsvp [plan] [who]`: one argument ending in .yaml/.yml is the plan, any other the invitee. */
function positional(args: readonly string[]): { file?: string; who?: string } {
  if (args.length >= 2) return { file: args[0]!, who: args.slice(1).join(' ') };
  if (args.length === 1) return /\.ya?ml$/i.test(args[0]!) ? { file: args[0]! } : { who: args[0]! };
  return {};
}

/** The reply the options give, or the usage problem with them; undefined when no reply is given (listing or import). */
function replyFromOptions(options: RsvpOptions): { reply?: Reply; problem?: Diagnostic } {
  const given = [options.coming, options.notComing, options.delegate !== undefined].filter(Boolean).length;
  if (given > 1) return { problem: usage('rsvp/one-status') };
  const via = options.via === undefined ? undefined : parseVia(options.via.replace(/-/g, ' '));
  if (options.via !== undefined && via === undefined) return { problem: usage('rsvp/bad-via-option', { value: options.via }) };
  const at = options.at === undefined ? undefined : parseReplyTime(options.at);
  if (options.at !== undefined && at === undefined) return { problem: usage('rsvp/bad-at', { value: options.at }) };
  // With --import, --at is the time of the rows that do not say when.
  if (given === 0 && options.import !== undefined) return at ? { reply: { status: 'no-reply', when: formatReplyTime(at) } } : {};
  if (given === 0) return (via || at || options.note) ? { problem: usage('rsvp/one-status') } : {};
  const reply: Reply = { status: options.coming ? 'coming' : options.notComing ? 'not-coming' : 'delegate' };
  if (options.delegate !== undefined) {
    const delegate = parseDelegate(options.delegate);
    if (delegate.name === '') return { problem: usage('rsvp/empty-delegate') };
    reply.delegate = delegate;
  }
  if (via) reply.via = via;
  reply.when = at ? formatReplyTime(at) : nowReplyTime();
  if (options.note?.trim()) reply.note = options.note.trim();
  return { reply };
}

export async function runRsvp(args: string[], options: RsvpOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const { file, who } = positional(args);
  const wanted = replyFromOptions(options);
  if (wanted.problem) return report([wanted.problem], ExitCode.usage, options, io);
  if (wanted.reply && options.import === undefined && who === undefined) return report([usage('rsvp/needs-who')], ExitCode.usage, options, io);

  const plan = await loadSinglePlan(file, options, io);
  if (!plan.ok) return plan.code;
  const model = plan.check.model;
  const shown = (path: string) => relativeSlashPath(path, io.cwd);

  const load = await loadBook(model, plan.planFile);
  if (!load.ok) {
    emitGrouped(load.diagnostics, options, io);
    return exitCode(load.diagnostics, true);
  }
  const { book, path } = load;
  // The plan's own findings are plan check's to show; here only what concerns the replies.
  const warnings = [...load.diagnostics];
  for (const e of book.entries) {
    if (e.rekeyedFrom) io.stderr.write(`ℹ ${t('rsvp/rekeyed', { from: e.rekeyedFrom, to: e.key, who: e.label }, lang)}\n`);
  }

  const save = async (): Promise<number | undefined> => {
    try {
      await writeFileAtomic(path, serialiseReplies(bookRows(book)));
      return undefined;
    } catch (error) {
      emitGrouped([writeErrorDiagnostic(error, io.cwd, path)], options, io);
      return ExitCode.usage;
    }
  };

  if (options.import !== undefined) {
    const source = resolve(io.cwd, options.import);
    const table = await readTable(source, options.sheet);
    if (!table.ok) {
      emitGrouped([...warnings, ...table.diagnostics], options, io);
      return ExitCode.usage;
    }
    const merged = importReplies(source, table.rows, book, wanted.reply?.when);
    const diagnostics = [...warnings, ...table.diagnostics, ...merged.diagnostics];
    if (diagnostics.length > 0) emitGrouped(diagnostics, options, io);
    if (merged.diagnostics.some((d) => d.severity === 'error')) return ExitCode.inputErrors;
    if (merged.changed.length > 0 || !load.exists) {
      const failed = await save();
      if (failed !== undefined) return failed;
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ file: shown(path), imported: merged.changed.map((e) => ({ key: e.key, invitee: e.label, ...replyJson(e.row) })), unchanged: merged.unchanged }, null, 2)}\n`);
    } else {
      io.stderr.write(`✔ ${t('rsvp/imported', { changed: merged.changed.length, unchanged: merged.unchanged, file: shown(source) }, lang)}\n  ${t('rsvp/file', { file: shown(path) }, lang)}\n`);
    }
    return ExitCode.ok;
  }

  if (wanted.reply && options.import === undefined) {
    if (warnings.length > 0) emitGrouped(warnings, options, io);
    const findable = book.entries.map((e) => ({ ...e, names: [e.invitee.name ?? '', e.invitee.organization ?? ''].filter(Boolean) }));
    const found = findInvitee(who!, findable);
    if (found.kind !== 'one') {
      const lines = found.kind === 'ambiguous'
        ? [`✖ ${t('rsvp/ambiguous', { who: who!, count: found.candidates.length }, lang)}`, ...found.candidates.map((c) => `  ${c.key}  ${c.label}`)]
        : [`✖ ${t('rsvp/not-found', { who: who! }, lang)}`, ...(found.nearest.length ? [`  ${t('rsvp/did-you-mean', undefined, lang)}`, ...found.nearest.map((c) => `  ${c.key}  ${c.label}`)] : [])];
      io.stderr.write(`${lines.join('\n')}\n`);
      return ExitCode.inputErrors;
    }
    const entry = book.entries.find((e) => e.key === found.item.key)!;
    const outcome = record(entry, wanted.reply);
    if (outcome.changed || !load.exists) {
      const failed = await save();
      if (failed !== undefined) return failed;
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ file: shown(path), key: entry.key, invitee: entry.label, changed: outcome.changed, ...replyJson(entry.row), history: entry.row.history }, null, 2)}\n`);
      return ExitCode.ok;
    }
    const lines = outcome.changed
      ? [`✔ ${t('rsvp/recorded', { who: entry.label, reply: replySummary(entry.row) }, lang)}`, ...(outcome.previous ? [`  ${t('rsvp/previous', { reply: replySummary(outcome.previous) }, lang)}`] : [])]
      : [`✔ ${t('rsvp/unchanged', { who: entry.label }, lang)}`];
    io.stderr.write(`${[...lines, `  ${t('rsvp/file', { file: shown(path) }, lang)}`].join('\n')}\n`);
    return ExitCode.ok;
  }

  // Alone: who has not replied, by group, with phone numbers: the list to call. A first run makes the file to fill.
  if (warnings.length > 0) emitGrouped(warnings, options, io);
  if (!load.exists) {
    const failed = await save();
    if (failed !== undefined) return failed;
    if (!options.json) io.stderr.write(`✔ ${t('rsvp/created', { file: shown(path) }, lang)}\n`);
  }
  const groups = waitingByGroup(model, book, lang);
  const waiting = groups.reduce((n, g) => n + g.entries.length, 0);
  if (options.json) {
    const json = {
      file: shown(path),
      total: book.entries.length,
      waiting,
      ...(model.invitations?.replyBy ? { replyBy: shortDate(model.invitations.replyBy) } : {}),
      groups: groups.map((g) => ({ id: g.id ?? null, text: g.text, invitees: g.entries.map((e) => ({ key: e.key, invitee: e.label, phone: e.invitee.phone ?? null })) })),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (waiting === 0) {
    io.stdout.write(`${t('rsvp/all-replied', { total: book.entries.length }, lang)}\n`);
    return ExitCode.ok;
  }
  const replyBy = model.invitations?.replyBy ? t('rsvp/reply-by', { date: shortDate(model.invitations.replyBy) }, lang) : '';
  const out = [`${t('rsvp/waiting', { waiting, total: book.entries.length }, lang)}${replyBy}`];
  for (const g of groups) {
    if (g.entries.length === 0) continue;
    out.push('', `${g.text} (${g.entries.length})`);
    const width = Math.max(...g.entries.map((e) => [...e.label].length));
    for (const e of g.entries) out.push(`  ${e.label.padEnd(width)}  ${e.invitee.phone ?? t('rsvp/no-phone', undefined, lang)}`);
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return ExitCode.ok;
}

function replyJson(r: Reply) {
  return { status: r.status, delegate: r.delegate ?? null, via: r.via ?? null, when: r.when ?? null, note: r.note ?? null };
}

/** The invitees without a reply, in the order of the plan's attendee groups (Thành phần), then those of no known group. */
export function waitingByGroup(model: PlanModel, book: ReplyBook, lang: OutputOptions['lang']): { id?: string; text: string; entries: Entry[] }[] {
  const waiting = book.entries.filter((e) => e.row.status === 'no-reply');
  const known = new Set(model.attendees.map((a) => a.id));
  const groups: { id?: string; text: string; entries: Entry[] }[] = model.attendees.map((a) => ({ id: a.id, text: a.text, entries: waiting.filter((e) => e.invitee.group === a.id) }));
  const rest = waiting.filter((e) => !e.invitee.group || !known.has(e.invitee.group));
  if (rest.length > 0) groups.push({ text: t('rsvp/no-group', undefined, lang), entries: rest });
  return groups;
}

/** Diagnostics of several files (the plan, the replies file, an imported table), each under its own file. */
function emitGrouped(diagnostics: readonly Diagnostic[], options: OutputOptions, io: Io): void {
  const byFile = new Map<string | undefined, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  emitReport([...byFile].map(([file, ds]) => ({ file, diagnostics: ds })), options, io, 'stderr');
}
