import { messageKey } from './compose.js';
import type { Job, Plan } from './jobs.js';

/**
 * The reminders of `plan send --remind`: the letters' messages, for the invitees still without a reply only, turned
 * into reminders. Their keys start with `reminder`, so the send log keeps them apart from the first sending: a
 * reminder accepted once is never sent again, and an invitation sent does not stop its reminder.
 */
export function reminderPlan(plan: Plan, waiting: ReadonlySet<number>): Plan {
  const isWaiting = (i: number | undefined) => i !== undefined && waiting.has(i);
  const jobs: Job[] = plan.jobs
    .filter((j) => j.kind === 'invitation' && isWaiting(j.invitee))
    .map((j) => ({ ...j, kind: 'reminder', key: messageKey('reminder', j.number, j.recipient, j.address) }));
  const skipped = plan.skipped.filter((s) => s.kind === 'invitation' && isWaiting(s.invitee)).map((s) => ({ ...s, kind: 'reminder' as const }));
  return { jobs, skipped, diagnostics: plan.diagnostics };
}
