import type { Producer as CoreProducer } from '../core/producer.js';
import type { InviteesResult } from '../load/invitees/resolve.js';
import type { PlanModel } from '../model/plan.js';

export type { DocumentKind, Output } from '../core/output.js';
export type { Produced } from '../core/producer.js';

export interface BuildContext {
  model: PlanModel;
  planFile: string;
  templatesDir: string;
  outDir: string;
  /** Progress for long runs (a TTY progress bar); no-op when not wanted. */
  progress: (done: number, total: number) => void;
  /**
   * The invitee list, read once for every producer that needs it (sharedInvitees). Its findings (a data file's
   * unknown column, say) come with the first call only, so a build reports them once however many documents use it.
   */
  invitees: () => Promise<InviteesResult>;
}

/** A document family `plan build` can produce (`--only` selects among them). */
export type Producer = CoreProducer<BuildContext>;
