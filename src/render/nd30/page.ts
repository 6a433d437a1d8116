import {
  AlignmentType,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { COLOR, FONT, SIZE } from './style.js';
import { halfPoints, mmToTwip } from './units.js';

/** Margins in millimetres. Decree 30 allows top/bottom 20–25, left 30–35, right 15–20. */
import { DEFAULT_MARGINS, type Margins } from './margins.js';

export { DEFAULT_MARGINS, type Margins };

export interface PageOptions {
  margins?: Partial<Margins>;
  /** Body text size in points. */
  fontSize?: 13 | 14;
  /** Line spacing in 240ths of a line: 240 = single … 360 = 1.5 lines (the decree's range). */
  lineSpacing?: number;
}

/** Page options with every default filled in, plus the derived text width. */
export interface Page {
  margins: Margins;
  fontSize: 13 | 14;
  lineSpacing: number;
  /** Width between the margins, in twips. */
  textWidth: number;
  /** Page width in twips. */
  pageWidth: number;
}

export const A4 = { width: 11906, height: 16838 } as const;
/** Distance from the top edge to the page number, inside the top margin. */
const HEADER_DISTANCE_MM = 10;
export const FIRST_LINE_INDENT = 567; // 1 cm
export const SPACE_BEFORE = 120; // 6 pt

export function resolvePage(options: PageOptions = {}): Page {
  const margins = { ...DEFAULT_MARGINS, ...options.margins };
  const lineSpacing = options.lineSpacing ?? 240;
  if (lineSpacing < 240 || lineSpacing > 360) throw new RangeError(`Line spacing ${lineSpacing} is outside 240–360`);
  return {
    margins,
    fontSize: options.fontSize ?? 14,
    lineSpacing,
    textWidth: A4.width - mmToTwip(margins.left) - mmToTwip(margins.right),
    pageWidth: A4.width,
  };
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

export interface SectionOptions {
  /** Start this section's page numbers at 1 (a letter in a merged file, an appendix). */
  restartNumbering?: boolean;
}

/**
 * One A4 portrait section: no number on its first page, then the page number centred in the top margin.
 * A first page shows nothing in its header (`titlePage` + an empty `first` header).
 */
export function section(
  children: ISectionOptions['children'],
  options: PageOptions = {},
  sectionOptions: SectionOptions = {},
): ISectionOptions {
  const { margins } = resolvePage(options);
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height },
        margin: {
          top: mmToTwip(margins.top),
          bottom: mmToTwip(margins.bottom),
          left: mmToTwip(margins.left),
          right: mmToTwip(margins.right),
          header: mmToTwip(HEADER_DISTANCE_MM),
          footer: mmToTwip(HEADER_DISTANCE_MM),
          gutter: 0,
        },
        ...(sectionOptions.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: pageNumberHeader(),
    },
    children,
  };
}

/** Style ids of the body paragraphs, so a clerk editing the file in Word finds them by name. */
export const STYLE = {
  body: 'Nd30Body',
} as const;

/**
 * Document defaults: Times New Roman on all four scripts, black, body size; paragraphs with no spacing, so table
 * cells and header lines are tight. Body paragraphs take the `Nd30Body` style: justified, 1 cm first line, 6 pt before.
 */
export function documentStyles(options: PageOptions = {}): IStylesOptions {
  const page = resolvePage(options);
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          size: halfPoints(page.fontSize),
          sizeComplexScript: halfPoints(page.fontSize),
          color: COLOR,
        },
        paragraph: {
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'ND30 Body',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT },
          spacing: { before: SPACE_BEFORE, after: 0, line: page.lineSpacing, lineRule: LineRuleType.AUTO },
        },
      },
    ],
  };
}

