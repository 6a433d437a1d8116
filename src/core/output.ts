export type DocumentKind = 'plan' | 'invitation' | 'invitations' | 'distribution' | 'attendees' | 'sign-in' | 'badges' | 'envelopes';

/** One file a workflow produces, before it is written. */
export interface Output {
  kind: DocumentKind;
  /** File name relative to the output folder; made by us, never taken from data as is. */
  name: string;
  bytes: Uint8Array;
  /** The invitee as printed in the letter (single invitations only). */
  invitee?: string;
  /** The merged letters only: how to merge some of them again (for the PDFs, see engine/pdfs.ts). */
  letters?: MergedLetters;
}

/** The letters of a merged file, in order, and how to merge a run of them into a document of their own. */
export interface MergedLetters {
  count: number;
  /** Letters [start, end) merged as in the whole file; letter i's first paragraph has an empty bookmark `bookmark(i)`. */
  chunk: (start: number, end: number, bookmark: (i: number) => string) => Promise<Uint8Array>;
}

/** A file a workflow wrote, as its manifest (`--json`) lists it. PDFs are `kind: "pdf"` and name their DOCX. */
export interface WrittenFile {
  kind: string;
  /** Relative to the working folder, with forward slashes. */
  path: string;
  invitee?: string;
  source?: string;
}
