import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { utcDate } from '../../model/civil-date.js';
import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Attendee, AttendeeSection } from '../../rsvp/attendance.js';
import type { Block } from '../blocks.js';
import { createDocument, dataTable, halfPoints, packDocx, resolvePage, romanNumeral, rule, SIZE, upper, type Lines, type PageOptions } from '../nd30/index.js';
import { issuerHeader, pageOptions } from '../plan-page.js';
import { attendeesText, type Words } from './view.js';

export type ListResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

const TABLE_FONT = 12;
/** Column widths in mm at the default 165 mm text width (dataTable shares the page's text width in these proportions). */
const ATTENDEE_COLUMNS = [
  { title: 'STT', width: 12, align: 'center' as const },
  { title: 'Họ và tên', width: 40 },
  { title: 'Chức vụ', width: 33 },
  { title: 'Đơn vị', width: 50 },
  { title: 'Ghi chú', width: 30 },
];
const SIGN_IN_COLUMNS = [
  { title: 'STT', width: 12, align: 'center' as const },
  { title: 'Họ và tên', width: 42 },
  { title: 'Chức vụ', width: 32 },
  { title: 'Đơn vị', width: 47 },
  { title: 'Ký tên', width: 32 },
];
/** Room to sign by hand (a signature is 10–12 mm tall). */
const SIGN_ROW_MM = 15;
/** Blank rows at the end of the sign-in sheet, for those who come without being on the list. */
const SIGN_IN_BLANK_ROWS = 5;

const centred = (text: string, o: { size: number; bold?: boolean; italic?: boolean; before?: number }) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: o.before ?? 0, after: 0 },
    children: [new TextRun({ text, bold: o.bold, italics: o.italic, size: halfPoints(o.size) })],
  });

const groupHeading = (text: string) =>
  new Paragraph({
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, bold: true, size: halfPoints(13) })],
  });

/** A name cell: the person, else (a unit invited without a name) the words for "a representative". */
const nameOf = (a: Attendee, words: Words): string => a.name || words['dai-dien'];

/**
 * The template's blocks around the table: title (`#`) centred bold, the lines under it (`>`) centred italic, then the
 * rule, then what `table` makes of the `@table` labels, then any line after the table as a note.
 */
function body(blocks: readonly Block[], page: PageOptions, table: (labels: string[]) => FileChild[]): FileChild[] {
  const { textWidth } = resolvePage(page);
  const out: FileChild[] = [];
  let tableSeen = false;
  let titled = false;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) {
      out.push(centred(upper(block.text), { size: SIZE.kind, bold: true, before: 360 }));
      titled = true;
    } else if (block.kind === 'paragraph' && !tableSeen) {
      out.push(centred(block.text, { size: SIZE.summary, italic: true, before: titled ? 0 : 120 }));
    } else if (block.kind === 'table') {
      if (!tableSeen) out.push(rule(40, textWidth, 240));
      tableSeen = true;
      out.push(...table(block.labels));
    } else if (block.kind === 'paragraph') {
      out.push(new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 120 }, children: [new TextRun({ text: block.text, italics: true, size: halfPoints(TABLE_FONT) })] }));
    }
  }
  return out;
}

async function pack(model: PlanModel, children: FileChild[], title: string): Promise<Uint8Array> {
  const page = pageOptions(model);
  const doc = createDocument([issuerHeader(model, page, '', undefined), ...children], page);
  return packDocx(doc, { title: `${title} - ${model.document.title}`, subject: model.document.title, creator: model.issuer.name, created: utcDate(model.time.from) });
}

/**
 * Danh sách đại biểu dự hội nghị: one table per group of the plan's Thành phần (numbered I, II, … with the group's
 * text), those coming, a delegate with the invitee they stand in for; the total after the last table.
 */
export async function renderAttendeeList(model: PlanModel, sections: readonly AttendeeSection[], templatesDir: string): Promise<ListResult> {
  const count = sections.reduce((n, s) => n + s.attendees.length, 0);
  const text = await attendeesText(model, count, templatesDir, 'attendees');
  if (!text.ok) return text;
  const { words } = text;
  const page = pageOptions(model);
  let n = 0;
  const children = body(text.blocks, page, (labels) => {
    if (sections.length === 0) return [centred(words['chua-co'], { size: 13, italic: true, before: 240 })];
    const columns = ATTENDEE_COLUMNS.map((c, i) => ({ ...c, title: labels[i] ?? c.title }));
    const footer = labels[ATTENDEE_COLUMNS.length];
    return sections.flatMap((section, s) => [
      groupHeading(`${romanNumeral(s + 1)}. ${section.group?.text ?? words['nhom-khac']}`),
      dataTable({
        columns,
        rows: section.attendees.map((a): Lines[] => [
          [String(++n)], [nameOf(a, words)], [a.title], [a.organization], a.standsInFor ? [`${words['du-thay']} ${a.standsInFor}`] : [],
        ].map((lines) => ({ lines }))),
        page,
        fontSize: TABLE_FONT,
        verticalAlign: 'center',
        minRowHeightMm: 8,
        ...(footer && s === sections.length - 1 ? { footer } : {}),
      }),
    ]);
  });
  return { ok: true, bytes: await pack(model, children, text.blocks.find((b) => b.kind === 'heading')?.text ?? 'Danh sách đại biểu') };
}

/**
 * The sign-in sheet: one row per person coming, in the groups' order, rows tall enough to sign, the header row repeated
 * on every page and no row split across pages (dataTable's `w:tblHeader` and `w:cantSplit`), blank rows at the end.
 */
export async function renderSignIn(model: PlanModel, sections: readonly AttendeeSection[], templatesDir: string): Promise<ListResult> {
  const attendees = sections.flatMap((s) => s.attendees);
  const text = await attendeesText(model, attendees.length, templatesDir, 'signIn');
  if (!text.ok) return text;
  const { words } = text;
  const page = pageOptions(model);
  const children = body(text.blocks, page, (labels) => {
    const columns = SIGN_IN_COLUMNS.map((c, i) => ({ ...c, title: labels[i] ?? c.title }));
    const rows: Lines[][] = attendees.map((a, i) => [[String(i + 1)], [nameOf(a, words)], [a.title], [a.organization], []].map((lines) => ({ lines })));
    for (let i = 0; i < SIGN_IN_BLANK_ROWS; i++) rows.push([[String(attendees.length + i + 1)], [], [], [], []].map((lines) => ({ lines })));
    return [dataTable({ columns, rows, page, fontSize: TABLE_FONT, verticalAlign: 'center', minRowHeightMm: SIGN_ROW_MM })];
  });
  return { ok: true, bytes: await pack(model, children, text.blocks.find((b) => b.kind === 'heading')?.text ?? 'Danh sách ký tên') };
}
