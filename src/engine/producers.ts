import { resolveInvitees, type InviteesResult } from '../load/invitees/resolve.js';
import type { PlanModel } from '../model/plan.js';
import { renderPlan } from '../render/plan/render-plan.js';
import type { Producer } from './documents.js';
import { invitationOutputs, prepareBatch } from '../merge/invitations.js';
import { distributionProducer } from './producers/distribution.js';
import { attendeesProducer, badgesProducer, envelopesProducer, signInProducer } from './producers/attendees.js';

const producePlan: Producer = async (context) => {
  const result = await renderPlan(context.model, context.templatesDir);
  if (!result.ok) return result;
  return { ok: true, outputs: [{ kind: 'plan', name: 'ke-hoach.docx', bytes: result.bytes }], diagnostics: [] };
};

/** Every invitation letter and the merged file; nothing when the plan has no invitations section. */
const produceInvitations: Producer = async (context) => {
  if (!context.model.invitations) return { ok: true, outputs: [], diagnostics: [] };
  const prepared = await prepareBatch(context.model, context.planFile, context.templatesDir, {}, context.invitees);
  if (!prepared.ok) return prepared;
  return { ok: true, outputs: await invitationOutputs(prepared.batch, context.progress), diagnostics: prepared.diagnostics };
};

/** The document families `plan build` produces, in order; `--only` picks among them. */
const LIST = {
  plan: producePlan,
  invitations: produceInvitations,
  distribution: distributionProducer,
  // After the invitations (plan rsvp): made only when asked for with --only, as they depend on the replies.
  attendees: attendeesProducer,
  'sign-in': signInProducer,
  badges: badgesProducer,
  envelopes: envelopesProducer,
} satisfies Record<string, Producer>;

export type ProducerName = keyof typeof LIST;
export const PRODUCERS: Record<ProducerName, Producer> = LIST;
export const PRODUCER_NAMES = Object.keys(PRODUCERS) as ProducerName[];

/** BuildContext.invitees: the list read on the first call; later calls get the same invitees without the findings. */
export function sharedInvitees(model: PlanModel, planFile: string): () => Promise<InviteesResult> {
  let read: Promise<InviteesResult> | undefined;
  return async () => {
    if (read === undefined) return (read = resolveInvitees(model, planFile));
    const found = await read;
    return { ...found, diagnostics: [] };
  };
}

/** What `plan build` makes without --only: the documents of the plan and the invitations. */
export const DEFAULT_PRODUCER_NAMES: ProducerName[] = ['plan', 'invitations', 'distribution'];
