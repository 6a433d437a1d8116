import { Paragraph, TextRun, type FileChild } from 'docx';
import type { PlanModel } from '../../model/plan.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Attendee, AttendeeSection } from '../../rsvp/attendance.js';
import { listParts, type Block } from '../blocks.js';
import { centred, createDocument, halfPoints, listBody, listTable, packDocx, romanNumeral, type Lines } from '../nd30/index.js';
import { documentProperties, issuerHeader, pageOptions } from '../plan-page.js';
import { attendeesText, type Words } from './view.js';

export type ListResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

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

const groupHeading = (text: string) =>
  new Paragraph({
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, bold: true, size: halfPoints(13) })],
  });

/** A name cell: the person, else (a unit invited without a name) the words for "a representative". */
const nameOf = (a: Attendee, words: Words): string => a.name || words['dai-dien'];

/** The list's document: the plan's header, then the template's blocks with `table` making the table. */
async function pack(model: PlanModel, blocks: readonly Block[], table: (labels: string[]) => FileChild[], fallbackTitle: string): Promise<Uint8Array> {
  const page = pageOptions(model);
  const doc = createDocument([issuerHeader(model, page, '', undefined), ...listBody(listParts(blocks), page, table)], page);
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? fallbackTitle;
  return packDocx(doc, documentProperties(model, `${title} - ${model.document.title}`, model.time.from));
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
  const bytes = await pack(model, text.blocks, (labels) => {
    if (sections.length === 0) return [centred({ text: words['chua-co'], size: 13, italic: true }, { before: 240 })];
    const columns = ATTENDEE_COLUMNS.map((c, i) => ({ ...c, title: labels[i] ?? c.title }));
    const footer = labels[ATTENDEE_COLUMNS.length];
    return sections.flatMap((section, s) => [
      groupHeading(`${romanNumeral(s + 1)}. ${section.group?.text ?? words['nhom-khac']}`),
      listTable({
        columns,
        rows: section.attendees.map((a): Lines[] => [
          [String(++n)], [nameOf(a, words)], [a.title], [a.organization], a.standsInFor ? [`${words['du-thay']} ${a.standsInFor}`] : [],
        ].map((lines) => ({ lines }))),
        page,
        minRowHeightMm: 8,
        ...(footer && s === sections.length - 1 ? { footer } : {}),
      }),
    ]);
  }, 'Danh sách đại biểu');
  return { ok: true, bytes };
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
  const bytes = await pack(model, text.blocks, (labels) => {
    const columns = SIGN_IN_COLUMNS.map((c, i) => ({ ...c, title: labels[i] ?? c.title }));
    const rows: Lines[][] = attendees.map((a, i) => [[String(i + 1)], [nameOf(a, words)], [a.title], [a.organization], []].map((lines) => ({ lines })));
    for (let i = 0; i < SIGN_IN_BLANK_ROWS; i++) rows.push([[String(attendees.length + i + 1)], [], [], [], []].map((lines) => ({ lines })));
    return [listTable({ columns, rows, page, minRowHeightMm: SIGN_ROW_MM })];
  }, 'Danh sách ký tên');
  return { ok: true, bytes };
}
