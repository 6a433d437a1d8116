/** A position in a source file, 1-based as editors show it. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a problem is about, which decides the exit code (see exitCode): `input` the clerk's plan, data or templates
 * (1); `io` a file that could not be read or written (2); `usage` how the program was called, or its configuration
 * (2); `internal` a defect of ours (2). A diagnostic without a kind is about the input.
 */
export type DiagnosticKind = 'input' | 'io' | 'usage' | 'internal';

/**
 * One problem found anywhere in the pipeline (YAML syntax, schema, rules, templates, data files, writing).
 * The message is data: `messageId` plus `params`, turned into words only by a reporter (see src/i18n).
 */
export interface Diagnostic {
  /** The file it is about; absent for a problem of how the program was called or configured (kind `usage`). */
  file?: string;
  range?: Range;
  severity: Severity;
  /** Absent means `input`. */
  kind?: DiagnosticKind;
  /** Which check produced it, e.g. `yaml/syntax`, `schema/required`, `nd30/number-padding`. */
  ruleId: string;
  messageId: string;
  params?: Record<string, string | number>;
  /** Where the rule comes from, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3". */
  citation?: string;
  /** A certain repair (`plan check --fix`): replace these character ranges of the source, offsets into the text as read. */
  fix?: TextEdit[];
}

/** Replace text[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
