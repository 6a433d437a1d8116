import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessageKind } from '../send/compose.js';
import { pdfOf, SEND_KINDS, type Job, type SendKind } from '../send/jobs.js';

/** The templates each document is made from, under the templates folder. */
const SOURCES_OF: Record<SendKind, string> = { invitations: 'giay-moi', plan: 'ke-hoach' };
export const KIND_OF: Record<MessageKind, SendKind> = { invitation: 'invitations', plan: 'plan', reminder: 'invitations' };

async function mtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest change among a document family's sources: the plan, its data file, its templates. */
async function newestSource(kind: SendKind, planFile: string, dataFile: string | undefined, templatesDir: string): Promise<number> {
  const files = [planFile, ...(kind === 'invitations' && dataFile ? [dataFile] : [])];
  const dir = join(templatesDir, SOURCES_OF[kind]);
  try {
    for (const name of await readdir(dir)) files.push(join(dir, name));
  } catch {
    // A missing templates folder is reported by the build.
  }
  const times = await Promise.all(files.map(mtime));
  return Math.max(0, ...times.map((t) => t ?? 0));
}

/** The document families whose files (of the messages still to send) are missing or older than their sources. */
export async function staleKinds(jobs: readonly Job[], outDir: string, planFile: string, dataFile: string | undefined, templatesDir: string): Promise<SendKind[]> {
  const stale = new Set<SendKind>();
  const newest = new Map<SendKind, number>();
  for (const job of jobs) {
    const kind = KIND_OF[job.kind];
    if (stale.has(kind)) continue;
    if (!newest.has(kind)) newest.set(kind, await newestSource(kind, planFile, dataFile, templatesDir));
    const time = await mtime(join(outDir, job.document));
    if (time === undefined || time < newest.get(kind)!) stale.add(kind);
  }
  return SEND_KINDS.filter((k) => stale.has(k));
}

export type LeftOutReason = 'missing' | 'stale' | 'rebuilt';

/** A document whose messages go with the DOCX alone, and why its PDF is left out. */
export interface LeftOut {
  /** Relative to the output folder. */
  document: string;
  reason: LeftOutReason;
  messages: number;
}

/**
 * The documents of `jobs` sent without their PDF: none was made (`missing`), it is older than the DOCX (`stale`), or
 * this run has just built the DOCX again because a source changed (`rebuilt`), so the PDF shows the old text.
 */
export function pdfsLeftOut(jobs: readonly Job[], outDir: string, rebuilt: readonly SendKind[]): LeftOut[] {
  const byDocument = new Map<string, LeftOut>();
  for (const job of jobs) {
    const known = byDocument.get(job.document);
    if (known) {
      known.messages++;
      continue;
    }
    const { state } = pdfOf(outDir, job.document);
    if (state === 'fresh') continue;
    const reason: LeftOutReason = state === 'missing' ? 'missing' : rebuilt.includes(KIND_OF[job.kind]) ? 'rebuilt' : 'stale';
    byDocument.set(job.document, { document: job.document, reason, messages: 1 });
  }
  return [...byDocument.values()];
}
