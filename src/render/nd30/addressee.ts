import { AlignmentType, Paragraph, TextRun } from 'docx';
import { withEnd } from '../../text/sentence-end.js';
import { SIZE } from './style.js';
import { halfPoints } from './units.js';

/** Mẫu 1.5's indents: "Kính gửi:" at 1982 tw, the recipients of a list at 2552 tw, under the colon (nd30.md §3.4). */
const LABEL_INDENT = 1982;
const LIST_INDENT = 2552;
const SPACE = 120;

const line = (text: string, indent: number, first: boolean): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: indent, firstLine: 0 },
    spacing: { before: first ? SPACE * 2 : 0, after: 0 },
    children: [new TextRun({ text, size: halfPoints(SIZE.summary) })],
  });

/**
 * Kính gửi (ô 9a, A1 I.II.9.d): one recipient on the label's line; several as a "- …;" list under the colon, the last
 * ending ".". A recipient already punctuated by the clerk keeps its mark.
 */
export function addresseeBlock(recipients: readonly string[]): Paragraph[] {
  if (recipients.length === 1) return [line(`Kính gửi: ${recipients[0]!.trim()}`, LABEL_INDENT, true)];
  return [
    line('Kính gửi:', LABEL_INDENT, true),
    ...recipients.map((r, i) => line(`- ${withEnd(r, i === recipients.length - 1 ? '.' : ';')}`, LIST_INDENT, false)),
  ];
}
