import type { Block, Invitee, PlanSource } from './source.js';
import { parseCivilDate, type CivilDate } from './civil-date.js';
import { agencyNameInText } from './agency-name.js';
import { pad2 } from '../text/pad.js';
import { monthRange, type EventTime } from './time-text.js';
import { manualLines, oneLine } from './manual-lines.js';

export type { Block, Invitee, PlanSource } from './source.js';
export type { CivilDate } from './civil-date.js';

/** A registered document: the number stays undefined until the văn thư assigns one. */
export interface DocumentRef {
  /** Zero-padded below 10 (A1 I.II.3). */
  number?: string;
  /** The ký hiệu written out in full (`HĐPH-KH`), for forms the type and agency abbreviations do not make. */
  symbol?: string;
  date?: CivilDate;
  /** On one line (`|` read as a space). */
  title: string;
  /** The title's lines when the author chose them with `|`. */
  titleLines?: string[];
}

/** Decree 30's tên loại a plan may take, with its abbreviation in the ký hiệu (Phụ lục III). */
export const DOCUMENT_TYPES = { 'Kế hoạch': 'KH', 'Thông báo': 'TB', 'Chương trình': 'CTr', 'Phương án': 'PA' } as const;
export type DocumentTypeName = keyof typeof DOCUMENT_TYPES;

/** The plan's tên loại (`Thông báo`) and its abbreviation in the ký hiệu (`TB` in 143/TB-SGDĐT). */
export interface DocumentType {
  name: DocumentTypeName;
  code: (typeof DOCUMENT_TYPES)[DocumentTypeName];
}

export interface AttendeeGroup {
  id: string;
  text: string;
  members: string[];
  role?: string;
  quota?: number;
  invited: boolean;
  /** Invited by another body: listed in a "Thành phần mời" with "(do … mời)", not sent from here. */
  invitedBy?: string;
}

export interface ProgrammeEntry {
  date?: CivilDate;
  time: string;
  item: string;
  presenter?: string;
  /** Printed as `+ …` lines under the item. */
  items: string[];
}

export interface Programme {
  entries: ProgrammeEntry[];
  /** Column titles the plan set (number, time, item, presenter). */
  columns: { number?: string; time?: string; item?: string; presenter?: string };
  numbered: boolean;
  /** The programme is attached, not printed: this sentence stands in for the table. */
  attached?: string;
}

export type VenueMode = 'trực tiếp' | 'trực tuyến' | 'trực tiếp kết hợp trực tuyến';

export interface Venue {
  mode: VenueMode;
  name?: string;
  address?: string;
  rooms: string[];
  panels: { name: string; room: string }[];
  online?: {
    platform?: string;
    central: string;
    centralParticipants: string[];
    bridges: string[];
    points: { name: string; participants: string[] }[];
  };
}

/** How section headings are numbered: I. / 1. / a) (the decree's sample), I. / 1. / 1.1., 1. / 1.1. / 1.1.1., or none. */
export type NumberingScheme = 'I.1.a' | 'I.1.1.1' | '1.1.1' | 'none' | 'I-1.a' | 'I-1-a';
export type ListStyle = '-' | '+' | '1.' | 'a)';
export type Fact = 'time' | 'venue' | 'attendees' | 'programme';

export interface BudgetLine {
  name: string;
  unit?: string;
  quantity?: number;
  unitPrice?: number;
  /** As written, or quantity × unit price. */
  amount: number;
}

export interface Budget {
  lines: BudgetLine[];
  /** Sum of the lines. */
  computedTotal: number;
  /** As written by the clerk, if any (a rule compares it with the computed one). */
  statedTotal?: number;
  statedInWords?: string;
}

export interface Responsibility {
  unit?: string;
  text?: string;
  tasks: string[];
}

export interface ExtraSection {
  id: string;
  heading: string;
  paragraphs: string[];
  items: string[];
  list: ListStyle;
  facts: Fact[];
  subsections: Block[];
}

export interface Signer {
  authority: '' | 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  headTitle?: string;
  title: string;
  name: string;
  /** The upper-case lines above the signature (ô 7a), e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  authorityLines: string[];
}

/** The letter the invitations block makes (issue 15): see render/invitation/forms.ts for each one's layout. */
export type LetterForm = 'giay-moi' | 'giay-moi-thanh-phan' | 'thu-moi' | 'trieu-tap' | 'cong-van' | 'thong-bao';

export interface Invitations {
  form: LetterForm;
  /** "Kính gửi:" lines; a Thư mời without them is one letter per invitee. */
  addressees: string[];
  preamble?: string;
  closing?: string;
  /** Đơn vị soạn thảo in a Công văn's ký hiệu (`3710/BGDĐT-VP`). */
  unit?: string;
  /** How the letter's facts are marked; undefined: the form's own. */
  items?: '1.' | 'a)' | '-';
  programme: 'none' | 'printed' | 'attached';
  sequence?: number;
  documents?: { url: string; text?: string };
  arriveEarly?: number;
  dress?: string;
  parking?: string;
  bring?: string;
  deadlines: { date: CivilDate; text: string }[];
  fees?: { tiers: string[]; rows: { category: string; amounts: string[] }[]; includes?: string };
  bank?: { holder: string; account: string; bank: string };
  website?: string;
  document: DocumentRef;
  numbering: 'batch' | 'per-invitee';
  chair?: string;
  contact?: { name: string; phone?: string; email?: string };
  replyBy?: CivilDate;
  notes: string[];
  invitees: Invitee[];
  /** Path of an invitee spreadsheet, as written (relative to the plan file). */
  data?: string;
  sheet?: string;
  /** Envelope paper for `plan build --only envelopes` (default DL). */
  envelope?: 'DL' | 'C5';
}

/** A recipient of the electronic copy; `recipients.electronic` items are a name or `{ name, email }`. */
export interface ElectronicContact {
  name: string;
  email?: string;
}

export interface PlanModel {
  /** `nameInText` is always set: written by the clerk or derived (see agency-name.ts). */
  issuer: PlanSource['issuer'] & {
    nameInText: string;
    /** The house style: Decree 30's (default), the Party's (HD 36-HD/VPTW) or the Youth Union's (Đoàn TNCS). */
    style: 'nd30' | 'dang' | 'doan';
    /** The lines of `name` and `parent` when the author chose them with `|` (then `name`, `parent` are on one line). */
    nameLines?: string[];
    parentLines?: string[];
  };
  document: DocumentRef;
  /** Kế hoạch unless `document.type` says otherwise. */
  documentType: DocumentType;
  legalBases: string[];
  intro?: string;
  purpose: string[];
  /** With requirements, section I splits into "1. Mục đích" and "2. Yêu cầu". */
  requirements: string[];
  /** Undefined when the plan has no content section (its own sections carry the programme, if any). */
  content?: { items: string[]; programme: Programme };
  attendees: AttendeeGroup[];
  time: EventTime;
  /** Undefined when there is no venue at all (an online contest). */
  venue?: Venue;
  numbering: NumberingScheme;
  funding?: { source: string; budget?: Budget };
  responsibilities: Responsibility[];
  sections: ExtraSection[];
  /** Top-level sections in document order: built-in names and extra section ids. */
  order: string[];
  headings: NonNullable<PlanSource['headings']>;
  signer: Signer;
  recipients: {
    paper: string[];
    archive: string[];
    copies?: number;
    /** Recipients of the electronic copy, with the address `plan send` e-mails the plan to when the clerk gave one. */
    electronic: ElectronicContact[];
  };
  invitations?: Invitations;
  /**
   * The margins the plan sets, in mm; the layout (render/nd30 DEFAULT_MARGINS, the decree's own) fills the rest, so the
   * default lives in one place and the model does not reach into the renderer for it.
   */
  page: { margins: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>>; fontSize: 13 | 14 };
  /** Sender, SMTP server and pace for `plan send` (never a password). */
  mail?: NonNullable<PlanSource['mail']>;
  rules: Record<string, 'off' | 'warning' | 'error'>;
}

/**
 * What follows `Lưu:` in Nơi nhận: the archive units and, when the plan gives it, the number of copies kept, as the
 * decree's own sample writes it (`- Lưu: VT, HC (2).`, Phụ lục I, mục II.9.d).
 */
export const archiveText = (recipients: PlanModel['recipients']): string =>
  recipients.archive.join(', ') + (recipients.copies ? ` (${recipients.copies})` : '');

/** The names on a recipient list as printed: paper items, or the electronic recipients' names. */
export const recipientNames = (model: Pick<PlanModel, 'recipients'>, list: 'paper' | 'electronic'): string[] =>
  list === 'paper' ? model.recipients.paper : model.recipients.electronic.map((c) => c.name);

/** A document number as written on the document: leading zeros dropped, then one added below 10 (`5`, `005` → `05`). */
export const padNumber = (number: string | undefined): string | undefined =>
  number ? pad2(number.replace(/^0+(?=\d)/, '')) : undefined;

/** `number` is a string by the time a model is built (src/load/clerk-forms.ts reads 5 as "05"); the schema allows both. */
const documentRef = (source: { number?: string | number; symbol?: string; date?: string; title: string }): DocumentRef => {
  const titleLines = manualLines(source.title);
  const number = padNumber(source.number === undefined ? undefined : String(source.number));
  return {
    ...(number ? { number } : {}),
    ...(source.symbol ? { symbol: source.symbol } : {}),
    ...(source.date ? { date: parseCivilDate(source.date) } : {}),
    title: oneLine(source.title),
    ...(titleLines ? { titleLines } : {}),
  };
};

const documentType = (name: DocumentTypeName = 'Kế hoạch'): DocumentType => ({ name, code: DOCUMENT_TYPES[name] });

function issuerOf(source: PlanSource): PlanModel['issuer'] {
  const { issuer } = source;
  const nameLines = manualLines(issuer.name);
  const parentLines = manualLines(issuer.parent);
  return {
    ...issuer,
    name: oneLine(issuer.name),
    ...(issuer.parent !== undefined ? { parent: oneLine(issuer.parent) } : {}),
    style: issuer.style ?? 'nd30',
    ...(nameLines ? { nameLines } : {}),
    ...(parentLines ? { parentLines } : {}),
    nameInText: agencyNameInText({ ...source, issuer: { ...issuer, name: oneLine(issuer.name) } }),
  };
}

/** The Party writes the quyền hạn with a slash (Hướng dẫn 36-HD/VPTW: "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "T/L …"). */
const PARTY_AUTHORITY: Partial<Record<string, string>> = { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L' };

function authorityLines(signer: PlanSource['signer'], style: PlanModel['issuer']['style']): string[] {
  const authority = signer.authority ?? '';
  if (authority === '') return [signer.title];
  if (authority === 'Q.') return [`Q. ${signer.headTitle ?? signer.title}`];
  const written = (style === 'dang' ? PARTY_AUTHORITY[authority] : undefined) ?? authority;
  return [`${written} ${signer.headTitle ?? ''}`.trim(), signer.title];
}

function contentModel(content: NonNullable<PlanSource['content']>): NonNullable<PlanModel['content']> {
  return {
    items: content.items ?? [],
    programme: {
      entries: (content.programme ?? []).map((p) => ({
        ...(p.date ? { date: parseCivilDate(p.date) } : {}),
        time: p.time,
        item: p.item,
        ...(p.presenter ? { presenter: p.presenter } : {}),
        items: p.items ?? [],
      })),
      columns: { ...content.columns },
      numbered: content.numbered ?? false,
      ...(content.attached ? { attached: content.attached } : {}),
    },
  };
}

function venueModel(venue: NonNullable<PlanSource['venue']>): Venue {
  const online = venue.online;
  const mode: VenueMode = venue.mode ?? (online ? (venue.name ? 'trực tiếp kết hợp trực tuyến' : 'trực tuyến') : 'trực tiếp');
  return {
    mode,
    ...(venue.name ? { name: venue.name } : {}),
    ...(venue.address ? { address: venue.address } : {}),
    rooms: venue.rooms ?? [],
    panels: venue.panels ?? [],
    ...(online
      ? {
          online: {
            ...(online.platform ? { platform: online.platform } : {}),
            central: online.central,
            centralParticipants: online.centralParticipants ?? [],
            bridges: online.bridges ?? [],
            points: (online.points ?? []).map((p) => ({ name: p.name, participants: p.participants ?? [] })),
          },
        }
      : {}),
  };
}

/** Turns schema-valid source data into the typed, normalised plan every renderer and rule reads. */
export function buildModel(source: PlanSource): PlanModel {
  const time = source.time;
  const month = time.month ? monthRange(time.month) : undefined;
  const from = month?.from ?? parseCivilDate((time.date ?? time.from)!);
  const to = month?.to ?? (time.to ? parseCivilDate(time.to) : from);
  const sections: ExtraSection[] = (source.sections ?? []).map((s) => ({
    id: s.id,
    heading: s.heading,
    paragraphs: s.paragraphs ?? [],
    items: s.items ?? [],
    list: s.list ?? '-',
    facts: s.facts ?? [],
    subsections: s.subsections ?? [],
  }));
  const budget = source.funding?.budget;
  const lines = (budget?.items ?? []).map((item) => ({
    name: item.name,
    ...(item.unit ? { unit: item.unit } : {}),
    ...(item.quantity !== undefined ? { quantity: item.quantity } : {}),
    ...(item.unitPrice !== undefined ? { unitPrice: item.unitPrice } : {}),
    amount: item.amount ?? Math.round((item.quantity ?? 0) * (item.unitPrice ?? 0)),
  }));
  const invitations = source.invitations;
  const electronic: ElectronicContact[] = (source.recipients.electronic ?? []).map((item) =>
    typeof item === 'string' ? { name: item } : { name: item.name, ...(item.email ? { email: item.email } : {}) },
  );

  return {
    issuer: issuerOf(source),
    document: documentRef(source.document),
    documentType: documentType(source.document.type),
    legalBases: source.legalBases ?? [],
    ...(source.intro ? { intro: source.intro } : {}),
    purpose: [...(source.purpose ?? [])],
    requirements: [...(source.requirements ?? [])],
    ...(source.content ? { content: contentModel(source.content) } : {}),
    attendees: (source.attendees ?? []).map((group, index) => ({
      id: group.id ?? `nhom-${index + 1}`,
      text: group.text,
      members: group.members ?? [],
      ...(group.role ? { role: group.role } : {}),
      ...(group.quota ? { quota: group.quota } : {}),
      invited: (group.invited ?? true) && !group.invitedBy,
      ...(group.invitedBy ? { invitedBy: group.invitedBy } : {}),
    })),
    time: {
      from,
      to,
      ...(time.start ? { start: time.start } : {}),
      ...(time.end ? { end: time.end } : {}),
      ...(time.duration ? { duration: time.duration } : {}),
      ...(time.session ? { session: time.session } : {}),
      ...(month ? { monthOnly: true } : {}),
      ...(time.window ? { window: true } : {}),
      ...(time.lunar ? { lunar: time.lunar } : {}),
      ...(time.note ? { note: time.note } : {}),
    },
    ...(source.venue ? { venue: venueModel(source.venue) } : {}),
    numbering: source.numbering ?? 'I.1.a',
    ...(source.funding
      ? {
          funding: {
            source: source.funding.source,
            ...(budget
              ? {
                  budget: {
                    lines,
                    computedTotal: lines.reduce((sum, line) => sum + line.amount, 0),
                    ...(budget.total !== undefined ? { statedTotal: budget.total } : {}),
                    ...(budget.totalInWords ? { statedInWords: budget.totalInWords } : {}),
                  },
                }
              : {}),
          },
        }
      : {}),
    responsibilities: (source.responsibilities ?? []).map((r) => ({
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.text ? { text: r.text } : {}),
      tasks: r.tasks ?? [],
    })),
    sections,
    order: source.order ?? [
      ...(source.purpose || source.requirements ? ['purpose'] : []),
      ...(source.content ? ['content'] : []),
      ...sections.map((s) => s.id),
      'responsibilities',
    ],
    headings: source.headings ?? {},
    signer: {
      authority: source.signer.authority ?? '',
      ...(source.signer.headTitle ? { headTitle: source.signer.headTitle } : {}),
      title: source.signer.title,
      name: source.signer.name,
      authorityLines: authorityLines(source.signer, source.issuer.style ?? 'nd30'),
    },
    recipients: {
      paper: source.recipients.paper ?? [],
      archive: source.recipients.archive,
      ...(source.recipients.copies ? { copies: source.recipients.copies } : {}),
      electronic,
    },
    ...(invitations
      ? {
          invitations: {
            form: invitations.form ?? 'giay-moi',
            addressees: invitations.addressees ?? [],
            ...(invitations.preamble ? { preamble: invitations.preamble } : {}),
            ...(invitations.closing ? { closing: invitations.closing } : {}),
            ...(invitations.unit ? { unit: invitations.unit } : {}),
            ...(invitations.items ? { items: invitations.items } : {}),
            programme: invitations.programme ?? 'none',
            ...(invitations.sequence ? { sequence: invitations.sequence } : {}),
            ...(invitations.documents ? { documents: invitations.documents } : {}),
            ...(invitations.arriveEarly ? { arriveEarly: invitations.arriveEarly } : {}),
            ...(invitations.dress ? { dress: invitations.dress } : {}),
            ...(invitations.parking ? { parking: invitations.parking } : {}),
            ...(invitations.bring ? { bring: invitations.bring } : {}),
            deadlines: (invitations.deadlines ?? []).map((d) => ({ date: parseCivilDate(d.date), text: d.text })),
            ...(invitations.fees ? { fees: invitations.fees } : {}),
            ...(invitations.bank ? { bank: invitations.bank } : {}),
            ...(invitations.website ? { website: invitations.website } : {}),
            document: documentRef(invitations),
            numbering: invitations.numbering ?? 'batch',
            ...(invitations.chair ? { chair: invitations.chair } : {}),
            ...(invitations.contact ? { contact: invitations.contact } : {}),
            ...(invitations.replyBy ? { replyBy: parseCivilDate(invitations.replyBy) } : {}),
            notes: invitations.notes ?? [],
            invitees: invitations.invitees ?? [],
            ...(invitations.data ? { data: invitations.data } : {}),
            ...(invitations.sheet ? { sheet: invitations.sheet } : {}),
            ...(invitations.envelope ? { envelope: invitations.envelope } : {}),
          },
        }
      : {}),
    page: {
      margins: { ...source.page?.margins },
      fontSize: source.page?.fontSize ?? 14,
    },
    ...(source.mail ? { mail: source.mail } : {}),
    rules: source.rules ?? {},
  };
}
