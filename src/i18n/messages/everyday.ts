import type { MessageTable } from './types.js';

/** Messages of `plan init`, `plan build --pdf` and `plan build --watch`. */
export const messages: MessageTable = {
  'init/bad-name': {
    vi: 'Tên «{name}» không dùng làm tên tệp được: chỉ dùng chữ cái không dấu, chữ số, dấu gạch nối (-) hoặc gạch dưới (_), tối đa 80 ký tự. Ví dụ: plan init {suggestion}',
    en: 'The name “{name}” cannot be a file name: use unaccented letters, digits, “-” or “_”, at most 80 characters. For example: plan init {suggestion}',
  },
  'init/exists': {
    vi: 'Tệp này đã có; plan init không ghi đè tệp nào và chưa tạo tệp mới. Hãy chọn tên khác (plan init TÊN-KHÁC) hoặc tự xóa, đổi tên tệp cũ.',
    en: 'This file exists; plan init never overwrites a file and has written nothing. Choose another name (plan init OTHER-NAME) or remove or rename the old file yourself.',
  },
  'init/template-missing': {
    vi: 'Không đọc được tệp mẫu {file} ({code}); bộ phận CNTT cần kiểm tra thư mục templates/init.',
    en: 'Cannot read the template {file} ({code}); the templates/init folder needs checking.',
  },
  'init/next-single': {
    vi: 'Tiếp theo: sửa {plan} cho đúng hội nghị của cơ quan (loại thư này gửi chung một văn bản, không cần danh sách khách mời), rồi chạy\n  npx plan check {plan}\n  npx plan build {plan}',
    en: 'Next: edit {plan} for your conference (this form is one letter for everyone; no invitee list), then run\n  npx plan check {plan}\n  npx plan build {plan}',
  },
  'init/next': {
    vi: 'Tiếp theo: sửa {plan} và {data} cho đúng hội nghị của cơ quan, rồi chạy\n  npx plan check {plan}\n  npx plan build {plan}',
    en: 'Next: edit {plan} and {data} for your conference, then run\n  npx plan check {plan}\n  npx plan build {plan}',
  },

  'pdf/no-soffice': {
    vi: 'Không tìm thấy LibreOffice (lệnh soffice) để tạo PDF; chưa tạo tệp nào. Hãy cài LibreOffice, hoặc đặt biến môi trường PLAN_SOFFICE là đường dẫn tới soffice, hoặc bỏ --pdf.',
    en: 'LibreOffice (the soffice command) was not found, so no PDF can be made; nothing was written. Install LibreOffice, set PLAN_SOFFICE to the soffice program, or leave out --pdf.',
  },
  'pdf/bad-env': {
    vi: 'Biến môi trường PLAN_SOFFICE chỉ tới {path}, nhưng đó không phải chương trình LibreOffice chạy được; chưa tạo tệp nào. Hãy sửa hoặc xóa biến này.',
    en: 'PLAN_SOFFICE points to {path}, which is not a LibreOffice program that can run; nothing was written. Fix or unset it.',
  },
  'pdf/failed': {
    vi: 'LibreOffice không chuyển được {file} sang PDF, kể cả khi thử lại: {reason}. Các tệp DOCX đã được ghi; chưa có tệp PDF nào. Hãy mở tệp này bằng LibreOffice hoặc Word xem có lỗi không, rồi chạy lại.',
    en: 'LibreOffice could not convert {file} to PDF, even on a second try: {reason}. The DOCX files are written; no PDF was. Open that file in LibreOffice or Word to see whether it is damaged, then run again.',
  },
  'pdf/left-out': {
    vi: 'LibreOffice kết thúc mà không tạo tệp PDF của nó',
    en: 'LibreOffice finished without making its PDF',
  },
  'pdf/timed-out': {
    vi: 'LibreOffice chạy quá lâu nên đã bị dừng',
    en: 'LibreOffice took too long and was stopped',
  },
  'pdf/progress': { vi: 'Tạo PDF', en: 'Making PDFs' },

  'watch/start': {
    vi: 'Đang theo dõi {files}. Sửa và lưu tệp thì văn bản được tạo lại; nhấn Ctrl+C để dừng.',
    en: 'Watching {files}. Save a change to rebuild; press Ctrl+C to stop.',
  },
  'watch/change': {
    vi: '[{time}] {file} đã thay đổi, đang tạo lại…',
    en: '[{time}] {file} changed, rebuilding…',
  },
  'watch/ok': { vi: '[{time}] Đã tạo xong.', en: '[{time}] Build finished.' },
  'watch/failed': {
    vi: '[{time}] Chưa tạo được văn bản; sửa lỗi ở trên rồi lưu lại tệp.',
    en: '[{time}] Build failed; fix the problems above and save again.',
  },
  'watch/stopped': { vi: 'Đã dừng theo dõi.', en: 'Stopped watching.' },
};
