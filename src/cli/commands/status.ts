import { exitCode } from '../../core/exit-code.js';
import { relativeSlashPath } from '../../report/paths.js';
import { countReplies, documentStates, sendState, type GroupCount, type StatusReport } from '../../engine/status.js';
import { t } from '../../i18n/index.js';
import { shortDate } from '../../model/civil-date.js';
import { eventName } from '../../render/invitation/view.js';
import { loadBook } from '../../rsvp/load.js';
import { ExitCode, type Io } from '../io.js';
import { emitReport, type OutputOptions } from '../output.js';
import { loadSinglePlan } from '../single-plan.js';

export interface StatusOptions extends OutputOptions {
  out?: string;
  json?: boolean;
}

const GROUP_WIDTH = 44;
const cut = (text: string, width: number): string => ([...text].length <= width ? text.padEnd(width) : `${[...text].slice(0, width - 1).join('')}…`);

/** `plan status`: replies by group, documents and their freshness, what the send log says; `--json` for the web page. */
export async function runStatus(file: string | undefined, options: StatusOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const plan = await loadSinglePlan(file, options, io);
  if (!plan.ok) return plan.code;
  const model = plan.check.model;
  const book = model.invitations ? await loadBook(model, plan.planFile) : undefined;
  if (book && !book.ok) {
    emitReport([{ file: book.diagnostics[0]?.file ?? plan.planFile, diagnostics: book.diagnostics }], options, io, 'stderr');
    return exitCode(book.diagnostics, true);
  }
  const shown = (path: string) => relativeSlashPath(path, io.cwd) || '.';
  const replies = book?.ok ? countReplies(model, book.book, t('rsvp/no-group', undefined, lang)) : undefined;
  const report: StatusReport & { plan: string; repliesFile?: string; hasReplies: boolean; outDir: string } = {
    plan: shown(plan.planFile),
    ...(book?.ok ? { repliesFile: shown(book.path) } : {}),
    hasReplies: Boolean(book?.ok && book.exists),
    groups: replies?.groups ?? [],
    total: replies?.total ?? { invited: 0, coming: 0, delegates: 0, notComing: 0, noReply: 0 },
    outDir: shown(plan.outDir),
    documents: await documentStates(model, plan.planFile, plan.outDir, book?.ok ? book.path : ''),
    send: await sendState(plan.outDir),
  };
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return ExitCode.ok;
  }

  const event = model.invitations ? eventName(model.invitations, model) : model.document.title;
  const lines = [t('status/heading', { event, date: shortDate(model.time.from) }, lang) + (model.invitations?.replyBy ? t('rsvp/reply-by', { date: shortDate(model.invitations.replyBy) }, lang) : ''), ''];
  const [invited, coming, not, none] = t('status/columns', undefined, lang).split('|') as [string, string, string, string];
  const widths = [invited, coming, not, none].map((h) => Math.max(h.length, 4));
  const row = (label: string, g: Omit<GroupCount, 'id' | 'text'>) =>
    `  ${cut(label, GROUP_WIDTH)} ${[g.invited, g.coming, g.notComing, g.noReply].map((n, i) => String(n).padStart(widths[i]!)).join('  ')}`;
  lines.push(`${t('status/replies', undefined, lang)}${report.hasReplies ? '' : ` (${t('status/no-replies-file', undefined, lang)})`}`);
  lines.push(`  ${''.padEnd(GROUP_WIDTH)} ${[invited, coming, not, none].map((h, i) => h.padStart(widths[i]!)).join('  ')}`);
  for (const g of report.groups) lines.push(row(g.text, g));
  lines.push(row(t('status/total', undefined, lang), report.total));
  if (report.total.delegates > 0) lines.push(`  ${t('status/delegates', { count: report.total.delegates }, lang)}`);

  lines.push('', t('status/documents', { dir: `${report.outDir}/` }, lang));
  for (const d of report.documents) {
    const mark = !d.built ? '–' : d.stale ? '⚠' : '✔';
    const what = !d.built ? t('status/missing', { kind: d.kind }, lang) : d.stale ? t('status/stale', { kind: d.kind }, lang) : d.count !== undefined ? t('status/letters', { count: d.count }, lang) : t('status/built', undefined, lang);
    lines.push(`  ${mark} ${d.file.padEnd(26)} ${what}`);
  }

  lines.push('', t('status/mail', undefined, lang));
  const s = report.send;
  if (Object.keys(s.sent).length === 0 && s.failed.length === 0) lines.push(`  ${t('status/mail-none', undefined, lang)}`);
  else lines.push(`  ✔ ${t('status/mail-sent', { invitation: s.sent.invitation ?? 0, plan: s.sent.plan ?? 0, reminder: s.sent.reminder ?? 0 }, lang)}`);
  for (const f of s.failed) lines.push(`  ✖ ${t('status/mail-failed', { who: f.recipient, to: f.to, response: f.response ?? f.result }, lang)}`);
  if (s.unreadable > 0) lines.push(`  ⚠ ${t('status/mail-unreadable', { count: s.unreadable }, lang)}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}
