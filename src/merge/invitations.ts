import type { Output } from '../core/output.js';
import { resolveInvitees, type InviteeSource, type InviteesResult } from '../load/invitees/resolve.js';
import type { Invitations, PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { renderLetter } from '../render/invitation/letter.js';
import { letterDate, planLetter, SENTINEL_VALUES } from '../render/invitation/letter-plan.js';
import { LetterTemplate, type FillValues } from './fill.js';
import { letterFileName } from './filename.js';
import { inviteeName } from '../model/invitee.js';
import { cleanInvitee } from './values.js';
import { pad2 } from '../text/pad.js';
import { formOf, perInvitee } from '../model/letter-forms.js';

/** Where the letters go, under the output folder, and the merged file's name. */
export const LETTERS_DIR = 'giay-moi';
export const MERGED_NAME = 'giay-moi-tat-ca.docx';

export interface Letter {
  /** The invitee as printed in the letter. */
  recipient: string;
  values: FillValues;
  /** Path relative to the output folder, `giay-moi/001-….docx`. */
  name: string;
}

export interface Batch {
  template: LetterTemplate;
  letters: Letter[];
  /** One letter for everyone (a "Thành phần mời", Kính gửi list, notice): no merged file. */
  single: boolean;
}

export type BatchResult =
  | { ok: true; batch: Batch; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** The number of the i-th letter (0-based): the batch's, or consecutive from it in per-invitee numbering. */
export function letterNumber(invitations: Invitations, index: number): string {
  return invitations.numbering === 'per-invitee' ? pad2(Number(invitations.document.number) + index) : invitations.document.number ?? '';
}

/** Renders the letter once and names every invitee's letter: everything a run needs before writing. */
export async function prepareBatch(
  model: PlanModel,
  planFile: string,
  templatesDir: string,
  source: InviteeSource = {},
  invitees: () => Promise<InviteesResult> = () => resolveInvitees(model, planFile, source),
): Promise<BatchResult> {
  const letter = await planLetter(model, templatesDir, planFile);
  if (!letter.ok) return letter;
  if (!perInvitee(letter.plan.invitations)) {
    const template = new LetterTemplate(await renderLetter(letter.plan, SENTINEL_VALUES), letterDate(letter.plan));
    const invitations = letter.plan.invitations;
    const recipient = invitations.addressees.join('; ') || invitations.document.title;
    const values = { recipient: '', number: letterNumber(invitations, 0) };
    return { ok: true, batch: { template, single: true, letters: [{ recipient, values, name: `${LETTERS_DIR}/${formOf(invitations).file}` }] }, diagnostics: [] };
  }
  const found = await invitees();
  if (!found.ok) return found;
  const template = new LetterTemplate(await renderLetter(letter.plan, SENTINEL_VALUES), letterDate(letter.plan));
  const used = new Set<string>();
  const total = found.invitees.length;
  const letters = found.invitees.map((raw, i): Letter => {
    const invitee = cleanInvitee(raw);
    const recipient = inviteeName(invitee);
    return {
      recipient,
      values: { recipient, number: letterNumber(letter.plan.invitations, i) },
      name: `${LETTERS_DIR}/${letterFileName(i + 1, invitee, used, total)}`,
    };
  });
  return { ok: true, batch: { template, letters, single: false }, diagnostics: found.diagnostics };
}

/** For `plan build`: every letter and the merged file, in memory. */
export async function invitationOutputs(batch: Batch, progress: (done: number, total: number) => void = () => {}): Promise<Output[]> {
  if (batch.single) {
    progress(1, 1);
    return batch.letters.map((letter) => ({ kind: 'invitation', name: letter.name, bytes: batch.template.fill(letter.values) }));
  }
  const total = batch.letters.length * 2;
  const outputs: Output[] = batch.letters.map((letter, i) => {
    progress(i + 1, total);
    return { kind: 'invitation', name: letter.name, bytes: batch.template.fill(letter.values), invitee: letter.recipient };
  });
  const merged = await batch.template.merged(batch.letters.map((l) => l.values), batch.letters.length, (done) =>
    progress(batch.letters.length + done, total),
  );
  const values = batch.letters.map((l) => l.values);
  const chunk = (start: number, end: number, bookmark: (i: number) => string) =>
    batch.template.merged(values.slice(start, end), end - start, undefined, (k) => bookmark(start + k));
  outputs.push({ kind: 'invitations', name: MERGED_NAME, bytes: merged, letters: { count: values.length, chunk } });
  return outputs;
}
