// Parts of the schema for the plan's shape (sections, programme, time, venue): kept apart from schema-source.mjs so
// that helpers editing other fields there do not collide with these.
const str = (title, description, extra = {}) => ({ type: 'string', title, description, minLength: 1, ...extra });
const list = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });
const obj = (title, description, properties, required = [], extra = {}) => ({
  type: 'object', title, description, additionalProperties: false, properties, ...(required.length ? { required } : {}), ...extra,
});

export const numbering = {
  type: 'string', enum: ['I.1.a', 'I.1.1.1', '1.1.1', 'none', 'I-1.a', 'I-1-a'], title: 'Cách đánh số đề mục',
  description: 'I.1.a: I. / 1. / a) (mặc định); I.1.1.1: I. / 1. / 1.1.; 1.1.1: 1. / 1.1. / 1.1.1. (số Ả Rập ở cấp trên cùng); none: đề mục lớn in hoa, không đánh số; I-1.a: I- / 1. / a) và I-1-a: I- / 1- / a), như nhiều văn bản của Đảng và các đoàn thể.',
};

export const listStyle = {
  type: 'string', enum: ['-', '+', '1.', 'a)'], title: 'Kiểu đánh dấu các ý',
  description: '"-" gạch đầu dòng (mặc định), "+" dấu cộng, "1." đánh số 1., 2., "a)" đánh chữ a), b).',
};

export const facts = list('Thông tin hội nghị trong mục này',
  'In thời gian, địa điểm, thành phần hoặc chương trình của hội nghị ngay trong tiểu mục này (dữ liệu vẫn lấy từ time, venue, attendees, content nên Giấy mời và kiểm tra vẫn dùng được).',
  { type: 'string', enum: ['time', 'venue', 'attendees', 'programme'], title: 'Thông tin', description: 'time, venue, attendees hoặc programme.' },
  { uniqueItems: true });

export const requirements = list('Yêu cầu',
  'Các ý của tiểu mục "Yêu cầu". Khi có, mục I chia hai tiểu mục "1. Mục đích" (purpose) và "2. Yêu cầu".',
  str('Ý', 'Một yêu cầu.'), { minItems: 1 });

export const programmeEntryExtras = {
  items: list('Các ý trong khung giờ', 'In thành các dòng "+ …" dưới nội dung của khung giờ.', str('Ý', 'Một ý.')),
};

export const programmeOptions = {
  columns: obj('Tiêu đề các cột chương trình', 'Thay tiêu đề mặc định của các cột.', {
    number: str('Cột số thứ tự', 'Mặc định: TT.'),
    time: str('Cột thời gian', 'Mặc định: Thời gian.'),
    item: str('Cột nội dung', 'Mặc định: Nội dung.'),
    presenter: str('Cột thực hiện', 'Mặc định: Thực hiện (ví dụ: Đơn vị, người thực hiện).'),
  }),
  numbered: { type: 'boolean', title: 'Có cột TT', description: 'true để thêm cột số thứ tự (TT) vào bảng chương trình.' },
  attached: str('Chương trình kèm theo',
    'Thay bảng chương trình bằng một câu, ví dụ: "Có chương trình kèm theo". Khi có, không bắt buộc programme.'),
};

export const timeExtras = {
  month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', title: 'Tháng', description: 'Khi chỉ biết tháng: dạng YYYY-MM, in "trong tháng 7 năm 2021".' },
  session: str('Buổi', 'Ví dụ: buổi sáng, buổi chiều; in trước thứ, ngày.'),
  window: { type: 'boolean', title: 'Trong khoảng ngày', description: 'true khi from/to là khoảng thời gian tổ chức (in "từ ngày 26 đến 30/10/2020"), không phải số ngày diễn ra.' },
  lunar: str('Ngày âm lịch', 'Ghi chú ngày âm lịch, in trong ngoặc sau ngày (ví dụ: tức ngày 10 tháng 3 năm Nhâm Dần).'),
};

const participants = list('Thành phần tại điểm cầu', 'Mỗi thành phần một dòng "+ …".', str('Thành phần', 'Một thành phần.'));

export const venueExtras = {
  mode: {
    type: 'string', enum: ['trực tiếp', 'trực tuyến', 'trực tiếp kết hợp trực tuyến'], title: 'Hình thức',
    description: 'Mặc định: trực tiếp kết hợp trực tuyến khi có cả name và online; trực tuyến khi chỉ có online; trực tiếp khi không có online.',
  },
  panels: list('Các tiểu ban', 'Mỗi tiểu ban (phiên) và phòng tổ chức.', obj('Tiểu ban', 'Một tiểu ban hoặc phiên và phòng của nó.', {
    name: str('Tên tiểu ban', 'Ví dụ: Tiểu ban 1: Khoa học tự nhiên.'),
    room: str('Phòng', 'Ví dụ: Phòng 201, nhà A.'),
  }, ['name', 'room'])),
};

export const onlineExtras = {
  centralParticipants: participants,
  points: list('Các điểm cầu và thành phần', 'Từng điểm cầu (hoặc loại điểm cầu) với thành phần dự tại đó.', obj('Điểm cầu', 'Một điểm cầu hoặc một loại điểm cầu.', {
    name: str('Điểm cầu', 'Ví dụ: Điểm cầu các huyện, thị xã, thành phố.'),
    participants,
  }, ['name'])),
};

export const sectionExtras = { list: listStyle, facts };
