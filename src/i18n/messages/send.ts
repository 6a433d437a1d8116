import type { MessageTable } from './types.js';

/** Messages of `plan send`: configuration problems, the end-of-run summary and the progress label. */
export const messages: MessageTable = {
  'send/no-host': {
    vi: 'Chưa có máy chủ thư: đặt biến môi trường PLAN_SMTP_HOST hoặc ghi mail.host trong tệp kế hoạch (hoặc dùng --dry-run để chỉ tạo tệp .eml).',
    en: 'No mail server: set PLAN_SMTP_HOST or write mail.host in the plan (or use --dry-run to write .eml files only).',
  },
  'send/no-password': {
    vi: 'Tài khoản {user} cần mật khẩu: đặt biến môi trường PLAN_SMTP_PASSWORD (không ghi mật khẩu trong tệp).',
    en: 'The account {user} needs a password: set the PLAN_SMTP_PASSWORD environment variable (never write it in a file).',
  },
  'send/no-from': {
    vi: 'Chưa có địa chỉ gửi: ghi mail.fromEmail trong tệp kế hoạch (địa chỉ email của cơ quan) hoặc đặt biến PLAN_SMTP_FROM.',
    en: 'No sender address: write mail.fromEmail in the plan (the agency’s address) or set PLAN_SMTP_FROM.',
  },
  'send/bad-from': {
    vi: 'PLAN_SMTP_FROM “{value}” không phải địa chỉ email (ví dụ: Sở Y tế <vanthu@soyte.gov.vn>).',
    en: 'PLAN_SMTP_FROM “{value}” is not an email address (e.g. Sở Y tế <vanthu@soyte.gov.vn>).',
  },
  'send/bad-secure': {
    vi: 'PLAN_SMTP_SECURE “{value}” không hợp lệ; dùng một trong: {allowed}.',
    en: 'PLAN_SMTP_SECURE “{value}” is not valid; use one of: {allowed}.',
  },
  'send/bad-port': {
    vi: 'PLAN_SMTP_PORT “{value}” không phải số cổng (1–65535).',
    en: 'PLAN_SMTP_PORT “{value}” is not a port number (1–65535).',
  },
  'send/ca-unreadable': {
    vi: 'Không đọc được tệp chứng thư PLAN_SMTP_CA “{file}” ({code}).',
    en: 'Could not read the PLAN_SMTP_CA certificate file “{file}” ({code}).',
  },
  'send/only': {
    vi: '--only “{value}” không hợp lệ; dùng: {allowed}.',
    en: '--only “{value}” is not valid; use: {allowed}.',
  },
  'send/locked': {
    vi: 'Một lần gửi khác (tiến trình {pid}) đang chạy cho thư mục này; hãy chờ nó kết thúc.',
    en: 'Another send (process {pid}) is running for this folder; wait for it to finish.',
  },
  'send/log-unreadable': {
    vi: 'Nhật ký gửi có {count} dòng không đọc được (thường do lần chạy trước bị ngắt giữa chừng); các dòng đó bị bỏ qua.',
    en: 'The send log has {count} unreadable line(s) (usually a run cut off mid-write); they are ignored.',
  },
  'send/auth-failed': {
    vi: 'Máy chủ thư từ chối đăng nhập: {detail}. Kiểm tra PLAN_SMTP_USER và PLAN_SMTP_PASSWORD.',
    en: 'The mail server refused the login: {detail}. Check PLAN_SMTP_USER and PLAN_SMTP_PASSWORD.',
  },
  'send/tls-failed': {
    vi: 'Không thiết lập được kết nối mã hóa an toàn với máy chủ thư: {detail}. Kiểm tra PLAN_SMTP_SECURE, cổng và chứng thư (PLAN_SMTP_CA).',
    en: 'Could not set up a secure connection to the mail server: {detail}. Check PLAN_SMTP_SECURE, the port and the certificate (PLAN_SMTP_CA).',
  },
  'send/building': { vi: 'Tạo lại văn bản còn thiếu hoặc cũ hơn tệp nguồn…', en: 'Building documents that are missing or older than their sources…' },
  'send/progress': { vi: 'Gửi thư', en: 'Sending' },
  'send/building-pdf': {
    vi: 'Tạo lại văn bản và PDF (LibreOffice) cho các thư chưa có PDF mới…',
    en: 'Building the documents and their PDFs (LibreOffice) for the messages without an up-to-date PDF…',
  },
  'send/pdf-left-out/rebuilt': {
    vi: '{messages} thư chỉ kèm DOCX, không kèm PDF: kế hoạch (hoặc danh sách khách mời, mẫu) đã sửa sau lần tạo PDF, văn bản vừa được tạo lại nên PDF cũ không còn đúng nội dung ({files}). Thêm --pdf để tạo PDF mới và gửi kèm.',
    en: '{messages} message(s) carry the DOCX only, without the PDF: the plan (or the invitee list, or a template) changed after the PDFs were made, the documents were just built again, so the old PDFs no longer match ({files}). Add --pdf to make fresh PDFs and attach them.',
  },
  'send/pdf-left-out/stale': {
    vi: '{messages} thư chỉ kèm DOCX, không kèm PDF: PDF cũ hơn DOCX nên có thể không đúng nội dung ({files}). Thêm --pdf để tạo PDF mới và gửi kèm.',
    en: '{messages} message(s) carry the DOCX only, without the PDF: the PDF is older than the DOCX and may not match it ({files}). Add --pdf to make fresh PDFs and attach them.',
  },
  'send/pdf-left-out/missing': {
    vi: '{messages} thư chỉ kèm DOCX, chưa có PDF ({files}). Văn bản gửi qua email nên kèm PDF (DOCX là bản để sửa): thêm --pdf để tạo PDF và gửi kèm.',
    en: '{messages} message(s) carry the DOCX only; there is no PDF ({files}). A document sent by e-mail should carry the PDF (the DOCX is the editable copy): add --pdf to make the PDFs and attach them.',
  },
  'send/pdf-left-out/more': { vi: 'và {count} tệp khác', en: 'and {count} more' },
  'send/summary': {
    vi: 'Đã gửi: {sent} · đã gửi từ trước: {already} · bỏ qua: {skipped} · không gửi được: {failed} · chưa gửi: {pending}',
    en: 'Sent: {sent} · sent before: {already} · skipped: {skipped} · failed: {failed} · not attempted: {pending}',
  },
  'send/summary-dry': {
    vi: 'Chạy thử, không gửi thư nào: đã tạo {written} tệp .eml trong {dir} · đã gửi từ trước: {already} · bỏ qua: {skipped}',
    en: 'Dry run, nothing sent: {written} .eml file(s) in {dir} · sent before: {already} · skipped: {skipped}',
  },
  'send/skipped/no-address': { vi: 'bỏ qua {who} ({where}): không có địa chỉ email', en: 'skipped {who} ({where}): no email address' },
  'send/skipped/invalid-address': {
    vi: 'bỏ qua {who} ({where}): “{address}” không phải địa chỉ email hợp lệ',
    en: 'skipped {who} ({where}): “{address}” is not a valid email address',
  },
  'send/failed/rejected': { vi: 'không gửi được {who} <{to}>: máy chủ từ chối ({response})', en: 'failed {who} <{to}>: refused by the server ({response})' },
  'send/failed/deferred': {
    vi: 'không gửi được {who} <{to}>: máy chủ tạm từ chối sau {attempts} lần thử ({response}); chạy lại plan send để gửi tiếp',
    en: 'failed {who} <{to}>: temporarily refused after {attempts} attempts ({response}); run plan send again to resume',
  },
  'send/failed/failed': {
    vi: 'không gửi được {who} <{to}>: mất kết nối với máy chủ sau {attempts} lần thử ({response}); chạy lại plan send để gửi tiếp',
    en: 'failed {who} <{to}>: lost the connection after {attempts} attempts ({response}); run plan send again to resume',
  },
  'send/stopped/interrupt': {
    vi: 'Đã dừng theo yêu cầu; {count} thư chưa gửi. Chạy lại plan send để gửi tiếp (không ai nhận thư hai lần).',
    en: 'Stopped on request; {count} message(s) not sent. Run plan send again to resume (nobody gets a message twice).',
  },
  'send/stopped/connection': {
    vi: 'Dừng vì không liên lạc được với máy chủ thư; {count} thư chưa gửi. Chạy lại plan send để gửi tiếp.',
    en: 'Stopped: the mail server cannot be reached; {count} message(s) not sent. Run plan send again to resume.',
  },
  'send/stopped/fatal': { vi: '{count} thư chưa gửi.', en: '{count} message(s) not sent.' },
  'send/log': { vi: 'Nhật ký gửi: {file}', en: 'Send log: {file}' },
};
