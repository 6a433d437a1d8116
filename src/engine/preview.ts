import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { prepareBatch } from '../merge/invitations.js';
import { distributionProducer } from './producers/distribution.js';
import { sharedInvitees } from './producers.js';
import { renderPlan } from '../render/plan/render-plan.js';

export const PREVIEW_KINDS = ['plan', 'invitation', 'distribution'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

export type Preview =
  | { ok: true; bytes: Uint8Array; /** Every letter's recipient, for the page's picker (invitation only). */ recipients?: string[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * One document exactly as `plan build` would write it, in memory: the page shows these bytes, so the preview and
 * the file can never disagree. `index` picks the invitee's letter (0-based, clamped).
 */
export async function previewDocument(model: PlanModel, planFile: string, templatesDir: string, kind: PreviewKind, index = 0): Promise<Preview> {
  if (kind === 'plan') return renderPlan(model, templatesDir);
  if (kind === 'distribution') {
    const produced = await distributionProducer({ model, planFile, templatesDir, outDir: '', progress: () => {}, invitees: sharedInvitees(model, planFile) });
    if (!produced.ok) return produced;
    const [first] = produced.outputs;
    return first ? { ok: true, bytes: first.bytes } : { ok: false, diagnostics: produced.diagnostics };
  }
  if (!model.invitations) return { ok: false, diagnostics: [{ file: planFile, severity: 'error', ruleId: 'invite', messageId: 'invite/no-invitations', params: {} }] };
  const prepared = await prepareBatch(model, planFile, templatesDir);
  if (!prepared.ok) return prepared;
  const { letters, template } = prepared.batch;
  const letter = letters[Math.min(Math.max(0, index), letters.length - 1)]!;
  return { ok: true, bytes: template.fill(letter.values), recipients: letters.map((l) => l.recipient) };
}
