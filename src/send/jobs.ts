import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadInvitees } from '../load/invitees/index.js';
import { asIo } from '../load/invitees/resolve.js';
import { isEmail } from '../text/email.js';
import type { Locate } from '../load/locate.js';
import { prepareBatch } from '../merge/invitations.js';
import { oneLineText } from '../text/one-line.js';
import { perInvitee } from '../model/letter-forms.js';
import { inviteeName } from '../model/invitee.js';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { messageKey, type MessageKind } from './compose.js';

/** The plan's file in the output folder (as plan build writes it). */
export const PLAN_DOCUMENT = 'ke-hoach.docx';

/** Where a recipient was written: a YAML line or a data-file row. */
export interface Where {
  file: string;
  line?: number;
}

/** One message to send: one document to one address. */
export interface Job {
  key: string;
  kind: MessageKind;
  /** The document, relative to the output folder. */
  document: string;
  number: string;
  recipient: string;
  address: string;
  where: Where;
  /** For a letter: the invitee's place in the list (0-based), to pair it with the invitee's reply. */
  invitee?: number;
}

export type SkipReason = 'no-address' | 'invalid-address';

export interface Skip {
  kind: MessageKind;
  recipient: string;
  reason: SkipReason;
  address?: string;
  where: Where;
  invitee?: number;
}

export interface Plan {
  jobs: Job[];
  skipped: Skip[];
  diagnostics: Diagnostic[];
}

/** Which documents a run sends. */
export type SendKind = 'invitations' | 'plan';
export const SEND_KINDS: readonly SendKind[] = ['invitations', 'plan'];

/**
 * Every message the plan calls for, in order: each invitee's letter, then the plan to each electronic recipient.
 * Recipients without a usable address are skipped with the reason and where they were written.
 */
export async function planMessages(
  model: PlanModel,
  planFile: string,
  locate: Locate | undefined,
  templatesDir: string,
  kinds: readonly SendKind[],
): Promise<{ ok: true; plan: Plan } | { ok: false; diagnostics: Diagnostic[] }> {
  const jobs: Job[] = [];
  const skipped: Skip[] = [];
  const diagnostics: Diagnostic[] = [];
  const lineOf = (path: (string | number)[]): Where => ({ file: planFile, ...(locate?.(path) ? { line: locate(path)!.start.line } : {}) });

  const add = (kind: MessageKind, document: string, number: string, recipient: string, email: string | undefined, where: Where, invitee?: number) => {
    const address = oneLineText(email).replace(/^mailto:/i, '');
    const at = invitee === undefined ? {} : { invitee };
    if (address === '') skipped.push({ kind, recipient, reason: 'no-address', where, ...at });
    else if (!isEmail(address)) skipped.push({ kind, recipient, reason: 'invalid-address', address, where, ...at });
    else jobs.push({ key: messageKey(kind, number, recipient, address), kind, document, number, recipient, address, where, ...at });
  };

  if (kinds.includes('invitations') && model.invitations) {
    const prepared = await prepareBatch(model, planFile, templatesDir);
    if (!prepared.ok) return prepared;
    diagnostics.push(...prepared.diagnostics);
    const letters = prepared.batch.letters;
    // The same list prepareBatch read, with where each invitee was written.
    let sources: { email?: string; name: string; where: Where }[];
    const data = model.invitations.data;
    if (data !== undefined) {
      const load = await loadInvitees(resolve(dirname(planFile), data), model.invitations.sheet ? { sheet: model.invitations.sheet } : {});
      if (!load.ok) return { ok: false, diagnostics: asIo(load.diagnostics) };
      sources = load.invitees.map((i) => ({ ...(i.email ? { email: i.email } : {}), name: inviteeName(i), where: { file: i.source.file, line: i.source.line } }));
    } else {
      sources = model.invitations.invitees.map((i, n) => ({ ...(i.email ? { email: i.email } : {}), name: inviteeName(i), where: lineOf(['invitations', 'invitees', n]) }));
    }
    if (!perInvitee(model.invitations)) {
      // One letter for everyone it names (a Thông báo triệu tập, a Công văn): each invitee with an address gets it.
      const letter = letters[0];
      if (letter) sources.forEach((s, i) => add('invitation', letter.name, letter.values.number, s.name, s.email, s.where, i));
    } else {
      if (sources.length !== letters.length) throw new Error(`invitee list changed while reading: ${sources.length} ≠ ${letters.length}`);
      letters.forEach((letter, i) => add('invitation', letter.name, letter.values.number, letter.recipient, sources[i]!.email, sources[i]!.where, i));
    }
  }

  if (kinds.includes('plan')) {
    model.recipients.electronic.forEach((contact, i) =>
      add('plan', PLAN_DOCUMENT, model.document.number ?? '', oneLineText(contact.name), contact.email, lineOf(['recipients', 'electronic', i])),
    );
  }
  return { ok: true, plan: { jobs, skipped, diagnostics } };
}

/** Whether a document has a PDF fit to send beside it: made, and not older than the DOCX (else it says something else). */
export type PdfState = 'fresh' | 'missing' | 'stale';

/** The PDF beside `document` (relative to the output folder) and its state. */
export function pdfOf(outDir: string, document: string): { pdf: string; state: PdfState } {
  const docx = join(outDir, document);
  const pdf = docx.replace(/\.docx$/i, '.pdf');
  if (pdf === docx || !existsSync(pdf)) return { pdf, state: 'missing' };
  return { pdf, state: statSync(pdf).mtimeMs >= statSync(docx).mtimeMs ? 'fresh' : 'stale' };
}

/**
 * The files attached to a document's message: the DOCX (the editable copy), and its PDF when `plan build --pdf` made
 * one beside it that is not older than the DOCX (a PDF left from before a rebuild would say something else).
 */
export function attachmentsOf(outDir: string, document: string): { filename: string; path: string; contentType: string }[] {
  const docx = join(outDir, document);
  const { pdf, state } = pdfOf(outDir, document);
  return [
    { filename: basename(docx), path: docx, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ...(state === 'fresh' ? [{ filename: basename(pdf), path: pdf, contentType: 'application/pdf' }] : []),
  ];
}
