import type { InviteesResult } from '../load/invitees/resolve.js';
import type { PlanModel } from '../model/plan.js';
import type { Diagnostic } from '../report/diagnostic.js';

export type DocumentKind = 'plan' | 'invitation' | 'invitations' | 'distribution' | 'attendees' | 'sign-in' | 'badges' | 'envelopes';

/** One file a build produces, before it is written. */
export interface Output {
  kind: DocumentKind;
  /** File name relative to the output folder; made by us, never taken from data as is. */
  name: string;
  bytes: Uint8Array;
  /** The invitee as printed in the letter (single invitations only). */
  invitee?: string;
}

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

export type Produced = { ok: true; outputs: Output[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; ioFailure?: boolean };

/** A document family the build can produce (`--only` selects among them). */
export type Producer = (context: BuildContext) => Promise<Produced>;
