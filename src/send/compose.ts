import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { compareDates } from '../model/civil-date.js';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { invitationView } from '../render/invitation/view.js';
import { TEMPLATE_HELPERS } from '../render/template-helpers.js';

export type MessageKind = 'invitation' | 'plan';

/** The wording templates of the e-mails, under the templates folder. */
export const EMAIL_TEMPLATES: Record<MessageKind, { subject: string; body: string }> = {
  invitation: { subject: 'email/giay-moi-tieu-de.hbs', body: 'email/giay-moi-noi-dung.hbs' },
  plan: { subject: 'email/ke-hoach-tieu-de.hbs', body: 'email/ke-hoach-noi-dung.hbs' },
};

export interface MessageText {
  subject: string;
  text: string;
}

/** What varies between the messages of one kind. */
export interface MessageSlots {
  recipient: string;
  /** The letter's number (per-invitee numbering gives each its own). */
  number?: string;
  attachments: string[];
  sender: { name: string; address: string };
}

export type Composer = (kind: MessageKind, slots: MessageSlots) => MessageText;

const code = (number: string | undefined, type: string, abbreviation: string): string | null =>
  number ? `${number}/${type}-${abbreviation}` : null;

/**
 * The templates' view: the letter's (see render/invitation/view.ts) plus the plan, the letter number, the sender and
 * the attachments. Every field is present (null when empty), as the templates are compiled strict. Data values are
 * the context, never compiled.
 */
function view(model: PlanModel, slots: MessageSlots) {
  const base = model.invitations
    ? invitationView(model, model.invitations)
    : {
        issuer: { parent: null, address: null, ...model.issuer, displayName: model.issuer.nameInText },
        invitation: null,
        time: { start: null, end: null, duration: null, note: null, ...model.time, oneDay: compareDates(model.time.from, model.time.to) === 0 },
        venue: { address: null, ...model.venue },
        signer: model.signer,
      };
  return {
    ...base,
    plan: {
      number: model.document.number ?? null,
      date: model.document.date ?? null,
      title: model.document.title,
      code: code(model.document.number, 'KH', model.issuer.abbreviation),
    },
    letter: { number: slots.number ?? null, code: code(slots.number, 'GM', model.issuer.abbreviation) },
    recipient: slots.recipient,
    sender: slots.sender,
    attachments: slots.attachments,
  };
}

const problem = (file: string, messageId: string, params: Record<string, string | number>, line?: number): Diagnostic => ({
  file,
  ...(line ? { range: { start: { line, column: 1 }, end: { line, column: 2 } } } : {}),
  severity: 'error',
  ruleId: 'template',
  messageId,
  params,
});

function fromError(file: string, error: unknown): Diagnostic {
  const first = String((error as Error)?.message ?? error).split('\n')[0]!;
  const at = /Parse error on line (\d+)/.exec(first) ?? /- (\d+):\d+$/.exec(first);
  const line = at ? Number(at[1]) : undefined;
  const field = /"([^"]+)" not defined/.exec(first);
  if (field) return problem(file, 'template/field', { field: field[1]! }, line);
  const helper = /unknown helper (\S+)/.exec(first);
  if (helper) return problem(file, 'template/helper', { helper: helper[1]! }, line);
  return problem(file, 'template/syntax', { detail: first.replace(/ - \d+:\d+$/, '') }, line);
}

/** A subject is one line; a body has no trailing spaces and at most one blank line in a row. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const tidy = (text: string): string =>
  text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';

/**
 * Loads and compiles the four templates (strict, noEscape, our helpers only) and tries each on the plan, so a misspelt
 * field is reported before anything is sent rather than at the first message.
 */
export async function loadComposer(model: PlanModel, templatesDir: string, kinds: readonly MessageKind[]): Promise<
  { ok: true; compose: Composer } | { ok: false; diagnostics: Diagnostic[] }
> {
  const options = {
    strict: true,
    noEscape: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((k) => [k, true])),
  };
  const diagnostics: Diagnostic[] = [];
  const compiled = new Map<string, (context: object) => string>();
  for (const kind of kinds) {
    for (const name of [EMAIL_TEMPLATES[kind].subject, EMAIL_TEMPLATES[kind].body]) {
      const file = join(templatesDir, name);
      let source: string;
      try {
        source = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').normalize('NFC');
      } catch (error) {
        diagnostics.push(problem(file, 'template/missing', { code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
        continue;
      }
      const handlebars = Handlebars.create();
      try {
        handlebars.precompile(source, options);
        const render = handlebars.compile(source, options);
        const run = (context: object) => render(context, { helpers: TEMPLATE_HELPERS });
        run(view(model, { recipient: 'x', number: '01', attachments: ['x.docx'], sender: { name: 'x', address: 'x@example.vn' } }));
        compiled.set(name, (context) => {
          try {
            return run(context);
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`);
          }
        });
      } catch (error) {
        diagnostics.push(fromError(file, error));
      }
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return {
    ok: true,
    compose: (kind, slots) => {
      const context = view(model, slots);
      return {
        subject: oneLine(compiled.get(EMAIL_TEMPLATES[kind].subject)!(context)),
        text: tidy(compiled.get(EMAIL_TEMPLATES[kind].body)!(context)),
      };
    },
  };
}

/**
 * The (document, recipient) pair a message carries: the document by kind and number, the recipient by name and address.
 * A pair the log records as accepted is never sent again.
 */
export const messageKey = (kind: MessageKind, number: string, recipient: string, address: string): string =>
  [kind, number, recipient, address.toLowerCase()].join('|');

/**
 * A Message-ID the same in every run for the same plan and pair, so a resent message is recognisable (and mail
 * systems that de-duplicate on it can). The left part is readable: plan, kind, number, then a hash.
 */
export function messageId(plan: string, key: string, senderAddress: string): string {
  const hash = createHash('sha256').update(JSON.stringify([plan, key])).digest('hex').slice(0, 24);
  const slug = plan.normalize('NFD').replace(/[^A-Za-z0-9-]+/g, '').slice(0, 40) || 'plan';
  const [kind, number] = key.split('|');
  const domain = senderAddress.split('@')[1] ?? 'localhost';
  return `<${slug}.${kind}.${number || 'x'}.${hash}@${domain}>`;
}
