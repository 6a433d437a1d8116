// The published JSON Schema is generated from this file so that the Vietnamese titles sit next to each field.
// Run `npm run gen` after editing; a test checks that schema/plan.schema.json and src/model/source.ts are current.
const str = (title, description, extra = {}) => ({ type: 'string', title, description, minLength: 1, ...extra });
const list = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });
const obj = (title, description, properties, required = [], extra = {}) => ({
  type: 'object', title, description, additionalProperties: false, properties, ...(required.length ? { required } : {}), ...extra,
});
// Dates as clerks write them (31/07/2018, 31/7/2018, 31.7.2018, "ngày 31 tháng 7 năm 2018") and ISO (2018-07-31):
// src/load/clerk-forms.ts reads every one of these and checks the calendar; the pattern lets editors accept them too.
const DATE_PATTERN = '^(\\d{4}-\\d{1,2}-\\d{1,2}|(ngày\\s+)?\\d{1,2}([/.-])\\d{1,2}\\3\\d{4}|(ngày\\s+)?\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})$';
const DATE_HELP = 'Viết theo thứ tự ngày/tháng/năm: 31/07/2018 hoặc 31/7/2018 (cũng nhận 2018-07-31).';
const date = (title, description) => ({
  type: 'string', pattern: DATE_PATTERN, title, description: `${description} ${DATE_HELP}`,
  markdownDescription: `**${title}.** ${description}\n\n${DATE_HELP}\n\nVí dụ: \`date: 31/07/2018\``,
});
/** A document number: 5, 05, "05" or Word's “05” are all read as 05 (the decree pads to two digits). */
const docNumber = (title, description) => ({
  type: ['string', 'integer'], minimum: 0, pattern: '^[“”"]?[0-9]*[“”"]?$', title,
  description: `${description} Ghi 5, 05 hoặc "05" đều được; văn bản in là 05. Chỉ ghi số, không ghi ký hiệu.`,
  markdownDescription: `**${title}.** ${description}\n\nGhi \`5\`, \`05\` hoặc \`"05"\` đều được; văn bản in là **05**. Chỉ ghi số: phần ký hiệu (/KH-…) chương trình tự thêm.`,
});
/** A code (abbreviation, group id, archive unit): Word's curly quotes around it are dropped. */
const curly = (pattern) => `^[“‘]?${pattern.replace(/^\^|\$$/g, '')}[”’]?$`;
const time = (title, description) => ({ type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', title, description });

import { letterExtras, attendeeExtras } from './schema-letters.mjs';
import { numbering, requirements, programmeEntryExtras, programmeOptions, timeExtras, venueExtras, onlineExtras, sectionExtras } from './schema-plan-model.mjs';
/** The one way to choose a line break by hand in a header or title line. */
const BREAKS = 'Muốn tự chọn chỗ xuống dòng thì đặt dấu | tại đó (ví dụ: ỦY BAN NHÂN DÂN | TỈNH HẢI DƯƠNG); nếu không, dòng dài được tự ngắt ở chỗ hợp lý, không bao giờ giữa tên địa danh.';
/** A ký hiệu written out in full, for the forms the issuer and type abbreviations do not make. */
const symbol = (type, example) => str(
  'Ký hiệu văn bản',
  `Chỉ ghi khi ký hiệu không theo dạng thường (${type}-<chữ viết tắt cơ quan>, hoặc ${type}/<chữ viết tắt cơ quan> với thể thức của Đảng), ví dụ cơ quan đứng trước: ${example}. Gồm chữ in hoa, chữ số, &, nối bằng - hoặc /.`,
  { pattern: '^[A-ZĐa-z0-9&]+([-/][A-ZĐa-z0-9&]+)*$' },
);

const block = {
  $ref: '#/$defs/block',
};

export const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://plan.local/schema/plan.schema.json',
  title: 'Kế hoạch tổ chức hội nghị',
  description: 'Tệp nguồn của một kế hoạch tổ chức hội nghị: dữ liệu để tạo Kế hoạch, Giấy mời và danh sách phát hành theo Nghị định 30/2020/NĐ-CP.',
  type: 'object',
  additionalProperties: false,
  required: ['issuer', 'document', 'time', 'signer', 'recipients'],
  properties: {
    issuer: obj('Cơ quan ban hành', 'Cơ quan chủ quản, cơ quan ban hành, chữ viết tắt và địa danh.', {
      parent: str('Cơ quan chủ quản', 'Tên cơ quan, tổ chức chủ quản trực tiếp, in hoa (ví dụ: UBND TỈNH BẮC GIANG). Bỏ trống nếu không có. ' + BREAKS),
      name: str('Tên cơ quan ban hành', 'Tên đầy đủ của cơ quan ban hành, in hoa, không viết tắt (ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ). ' + BREAKS),
      nameInText: str('Tên cơ quan viết trong câu', 'Tên cơ quan viết hoa theo Phụ lục II, dùng trong câu văn (ví dụ: Sở Khoa học và Công nghệ). Bỏ trống để chương trình tự suy ra.'),
      abbreviation: str('Chữ viết tắt của cơ quan', 'Dùng trong ký hiệu văn bản (ví dụ: KHCN trong 05/KH-KHCN; BDVTW trong Số 2297-KH/BDVTW). Có thể gồm nhiều phần nối bằng dấu gạch nối, phần sau là đơn vị soạn thảo (ví dụ: ĐHĐA-NCKH trong 322/KH-ĐHĐA-NCKH).', { pattern: curly('^[A-ZĐ0-9&]+(-[A-ZĐ0-9&]+)*$') }),
      style: {
        type: 'string', enum: ['nd30', 'dang', 'doan'], default: 'nd30', title: 'Thể thức văn bản',
        description: 'nd30 (mặc định): thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP (Quốc hiệu, Tiêu ngữ, Số: 05/KH-KHCN). dang: thể thức văn bản của Đảng theo Hướng dẫn 36-HD/VPTW (tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM, dấu sao dưới tên cơ quan, Số 2297-KH/BDVTW). doan: thể thức văn bản của Đoàn TNCS Hồ Chí Minh (tiêu đề ĐOÀN TNCS HỒ CHÍ MINH, dấu sao dưới tên cơ quan, Số: 15-KH/ĐTN).',
      },
      place: str('Địa danh', 'Tên đơn vị hành chính nơi cơ quan đóng trụ sở (ví dụ: Bắc Giang).'),
      address: str('Địa chỉ cơ quan', 'Địa chỉ, điện thoại, email của cơ quan (ô số 13), không bắt buộc.'),
    }, ['name', 'abbreviation', 'place']),
    document: obj('Văn bản', 'Số, ngày ban hành và trích yếu của Kế hoạch.', {
      type: {
        type: 'string', enum: ['Kế hoạch', 'Thông báo', 'Chương trình', 'Phương án'], default: 'Kế hoạch', title: 'Tên loại văn bản',
        description: 'Kế hoạch (mặc định, ký hiệu KH), Thông báo (TB), Chương trình (CTr) hoặc Phương án (PA): in thành tên loại (KẾ HOẠCH, THÔNG BÁO …) và trong số, ký hiệu (05/TB-KHCN).',
      },
      number: docNumber('Số văn bản', 'Số của Kế hoạch; để trống ("") khi văn thư chưa cấp số.'),
      symbol: symbol('KH', 'HĐPH-KH trong 1272/HĐPH-KH'),
      date: date('Ngày ban hành', 'Ngày ký ban hành. Bỏ trống khi chưa ký.'),
      title: str('Trích yếu', 'Trích yếu nội dung, viết thường (ví dụ: Tổ chức Hội nghị giao ban …). Trích yếu dài được chia thành các dòng đều nhau, không để một chữ đứng riêng ở dòng cuối. ' + BREAKS),
    }, ['title']),
    legalBases: list('Căn cứ ban hành', 'Mỗi căn cứ một dòng, in nghiêng trong văn bản.', str('Căn cứ', 'Một văn bản làm căn cứ.')),
    intro: str('Câu dẫn', 'Câu mở đầu trước các mục của Kế hoạch.'),
    purpose: {
      title: 'Mục đích, yêu cầu', description: 'Các ý của mục Mục đích, yêu cầu.',
      type: 'array', minItems: 1, items: str('Ý', 'Một ý, hiển thị như một gạch đầu dòng.'),
    },
    requirements,
    numbering,
    content: obj('Nội dung', 'Nội dung hội nghị: các ý hoặc chương trình theo giờ.', {
      items: list('Các nội dung', 'Mỗi nội dung một gạch đầu dòng.', str('Nội dung', 'Một nội dung.')),
      programme: list('Chương trình', 'Chương trình theo khung giờ, có thể nhiều ngày.', obj('Mục chương trình', 'Một khung giờ.', {
        date: date('Ngày', 'Ngày diễn ra (khi hội nghị nhiều ngày).'),
        time: str('Thời gian', 'Khung giờ, ví dụ 08:00 - 08:30.'),
        item: str('Nội dung', 'Nội dung của khung giờ.'),
        presenter: str('Người/đơn vị thực hiện', 'Người trình bày hoặc đơn vị chịu trách nhiệm.'),
        ...programmeEntryExtras,
      }, ['time', 'item']), { minItems: 1 }),
      ...programmeOptions,
    }, [], { anyOf: [{ required: ['items'] }, { required: ['programme'] }, { required: ['attached'] }] }),
    attendees: list('Thành phần', 'Các nhóm thành phần tham dự.', obj('Nhóm thành phần', 'Một nhóm đại biểu.', {
      id: str('Mã nhóm', 'Mã ngắn để khách mời tham chiếu tới nhóm (chữ thường, số, gạch nối).', { pattern: curly('^[a-z0-9][a-z0-9-]*$') }),
      text: str('Mô tả nhóm', 'Mô tả nhóm như trong văn bản.'),
      members: list('Thành viên', 'Các cơ quan, cá nhân cụ thể trong nhóm.', str('Thành viên', 'Tên một thành viên.')),
      role: { type: 'string', enum: ['chủ trì', 'đồng chủ trì', 'báo cáo viên', 'đại biểu', 'phục vụ'], title: 'Vai trò', description: 'Vai trò của nhóm tại hội nghị.' },
      quota: { type: 'integer', minimum: 1, title: 'Số lượng', description: 'Số đại biểu của nhóm (mỗi đơn vị).' },
      invited: { type: 'boolean', title: 'Có gửi giấy mời', description: 'false nếu nhóm không nhận Giấy mời (ví dụ: cán bộ của cơ quan ban hành).' },
      ...attendeeExtras,
    }, ['text']), { minItems: 1 }),
    time: obj('Thời gian', 'Ngày, giờ và thời lượng của hội nghị.', {
      date: date('Ngày', 'Ngày tổ chức (hội nghị một ngày).'),
      from: date('Từ ngày', 'Ngày bắt đầu (hội nghị nhiều ngày).'),
      to: date('Đến ngày', 'Ngày kết thúc (hội nghị nhiều ngày).'),
      start: time('Giờ bắt đầu', 'Giờ khai mạc, dạng HH:MM (ví dụ 08:00).'),
      end: time('Giờ kết thúc', 'Giờ bế mạc, dạng HH:MM.'),
      duration: str('Thời lượng', 'Theo cách viết quen dùng: 01 ngày, ½ ngày, 01 buổi.'),
      note: str('Ghi chú', 'Ví dụ: (có Giấy mời kèm theo).'),
      ...timeExtras,
    }, [], { oneOf: [{ required: ['date'] }, { required: ['from', 'to'] }, { required: ['month'] }] }),
    venue: obj('Địa điểm', 'Nơi tổ chức; có thể gồm nhiều phòng hoặc họp trực tuyến.', {
      name: str('Tên địa điểm', 'Ví dụ: Hội trường tầng 5, Sở Khoa học và Công nghệ.'),
      address: str('Địa chỉ', 'Địa chỉ của địa điểm.'),
      rooms: list('Các phòng', 'Các phòng họp (khi chia nhiều phòng).', str('Phòng', 'Tên một phòng.')),
      online: obj('Họp trực tuyến', 'Điểm cầu trung tâm và các điểm cầu.', {
        platform: str('Nền tảng', 'Ví dụ: Hệ thống hội nghị truyền hình trực tuyến của tỉnh.'),
        central: str('Điểm cầu trung tâm', 'Nơi đặt điểm cầu trung tâm.'),
        bridges: list('Các điểm cầu', 'Các điểm cầu kết nối.', str('Điểm cầu', 'Một điểm cầu.')),
        ...onlineExtras,
      }, ['central']),
      ...venueExtras,
    }, [], { anyOf: [{ required: ['name'] }, { required: ['online'] }] }),
    funding: obj('Kinh phí', 'Nguồn kinh phí và dự toán (nếu có).', {
      source: str('Nguồn kinh phí', 'Nguồn kinh phí thực hiện.'),
      budget: obj('Dự toán', 'Dự toán chi tiết.', {
        items: list('Các khoản chi', 'Mỗi khoản một dòng.', obj('Khoản chi', 'Một khoản chi.', {
          name: str('Nội dung chi', 'Tên khoản chi.'),
          unit: str('Đơn vị tính', 'Ví dụ: người, buổi.'),
          quantity: { type: 'number', minimum: 0, title: 'Số lượng', description: 'Số lượng.' },
          unitPrice: { type: 'integer', minimum: 0, title: 'Đơn giá (đồng)', description: 'Đơn giá, đồng.' },
          amount: { type: 'integer', minimum: 0, title: 'Thành tiền (đồng)', description: 'Thành tiền; bỏ trống để tính bằng số lượng × đơn giá.' },
        }, ['name']), { minItems: 1 }),
        total: { type: 'integer', minimum: 0, title: 'Tổng cộng (đồng)', description: 'Tổng dự toán; bỏ trống để tự cộng.' },
        totalInWords: str('Bằng chữ', 'Tổng số tiền bằng chữ; bỏ trống để tự viết.'),
      }, ['items']),
    }, ['source']),
    responsibilities: list('Tổ chức thực hiện', 'Nhiệm vụ của từng đơn vị.', obj('Nhiệm vụ', 'Nhiệm vụ của một đơn vị.', {
      unit: str('Đơn vị', 'Tên đơn vị thực hiện.'),
      text: str('Nội dung', 'Đoạn văn giao nhiệm vụ, như trong văn bản.'),
      tasks: list('Các nhiệm vụ', 'Các nhiệm vụ cụ thể của đơn vị.', str('Nhiệm vụ', 'Một nhiệm vụ.')),
    }, [], { anyOf: [{ required: ['text'] }, { required: ['unit', 'tasks'] }] })),
    sections: list('Mục bổ sung', 'Các mục riêng của kế hoạch (ví dụ: Phương thức tổ chức, Tiến độ thực hiện).', obj('Mục', 'Một mục bổ sung.', {
      id: str('Mã mục', 'Mã ngắn để sắp xếp thứ tự trong order.', { pattern: '^[a-z0-9][a-z0-9-]*$' }),
      heading: str('Tiêu đề', 'Tiêu đề của mục, in hoa.'),
      paragraphs: list('Các đoạn văn', 'Đoạn văn xuôi.', str('Đoạn', 'Một đoạn.')),
      items: list('Các ý', 'Các gạch đầu dòng. Một ý bắt đầu bằng «+ » là ý con của ý đứng trước (in dấu +, không đánh số).', str('Ý', 'Một ý.')),
      subsections: list('Các tiểu mục', 'Các tiểu mục đánh số 1., 2.', block),
      ...sectionExtras,
    }, ['id', 'heading'])),
    order: list('Thứ tự các mục', 'Thứ tự các mục lớn: purpose, content, responsibilities và mã các mục bổ sung.', str('Mục', 'Mã một mục.'), { minItems: 1, uniqueItems: true }),
    headings: obj('Tiêu đề các mục', 'Thay tiêu đề mặc định của các mục.', {
      purpose: str('Mục đích, yêu cầu', 'Tiêu đề mục I.'),
      content: str('Nội dung thực hiện', 'Tiêu đề mục II.'),
      contentItems: str('Nội dung', 'Tiêu đề tiểu mục nội dung.'),
      attendees: str('Thành phần', 'Tiêu đề tiểu mục thành phần.'),
      time: str('Thời gian', 'Tiêu đề tiểu mục thời gian.'),
      venue: str('Địa điểm', 'Tiêu đề tiểu mục địa điểm.'),
      funding: str('Kinh phí', 'Tiêu đề tiểu mục kinh phí.'),
      responsibilities: str('Tổ chức thực hiện', 'Tiêu đề mục tổ chức thực hiện.'),
    }),
    signer: obj('Người ký', 'Thẩm quyền, chức vụ và họ tên người ký.', {
      authority: { type: 'string', enum: ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'], title: 'Quyền hạn', description: 'TM., KT., TL., TUQ., Q. hoặc để trống khi người đứng đầu ký.' },
      headTitle: str('Chức vụ người đứng đầu', 'Ví dụ: GIÁM ĐỐC (dòng sau KT.).'),
      title: str('Chức vụ người ký', 'Ví dụ: PHÓ GIÁM ĐỐC.'),
      name: str('Họ và tên', 'Họ tên người ký, không kèm học hàm, học vị.'),
    }, ['title', 'name']),
    recipients: obj('Nơi nhận', 'Nơi nhận bản giấy, dòng Lưu và danh sách bản điện tử.', {
      paper: list('Nơi nhận (bản giấy)', 'Mỗi nơi nhận một dòng.', str('Nơi nhận', 'Một nơi nhận.')),
      archive: list('Lưu', 'Các nơi lưu: VT và đơn vị soạn thảo (ví dụ: VT, KHCNCS).', str('Nơi lưu', 'Một nơi lưu.'), { minItems: 1 }),
      copies: { type: 'integer', minimum: 1, title: 'Số bản lưu', description: 'Số lượng bản lưu (không bắt buộc).' },
      electronic: list('Bản điện tử', 'Các nơi chỉ nhận bản điện tử.', {
        // A name, or { name, email } so that plan send can e-mail the plan (the email is not printed in the document).
        type: ['string', 'object'], title: 'Nơi nhận', description: 'Một nơi nhận; ghi { name, email } để plan send gửi Kế hoạch qua email.',
        minLength: 1, additionalProperties: false, required: ['name'],
        properties: {
          name: str('Nơi nhận', 'Tên nơi nhận, như ghi trong văn bản.'),
          email: str('Email', 'Địa chỉ email nhận bản điện tử.'),
        },
      }),
    }, ['archive']),
    invitations: obj('Giấy mời', 'Dữ liệu để tạo Giấy mời.', {
      number: docNumber('Số giấy mời', 'Số của Giấy mời; để trống khi chưa cấp số.'),
      symbol: symbol('GM', 'HĐPH-VP trong 1273/HĐPH-VP'),
      date: date('Ngày ký giấy mời', 'Ngày ký Giấy mời.'),
      title: str('Trích yếu giấy mời', 'Ví dụ: Dự Hội nghị giao ban …'),
      numbering: { type: 'string', enum: ['batch', 'per-invitee'], title: 'Cách đánh số', description: 'batch: một số cho cả đợt; per-invitee: mỗi giấy mời một số.' },
      chair: str('Chủ trì', 'Người chủ trì hội nghị.'),
      contact: obj('Liên hệ', 'Người liên hệ.', {
        name: str('Họ tên', 'Người hoặc đơn vị đầu mối.'),
        phone: str('Điện thoại', 'Số điện thoại.'),
        email: str('Email', 'Địa chỉ email.'),
      }, ['name']),
      replyBy: date('Hạn xác nhận', 'Hạn xác nhận tham dự.'),
      notes: list('Lưu ý', 'Các vấn đề cần lưu ý (tài liệu, trang phục …).', str('Lưu ý', 'Một lưu ý.')),
      data: str('Tệp danh sách khách mời', 'Đường dẫn tới tệp CSV hoặc XLSX, tính từ thư mục của tệp kế hoạch.'),
      sheet: str('Trang tính', 'Tên trang tính trong tệp XLSX.'),
      envelope: { type: 'string', enum: ['DL', 'C5'], title: 'Cỡ phong bì', description: 'Cỡ phong bì của plan build --only envelopes: DL (110 × 220 mm, mặc định) hoặc C5 (162 × 229 mm).' },
      invitees: list('Khách mời', 'Danh sách khách mời.', { $ref: '#/$defs/invitee' }),
      ...letterExtras,
    }, ['title']),
    mail: obj('Gửi thư điện tử', 'Người gửi, máy chủ thư và nhịp gửi của lệnh plan send. Mật khẩu không ghi ở đây: chỉ đặt trong biến môi trường PLAN_SMTP_PASSWORD.', {
      fromName: str('Tên người gửi', 'Mặc định: tên cơ quan ban hành viết trong câu.'),
      fromEmail: str('Địa chỉ người gửi', 'Địa chỉ email của cơ quan ban hành (biến PLAN_SMTP_FROM thay thế được).', { format: 'email' }),
      host: str('Máy chủ SMTP', 'Tên máy chủ thư đi (biến PLAN_SMTP_HOST thay thế được).'),
      port: { type: 'integer', minimum: 1, maximum: 65535, title: 'Cổng SMTP', description: 'Mặc định 587 (465 khi secure: tls, 25 khi none).' },
      secure: { type: 'string', enum: ['none', 'starttls', 'tls'], title: 'Mã hóa', description: 'starttls (mặc định), tls hoặc none.' },
      user: str('Tên đăng nhập', 'Tài khoản SMTP (biến PLAN_SMTP_USER thay thế được).'),
      perMinute: { type: 'integer', minimum: 1, maximum: 10000, title: 'Số thư mỗi phút', description: 'Giới hạn tốc độ gửi; mặc định 30.' },
      retries: { type: 'integer', minimum: 0, maximum: 10, title: 'Số lần gửi lại', description: 'Số lần thử lại khi máy chủ tạm từ chối (mã 4xx) hoặc mất kết nối; mặc định 3.' },
      retryDelay: { type: 'number', minimum: 0, maximum: 3600, title: 'Thời gian chờ gửi lại (giây)', description: 'Lần chờ đầu tiên, gấp đôi sau mỗi lần; mặc định 5.' },
    }),
    page: obj('Trang', 'Lề trang và cỡ chữ (trong giới hạn của Nghị định 30).', {
      margins: obj('Lề trang (mm)', 'Lề trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm.', {
        top: { type: 'number', minimum: 20, maximum: 25, title: 'Lề trên', description: '20–25 mm.' },
        bottom: { type: 'number', minimum: 20, maximum: 25, title: 'Lề dưới', description: '20–25 mm.' },
        left: { type: 'number', minimum: 30, maximum: 35, title: 'Lề trái', description: '30–35 mm.' },
        right: { type: 'number', minimum: 15, maximum: 20, title: 'Lề phải', description: '15–20 mm.' },
      }),
      fontSize: { type: 'integer', enum: [13, 14], title: 'Cỡ chữ nội dung', description: '13 hoặc 14.' },
    }),
    rules: {
      type: 'object', title: 'Mức độ của các quy tắc', description: 'Đặt mức độ cho từng quy tắc kiểm tra: off, warning, error.',
      additionalProperties: { type: 'string', enum: ['off', 'warning', 'error'] },
    },
  },
  $defs: {
    block: obj('Tiểu mục', 'Một tiểu mục có tiêu đề, đoạn văn, gạch đầu dòng và tiểu mục con.', {
      heading: str('Tiêu đề', 'Tiêu đề tiểu mục.'),
      text: str('Nội dung cùng dòng', 'Nội dung viết ngay sau tiêu đề.'),
      paragraphs: list('Các đoạn văn', 'Đoạn văn xuôi.', str('Đoạn', 'Một đoạn.')),
      items: list('Các ý', 'Các gạch đầu dòng. Một ý bắt đầu bằng «+ » là ý con của ý đứng trước (in dấu +, không đánh số).', str('Ý', 'Một ý.')),
      subsections: list('Các tiểu mục con', 'Đánh số a), b), c).', { $ref: '#/$defs/block' }),
      ...sectionExtras,
    }, ['heading']),
    invitee: obj('Khách mời', 'Một khách mời: cơ quan hoặc cá nhân.', {
      salutation: str('Danh xưng', 'Ông, Bà, Đồng chí.'),
      name: str('Họ và tên', 'Họ tên người được mời.'),
      title: str('Chức vụ', 'Chức vụ người được mời.'),
      organization: str('Đơn vị', 'Cơ quan, đơn vị.'),
      email: str('Email', 'Địa chỉ email.', { format: 'email' }),
      address: str('Địa chỉ', 'Địa chỉ gửi giấy mời.'),
      phone: str('Điện thoại', 'Số điện thoại để gọi hỏi xác nhận tham dự (plan rsvp).'),
      group: str('Nhóm', 'Mã nhóm thành phần (attendees[].id).'),
    }, [], { anyOf: [{ required: ['name'] }, { required: ['organization'] }] }),
  },
};
