import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { withEnd } from './format.js';
import { closingGrid } from './grid.js';
import type { PageOptions } from './page.js';
import { SIZE, upper } from './style.js';
import { gridTable } from './table.js';
import { halfPoints } from './units.js';

export interface ClosingOptions {
  /** Nơi nhận on paper, without the leading dash: `Như trên`, `UBND tỉnh (b/c)`. */
  paper: readonly string[];
  /** The archive line's content: `VT, KHCNCS` gives `- Lưu: VT, KHCNCS.` */
  archive: string;
  /** Recipients of the electronic copy only (a local practice): a `Bản điện tử:` list after the `Lưu` line. */
  electronic?: readonly string[];
  /** Quyền hạn and chức vụ: `['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']`. */
  authority: readonly string[];
  /** Họ và tên of the signer. */
  name: string;
  /** Empty lines between the title and the name, for the signature and the seal (default 4). */
  signatureLines?: number;
}

/** Space between the end of the body and the closing block. */
const GAP_BEFORE = 240;
/**
 * `Nơi nhận:` (12 pt) sits level with the first authority line (14 pt): lowering it by the difference of the two
 * fonts' ascents (0.891 em × 2 pt ≈ 1.8 pt) puts the baselines on one line.
 */
const LABEL_DROP = 36;

function line(text: string, size: number, style: { bold?: boolean; italic?: boolean }, options: {
  align?: 'left' | 'center';
  before?: number;
} = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: { firstLine: 0 },
    spacing: { before: options.before ?? 0, after: 0 },
    children: [new TextRun({ text, size: halfPoints(size), bold: style.bold, italics: style.italic })],
  });
}

const label = (text: string, before = 0): Paragraph =>
  line(text, SIZE.recipientsLabel, { bold: true, italic: true }, { before });
const item = (text: string): Paragraph => line(`- ${text}`, SIZE.recipientsItem, {});

/** The Nơi nhận column: label, paper recipients (`;`), `- Lưu: ….`, then the optional `Bản điện tử:` list. */
function recipientLines(options: ClosingOptions, before = 0): Paragraph[] {
  const out = [label('Nơi nhận:', before), ...options.paper.map((p) => item(withEnd(p, ';')))];
  out.push(item(withEnd(`Lưu: ${options.archive.trim()}`, '.')));
  const electronic = options.electronic ?? [];
  if (electronic.length > 0) {
    out.push(label('Bản điện tử:'));
    electronic.forEach((e, i) => out.push(item(withEnd(e, i === electronic.length - 1 ? '.' : ';'))));
  }
  return out;
}

/** The signature column: authority lines, room for signature and seal, the name; all centred, bold 14. */
function signatureLines(options: ClosingOptions, before = 0): Paragraph[] {
  const bold = { bold: true };
  const centre = { align: 'center' as const };
  return [
    ...options.authority.map((a, i) => line(upper(a.trim()), SIZE.signature, bold, { ...centre, before: i === 0 ? before : 0 })),
    ...Array.from({ length: options.signatureLines ?? 4 }, () => line('', SIZE.signature, {}, centre)),
    line(options.name.trim(), SIZE.signature, bold, centre),
  ];
}

/**
 * Nơi nhận | signature (ô 9b | ô 7): one borderless row that never splits. Give the body's last paragraph `end: true`
 * (or `keepNext`) so this table stays on the page of the end of the body.
 */
export function closingTable(options: ClosingOptions, page: PageOptions = {}): Table {
  return gridTable(closingGrid(page), [
    { left: recipientLines(options, GAP_BEFORE + LABEL_DROP), right: signatureLines(options, GAP_BEFORE) },
  ]);
}
