import type { Lang, MessageTable } from './messages/types.js';
import { messages as build } from './messages/build.js';
import { messages as common } from './messages/common.js';
import { messages as everyday } from './messages/everyday.js';
import { messages as invite } from './messages/invite.js';
import { messages as invitees } from './messages/invitees.js';
import { messages as load } from './messages/load.js';
import { messages as rsvp } from './messages/rsvp.js';
import { messages as rules } from './messages/rules.js';
import { messages as schema } from './messages/schema.js';
import { messages as send } from './messages/send.js';
import { messages as serve } from './messages/serve.js';
import { messages as templates } from './messages/templates.js';
import { messages as traps } from './messages/traps.js';

export type { Lang, MessageTable } from './messages/types.js';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

/**
 * Every message table, by area. Add a table here (one import above, one entry below) once its file exists;
 * the static imports keep the bundle free of file-system look-ups. tests/i18n checks that no id appears twice.
 */
export const TABLES: Readonly<Record<string, MessageTable>> = {
  build,
  common,
  everyday,
  invite,
  invitees,
  load,
  rsvp,
  rules,
  schema,
  send,
  serve,
  templates,
  traps,
};

/** Ids defined in more than one table, with the tables that define them (empty when all is well). */
export function findDuplicateIds(tables: Readonly<Record<string, MessageTable>>): { id: string; tables: string[] }[] {
  const seen = new Map<string, string[]>();
  for (const [area, table] of Object.entries(tables)) {
    for (const id of Object.keys(table)) seen.set(id, [...(seen.get(id) ?? []), area]);
  }
  return [...seen].filter(([, areas]) => areas.length > 1).map(([id, areas]) => ({ id, tables: areas }));
}

/** All tables merged; on a duplicate id the first table listed wins (the test above reports it). */
export const MESSAGES: Readonly<MessageTable> = Object.freeze(
  Object.values(TABLES).reduce<MessageTable>((all, table) => {
    for (const [id, text] of Object.entries(table)) if (!Object.hasOwn(all, id)) all[id] = text;
    return all;
  }, Object.create(null) as MessageTable),
);

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_.-]+)\}/g;

/** Fills `{name}` placeholders; a placeholder without a parameter stays visible as `{name}`. */
export function fill(template: string, params: Params | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    params && Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a template uses, sorted (for tests that compare the two languages of a message). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/**
 * The text of a message in `lang`. An unknown id never throws: it comes back as the id followed by its parameters,
 * e.g. `schema/type (field=name, expected=string)`, so the report still says what went wrong.
 */
export function t(messageId: string, params: Params | undefined, lang: Lang): string {
  const entry = Object.hasOwn(MESSAGES, messageId) ? MESSAGES[messageId] : undefined;
  const template = entry?.[lang];
  if (template !== undefined) return fill(template, params);
  const shown = Object.entries(params ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  return shown.length > 0 ? `${messageId} (${shown.join(', ')})` : messageId;
}

/** One per language: constructing Intl.PluralRules loads locale data, each time. */
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** `t` for counted phrases: picks `<baseId>.one` or `<baseId>.other` by the language's plural rules, with `{count}`. */
export function plural(baseId: string, count: number, lang: Lang, params?: Params): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const category = rules.select(count);
  const id = category === 'one' && Object.hasOwn(MESSAGES, `${baseId}.one`) ? `${baseId}.one` : `${baseId}.other`;
  return t(id, { ...params, count }, lang);
}

/** What a message needs from a diagnostic; declared here so that i18n depends on nothing above it. */
export interface MessageRef {
  messageId: string;
  params?: Params;
}

/** A diagnostic's message in words. */
export function formatMessage(d: MessageRef, lang: Lang): string {
  return t(d.messageId, d.params, lang);
}

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as string[]).includes(value);

/**
 * A language that `resolveLang` does not know: a usage error (exit code 2). It carries a message id and parameters
 * so the command line can say it in words with `t(err.messageId, err.params, lang)`.
 */
export class InvalidLangError extends Error {
  readonly messageId = 'usage/invalid-choice';
  readonly params: Params;
  constructor(
    readonly source: '--lang' | 'PLAN_LANG',
    readonly value: string,
  ) {
    super(`Invalid ${source} value "${value}"; expected one of: ${LANGS.join(', ')}`);
    this.name = 'InvalidLangError';
    this.params = { source, value, allowed: LANGS.join(', ') };
  }
}

/**
 * The output language: `--lang` wins, then the PLAN_LANG environment variable (ignored when empty), then Vietnamese.
 * Case and surrounding spaces are ignored (`EN` → `en`). Throws InvalidLangError for anything else.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const pick = (value: string, source: '--lang' | 'PLAN_LANG'): Lang => {
    const lang = value.trim().toLowerCase();
    if (isLang(lang)) return lang;
    throw new InvalidLangError(source, value);
  };
  if (flag !== undefined) return pick(flag, '--lang');
  const fromEnv = env.PLAN_LANG;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return pick(fromEnv, 'PLAN_LANG');
  return DEFAULT_LANG;
}
