import type { Diagnostic } from './diagnostic.js';
import type { Output } from './output.js';

/** What a producer made: its files, or why it could not (the diagnostics' kinds give the exit code). */
export type Produced = { ok: true; outputs: Output[]; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** A document family a build can produce, given what the engine has loaded for it (`Context`). */
export type Producer<Context> = (context: Context) => Promise<Produced>;
