/**
 * The schema's one way to choose line breaks by hand in a header or title line: `|` where the line should break
 * (`ỦY BAN NHÂN DÂN | TỈNH HẢI DƯƠNG`). Everything else is broken by measuring the text (render/nd30/lines.ts).
 */
export const LINE_BREAK = '|';

/** The text on one line, as it reads in a sentence or a file's metadata: each `|` becomes a space. */
export const oneLine = (text: string): string =>
  text.split(LINE_BREAK).map((part) => part.trim()).filter((part) => part !== '').join(' ');

/** The lines the author chose, or undefined when the text has no `|` (the layout then breaks it by measure). */
export const manualLines = (text: string | undefined): string[] | undefined =>
  text !== undefined && text.includes(LINE_BREAK) ? text.split(LINE_BREAK).map((part) => part.trim()).filter((part) => part !== '') : undefined;
