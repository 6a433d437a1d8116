import { lstat, readFile, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { relativeSlashPath } from '../../report/paths.js';
import { pathToFileURL } from 'node:url';
import { t } from '../../i18n/index.js';
import { slugify } from '../../merge/filename.js';
import { defaultTemplatesDir } from '../../render/templates.js';
import { writeNewFileAtomic } from '../../write/atomic.js';
import { writeErrorDiagnostic } from '../../write/errors.js';
import { isWindowsReserved } from '../../write/file-names.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { ExitCode, type Io } from '../io.js';
import { FORMS } from '../../model/letter-forms.js';
import type { LetterForm } from '../../model/plan.js';
import { emitReport, type OutputOptions } from '../output.js';
import { usageProblem } from '../../engine/plan.js';

export interface InitOptions extends OutputOptions {
  /** A templates folder to use instead of the shipped one; its `init/` subfolder holds the two files. */
  templates?: string;
  /** "Today", for the dates filled into the template (tests pin it). */
  today?: Date;
  /** Last year's plan to start from instead of the template. */
  from?: string;
  /** With from: move every date by this much (`1y`, `364d`). */
  shift?: string;
  /** The letter form to start from (`thu-moi` …): its invitations block from templates/init/<form>.yaml. */
  form?: string;
}

const FORM_NAMES = Object.keys(FORMS) as LetterForm[];

/**
 * The plan template with its invitations block (from its own comment line to the page settings) replaced by the one
 * of the chosen form. Undefined when the template has no such block to replace.
 */
export function withFormBlock(plan: string, block: string): string | undefined {
  const start = plan.search(/^# Giấy mời \(không bắt buộc\)/mu);
  const end = plan.search(/^# Lề trang/mu);
  if (start < 0 || end < start) return undefined;
  return `${plan.slice(0, start)}${block.trimEnd()}\n\n${plan.slice(end)}`;
}

export const DEFAULT_NAME = 'ke-hoach-moi';
/** The files of templates/init/ (IT staff may edit them; see templates/init/README.md). */
export const PLAN_TEMPLATE = 'ke-hoach.yaml';
export const DATA_TEMPLATE = 'khach-moi.csv';
/** The invitee spreadsheet is written beside the plan as `<name>-khach-moi.csv`. */
export const dataFileName = (name: string): string => `${name}-${DATA_TEMPLATE}`;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

/** The plan's base name from what the clerk typed (`hoi-nghi`, `hoi-nghi.yaml`), or undefined when unsafe. */
export function planName(input: string): string | undefined {
  const name = input.replace(/\.ya?ml$/i, '');
  return SAFE_NAME.test(name) && !isWindowsReserved(name) ? name : undefined;
}

const BOM = '\uFEFF';

/**
 * `plan init [NAME]`: writes plans/NAME.yaml from templates/init/ke-hoach.yaml and plans/NAME-khach-moi.csv from
 * templates/init/khach-moi.csv. It never overwrites: when either file exists nothing is written and the exit code is 2.
 */
export async function runInit(input: string | undefined, options: InitOptions, io: Io): Promise<number> {
  const fail = (diagnostics: Diagnostic[]) => {
    emitReport([{ file: diagnostics[0]?.file, diagnostics }], options, io, 'stderr');
    return ExitCode.usage;
  };

  if (options.from !== undefined) {
    const { runInitFrom } = await import('./init-from.js');
    return runInitFrom(input, options.from, options, io);
  }
  const name = planName(input ?? DEFAULT_NAME);
  if (name === undefined) {
    const suggestion = slugify(input ?? '', 60) || DEFAULT_NAME;
    return fail([usageProblem('init/bad-name', { name: input ?? '', suggestion })]);
  }

  const form = options.form as LetterForm | undefined;
  if (form !== undefined && !FORM_NAMES.includes(form)) {
    return fail([usageProblem('init/bad-form', { value: form, forms: FORM_NAMES.join(', ') })]);
  }
  // A letter to everyone at once needs no invitee spreadsheet.
  const withData = form === undefined || form === 'giay-moi' || form === 'thu-moi';

  const templateDir = join(options.templates ? resolve(io.cwd, options.templates) : defaultTemplatesDir(), 'init');
  const plansDir = join(io.cwd, 'plans');
  const planPath = join(plansDir, `${name}.yaml`);
  const dataName = dataFileName(name);
  const dataPath = join(plansDir, dataName);
  const shown = (path: string) => relativeSlashPath(path, io.cwd);

  const existing: Diagnostic[] = [];
  for (const path of withData ? [planPath, dataPath] : [planPath]) {
    if (await exists(path)) existing.push({ file: path, severity: 'error', ruleId: 'io/write', messageId: 'init/exists' });
  }
  if (existing.length > 0) return fail(existing);

  const texts: string[] = [];
  const files = [PLAN_TEMPLATE, DATA_TEMPLATE, ...(form && form !== 'giay-moi' ? [`${form}.yaml`] : [])];
  for (const file of files) {
    const path = join(templateDir, file);
    try {
      texts.push((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      return fail([{ file: path, severity: 'error', ruleId: 'io/read', messageId: 'init/template-missing', params: { file: path, code } }]);
    }
  }
  const values = templateValues(name, dataName, options.today ?? new Date());
  const planText = texts[2] === undefined ? texts[0]! : withFormBlock(texts[0]!, texts[2]);
  if (planText === undefined) {
    const path = join(templateDir, PLAN_TEMPLATE);
    return fail([{ file: path, severity: 'error', ruleId: 'io/read', messageId: 'init/template-missing', params: { file: path, code: 'invitations' } }]);
  }
  const plan = pointModeline(fillTemplate(planText, values), plansDir, await schemaFor(io.cwd));
  // Excel opens a CSV as UTF-8 only when it starts with a byte order mark; CRLF is what Excel writes.
  const data = BOM + texts[1]!.replace(/\r?\n/g, '\r\n');

  const created: string[] = [];
  try {
    const writes: [string, string][] = withData ? [[planPath, plan], [dataPath, data]] : [[planPath, plan]];
    for (const [path, text] of writes) {
      await writeNewFileAtomic(path, text);
      created.push(path);
    }
  } catch (error) {
    // All or nothing: a file that appeared meanwhile (EEXIST) or a failed write leaves no half-made pair.
    for (const path of created) await rm(path, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const file = [planPath, dataPath][created.length]!;
    if (code === 'EEXIST') return fail([{ file, severity: 'error', ruleId: 'io/write', messageId: 'init/exists' }]);
    return fail([writeErrorDiagnostic(error, io.cwd, file)]);
  }

  for (const path of created) io.stderr.write(`✔ ${shown(path)}\n`);
  const next = withData ? t('init/next', { plan: shown(planPath), data: shown(dataPath) }, options.lang) : t('init/next-single', { plan: shown(planPath) }, options.lang);
  io.stderr.write(`${next}\n`);
  return ExitCode.ok;
}

const MODELINE = /^(# yaml-language-server: \$schema=)(\S+)/;

/**
 * Where the new plan's modeline should point: the project's own schema/plan.schema.json when it has one (this repository,
 * or a copy), else the schema shipped with the program (e.g. under node_modules).
 */
async function schemaFor(cwd: string): Promise<string> {
  const own = join(cwd, 'schema', 'plan.schema.json');
  return (await exists(own)) ? own : join(dirname(defaultTemplatesDir()), 'schema', 'plan.schema.json');
}

/** Rewrites the modeline's path so editors find the schema from plans/: relative inside the project, else a file:// URI. */
export function pointModeline(text: string, plansDir: string, schema: string): string {
  const rel = relativeSlashPath(schema, plansDir);
  const inside = !isAbsolute(rel) && rel.startsWith('../') && !rel.split('/').slice(1).includes('..');
  const target = inside ? rel : pathToFileURL(schema).href;
  return text.replace(MODELINE, (_whole, head: string) => `${head}${target}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const addDays = (d: Date, days: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

/** Moves a Saturday or Sunday to the next Monday (step 1) or the previous Friday (step -1). */
function weekday(d: Date, step: 1 | -1): Date {
  let day = d;
  while (day.getDay() === 0 || day.getDay() === 6) day = addDays(day, step);
  return day;
}

/**
 * The placeholders of templates/init/ke-hoach.yaml. Dates follow from today so the new plan checks clean: the plan is
 * dated today, the letters a week later, the event three weeks later, replies three days before it; all on weekdays.
 */
export function templateValues(name: string, data: string, today: Date): Record<string, string> {
  const issued = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const invitation = weekday(addDays(issued, 7), 1);
  const event = weekday(addDays(issued, 21), 1);
  const replyBy = weekday(addDays(event, -3), -1);
  return {
    name,
    data,
    year: String(event.getFullYear()),
    'document-date': iso(issued),
    'invitation-date': iso(invitation),
    'event-date': iso(event),
    'reply-by': iso(replyBy),
  };
}

/** Replaces `{{key}}`; an unknown key stays as written so a mistake in an edited template shows in `plan check`. */
export const fillTemplate = (text: string, values: Record<string, string>): string =>
  text.replace(/\{\{([a-z-]+)\}\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key]! : whole));
