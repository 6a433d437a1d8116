// The letter forms of issue 15: which letter the invitations block makes, and what each form carries.
const str = (title, description, extra = {}) => ({ type: 'string', title, description, minLength: 1, ...extra });
const list = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });
const obj = (title, description, properties, required = [], extra = {}) => ({
  type: 'object', title, description, additionalProperties: false, properties, ...(required.length ? { required } : {}), ...extra,
});
const DATE_PATTERN = '^(\\d{4}-\\d{1,2}-\\d{1,2}|(ngày\\s+)?\\d{1,2}([/.-])\\d{1,2}\\3\\d{4}|(ngày\\s+)?\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})$';

export const letterExtras = {
  form: {
    type: 'string',
    enum: ['giay-moi', 'giay-moi-thanh-phan', 'thu-moi', 'trieu-tap', 'cong-van', 'thong-bao'],
    title: 'Loại thư mời',
    description: 'giay-moi: mỗi khách mời một Giấy mời (mặc định); giay-moi-thanh-phan: một Giấy mời kèm danh sách "Thành phần mời"; thu-moi: Thư mời có dòng "Kính gửi:"; trieu-tap: Thông báo triệu tập (bắt buộc có mặt); cong-van: Công văn mời (V/v …, Kính gửi:); thong-bao: Thông báo hội thảo (số 1, số 2: hạn nộp bài, lệ phí, tài khoản).',
  },
  addressees: list('Kính gửi', 'Người hoặc cơ quan nhận ghi sau "Kính gửi:" (Thư mời, Công văn, Thông báo). Một dòng: in trên một dòng; nhiều dòng: mỗi dòng một gạch đầu dòng. Thư mời không ghi mục này thì mỗi khách mời một thư.', str('Nơi nhận', 'Một người hoặc cơ quan nhận.')),
  preamble: str('Câu mở đầu', 'Câu căn cứ hoặc câu dẫn in đầu thư (ví dụ: Căn cứ …; Thực hiện Kế hoạch số …).'),
  closing: str('Câu kết', 'Câu kết thư, thay câu mặc định của mẫu (ví dụ: Kính mời các đại biểu về dự để buổi Lễ thành công tốt đẹp.).'),
  unit: str('Đơn vị soạn thảo', 'Chữ viết tắt đơn vị soạn thảo trong ký hiệu Công văn (ví dụ: VP trong 3710/BGDĐT-VP).', { pattern: '^[A-ZĐ0-9&-]+$' }),
  items: { type: 'string', enum: ['1.', 'a)', '-'], title: 'Cách đánh dấu các ý', description: 'Các ý Thời gian, Địa điểm, Thành phần …: 1. 2. 3., a) b) c) hoặc gạch đầu dòng (mặc định theo loại thư).' },
  programme: { type: 'string', enum: ['none', 'printed', 'attached'], title: 'Chương trình', description: 'none: không in chương trình (mặc định); printed: in chương trình trong thư; attached: in chương trình thành trang riêng "Chương trình" kèm theo thư.' },
  sequence: { type: 'integer', minimum: 1, title: 'Thông báo số', description: 'Thông báo số 1, số 2 … của hội thảo (loại thong-bao).' },
  documents: obj('Tài liệu', 'Tài liệu đăng tại trang thông tin điện tử: in thành liên kết bấm được trong mục Ghi chú.', {
    url: str('Địa chỉ trang', 'Địa chỉ trang web, bắt đầu bằng http:// hoặc https://.', { pattern: '^https?://\\S+$' }),
    text: str('Lời dẫn', 'Ví dụ: Đề nghị đại biểu tra cứu tài liệu kỳ họp tại'),
  }, ['url']),
  arriveEarly: { type: 'integer', minimum: 1, maximum: 120, title: 'Có mặt trước (phút)', description: 'Số phút đại biểu cần có mặt trước giờ khai mạc.' },
  dress: str('Trang phục', 'Yêu cầu về trang phục.'),
  parking: str('Gửi xe', 'Nơi gửi xe, lối vào.'),
  bring: str('Tài liệu mang theo', 'Giấy tờ, tài liệu đại biểu cần mang theo.'),
  deadlines: list('Các mốc thời gian', 'Hạn đăng ký, nộp bài … (loại thong-bao); có thể trước ngày gửi giấy mời.', obj('Mốc', 'Một hạn.', {
    date: { type: 'string', pattern: DATE_PATTERN, title: 'Ngày', description: 'Hạn cuối, ngày/tháng/năm.' },
    text: str('Việc', 'Việc phải xong trước hạn (ví dụ: Nộp báo cáo toàn văn).'),
  }, ['date', 'text'])),
  fees: obj('Lệ phí', 'Bảng lệ phí theo đối tượng và mốc thời gian (loại thong-bao).', {
    tiers: list('Các mức thời gian', 'Tiêu đề các cột (ví dụ: Trước ngày 30/9/2015).', str('Mức', 'Một mốc thời gian.'), { minItems: 1 }),
    rows: list('Các đối tượng', 'Mỗi đối tượng một dòng.', obj('Đối tượng', 'Một đối tượng và các mức phí.', {
      category: str('Đối tượng', 'Ví dụ: Sinh viên.'),
      amounts: list('Mức phí', 'Theo thứ tự các cột (ví dụ: 500.000 đ/người).', str('Mức phí', 'Một mức phí.'), { minItems: 1 }),
    }, ['category', 'amounts']), { minItems: 1 }),
    includes: str('Lệ phí bao gồm', 'Ví dụ: kỷ yếu, tài liệu, ăn trưa.'),
  }, ['tiers', 'rows']),
  bank: obj('Tài khoản nộp phí', 'Tài khoản nhận lệ phí (loại thong-bao).', {
    holder: str('Tên tài khoản', 'Chủ tài khoản.'),
    account: str('Số tài khoản', 'Số tài khoản.'),
    bank: str('Ngân hàng', 'Ngân hàng, chi nhánh.'),
  }, ['holder', 'account', 'bank']),
  website: str('Trang thông tin', 'Trang web của hội nghị.', { pattern: '^https?://\\S+$' }),
};

export const attendeeExtras = {
  invitedBy: str('Do cơ quan khác mời', 'Tên cơ quan mời nhóm này (ví dụ: UBND huyện): nhóm được ghi trong "Thành phần mời" kèm "(do … mời)" nhưng không gửi thư từ đây.'),
};
