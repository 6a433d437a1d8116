import { createHash } from 'node:crypto';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { eventTimeView, eventVenueView, invitationView } from '../render/invitation/view.js';
import { formTypeName } from '../model/letter-forms.js';
import { citedNumber, letterNumberLine, numberLineOf } from '../render/house.js';
import { loadTextTemplate, TemplateError, type TextTemplate } from '../render/templates.js';

/** A letter, the plan, or a reminder to an invitee who has not replied (`plan send --remind`, the letter again). */
export type MessageKind = 'invitation' | 'plan' | 'reminder';

/** The wording templates of the e-mails, under the templates folder. */
export const EMAIL_TEMPLATES: Record<MessageKind, { subject: string; body: string }> = {
  invitation: { subject: 'email/giay-moi-tieu-de.hbs', body: 'email/giay-moi-noi-dung.hbs' },
  plan: { subject: 'email/ke-hoach-tieu-de.hbs', body: 'email/ke-hoach-noi-dung.hbs' },
  reminder: { subject: 'email/nhac-xac-nhan-tieu-de.hbs', body: 'email/nhac-xac-nhan-noi-dung.hbs' },
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

/** The plan's number as a sentence cites it, in the house style (`05/KH-KHCN`, `2297-KH/BDVTW`); null without a number. */
const planCode = (model: PlanModel): string | null =>
  model.document.number ? citedNumber(numberLineOf(model, model.document, model.documentType.code)) : null;

/** The letter's number as its form prints it (`06/GM-KHCN`, `12/TB-HĐND`, `3710/BGDĐT-VP`); null without a number. */
const letterCode = (model: PlanModel, number: string | undefined): string | null =>
  number && model.invitations ? citedNumber(letterNumberLine(model, model.invitations, number)) : null;


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
        time: eventTimeView(model),
        venue: eventVenueView(model),
        signer: model.signer,
      };
  return {
    ...base,
    plan: {
      number: model.document.number ?? null,
      date: model.document.date ?? null,
      title: model.document.title,
      code: planCode(model),
      typeName: model.documentType.name,
    },
    letter: { number: slots.number ?? null, code: letterCode(model, slots.number), typeName: model.invitations ? formTypeName(model.invitations) : 'Giấy mời' },
    recipient: slots.recipient,
    sender: slots.sender,
    attachments: slots.attachments,
  };
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
  const diagnostics: Diagnostic[] = [];
  const compiled = new Map<string, TextTemplate>();
  const sample = view(model, { recipient: 'x', number: '01', attachments: ['x.docx'], sender: { name: 'x', address: 'x@example.vn' } });
  for (const kind of kinds) {
    for (const name of [EMAIL_TEMPLATES[kind].subject, EMAIL_TEMPLATES[kind].body]) {
      const load = await loadTextTemplate(templatesDir, name);
      if (!load.ok) {
        diagnostics.push(...load.diagnostics);
        continue;
      }
      try {
        load.render(sample);
        compiled.set(name, load.render);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        diagnostics.push(error.diagnostic);
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
