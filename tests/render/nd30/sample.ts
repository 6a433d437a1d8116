// A two-page Kế hoạch built with the layout only (test-local data), shared by the ND30 tests.
import type { Document, FileChild } from 'docx';
import {
  bodyParagraph, closingTable, createDocument, dashItem, dataTable, headerTable, heading1, heading2, heading3,
  numberLine, packDocx, titleBlock, type PageOptions,
} from '../../../src/render/nd30/index.js';

export const SAMPLE = {
  parent: 'UBND TỈNH BẮC GIANG',
  // Long enough to wrap in the left column.
  issuer: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
  number: numberLine(5, 'KH', 'TTUD'),
  place: 'Bắc Giang',
  date: '2018-07-05',
  kind: 'Kế hoạch',
  summary: ['Tổ chức Hội nghị giao ban công tác quản lý', 'nhiệm vụ khoa học và công nghệ cơ sở năm 2018'],
  authority: ['KT. Giám đốc', 'Phó Giám đốc'],
  name: 'Nguyễn Văn An',
  created: new Date('2018-07-05T00:00:00Z'),
} as const;

const FILLER =
  'Các đơn vị chủ trì nhiệm vụ khoa học và công nghệ cơ sở báo cáo tiến độ thực hiện, những khó khăn, vướng mắc ' +
  'trong quá trình triển khai và đề xuất giải pháp tháo gỡ; đồng thời đánh giá hiệu quả ứng dụng kết quả nghiên cứu ' +
  'vào thực tiễn sản xuất và đời sống tại địa phương.';

export interface SampleOptions {
  page?: PageOptions;
  /** Number of điểm paragraphs in section II.1: sets the length of the body (6 gives two pages). */
  bodyParagraphs?: number;
  /** Mark the last body paragraph `end: true` (default). `false` leaves out the keep-with-next, as a control. */
  keepClosing?: boolean;
}

export function sampleChildren(options: SampleOptions = {}): FileChild[] {
  const page = options.page ?? {};
  const bodyParagraphs = options.bodyParagraphs ?? 6;
  return [
    headerTable(
      { parent: SAMPLE.parent, issuer: SAMPLE.issuer, numberLine: SAMPLE.number, place: SAMPLE.place, date: SAMPLE.date },
      page,
    ),
    ...titleBlock(SAMPLE.kind, SAMPLE.summary, page),
    // Căn cứ lines as the plan's template writes them: italic, ";" after each and "." after the last.
    bodyParagraph([{ text: 'Căn cứ Quyết định số 183/QĐ-KHCN ngày 15/6/2018 của Sở Khoa học và Công nghệ về việc ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ cơ sở;', italic: true }]),
    bodyParagraph([{ text: 'Căn cứ Kế hoạch công tác năm 2018 của Trung tâm.', italic: true }]),
    bodyParagraph('Trung tâm Ứng dụng tiến bộ khoa học và công nghệ xây dựng Kế hoạch tổ chức Hội nghị giao ban như sau:'),
    heading1(1, 'Mục đích, yêu cầu'),
    dashItem('Đánh giá tình hình triển khai các nhiệm vụ khoa học và công nghệ cơ sở năm 2018.'),
    dashItem('Trao đổi kinh nghiệm quản lý, thống nhất giải pháp nâng cao chất lượng nhiệm vụ.'),
    heading1(2, 'Nội dung, thời gian, địa điểm'),
    heading2(1, 'Nội dung'),
    ...Array.from({ length: bodyParagraphs }, (_, i) => heading3(i + 1, FILLER)),
    heading2(2, 'Thời gian', '01 ngày, thứ Ba, ngày 31/7/2018.'),
    heading2(3, 'Địa điểm', [{ text: 'Hội trường tầng 3, ' }, { text: 'Sở Khoa học và Công nghệ', italic: true }, '.']),
    heading2(4, 'Kinh phí'),
    dataTable({
      columns: [
        { title: 'TT', width: 1, align: 'center' },
        { title: 'Nội dung chi', width: 6 },
        { title: 'Thành tiền (đồng)', width: 3, align: 'right' },
      ],
      rows: [
        ['1', 'Thuê hội trường, trang trí', '3.000.000'],
        ['2', 'In ấn tài liệu', '2.500.000'],
        ['', { text: 'Tổng cộng', bold: true }, { text: '5.500.000', bold: true }],
      ],
    }),
    heading1(3, 'Tổ chức thực hiện'),
    bodyParagraph(FILLER),
    bodyParagraph('Trên đây là Kế hoạch tổ chức Hội nghị giao ban của Trung tâm.', { end: options.keepClosing ?? true }),
    closingTable(
      {
        paper: ['Sở Khoa học và Công nghệ (b/c)', 'Các đơn vị chủ trì nhiệm vụ', 'Phòng Kế hoạch - Tài chính'],
        archive: 'VT, KHCNCS',
        electronic: ['Lãnh đạo Trung tâm', 'Các phòng chuyên môn'],
        authority: [...SAMPLE.authority],
        name: SAMPLE.name,
      },
      page,
    ),
  ];
}

export function sampleDocument(options: SampleOptions = {}): Document {
  return createDocument(sampleChildren(options), options.page);
}

export function packSample(options: SampleOptions = {}): Promise<Uint8Array> {
  return packDocx(sampleDocument(options), {
    title: 'Kế hoạch tổ chức Hội nghị giao ban',
    subject: 'Hội nghị giao ban KH&CN cơ sở 2018',
    created: SAMPLE.created,
  });
}
