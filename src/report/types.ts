import type { Lang } from '../i18n/messages/types.js';
import type { Diagnostic } from '../core/diagnostic.js';

/** One checked file: its diagnostics and, for source excerpts, its text (the same text the positions refer to). */
export interface FileResult {
  /** Absent for diagnostics about no file (how the program was called or configured). */
  file?: string;
  source?: string;
  diagnostics: Diagnostic[];
}

export interface ReportOptions {
  lang: Lang;
  /** ANSI colours (stylish only); decide with shouldUseColor(). */
  color: boolean;
  /** Paths inside this (absolute) directory are shown relative to it. */
  cwd?: string;
  /** Shown as tool.driver.version in SARIF. */
  toolVersion?: string;
}

/** A reporter: pure, no I/O. The string ends with a newline unless it is empty. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;
