import type { MessageTable } from './types.js';

/** Messages of `plan rsvp`, `plan status` and the reply rules of `plan check`. */
export const messages: MessageTable = {
  'rsvp/read/not-found': { vi: 'Không tìm thấy tệp. Hãy kiểm tra lại tên và đường dẫn.', en: 'The file does not exist. Check its name and path.' },
  'rsvp/read/is-directory': { vi: 'Đây là một thư mục, không phải tệp.', en: 'This is a folder, not a file.' },
  'rsvp/read/permission': {
    vi: 'Không có quyền đọc tệp. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại.',
    en: 'No permission to read the file. If it is open in Excel, close it and try again.',
  },
  'rsvp/read/too-large': { vi: 'Tệp quá lớn ({size} byte, tối đa {limit}): có lẽ nhầm tệp.', en: 'The file is too large ({size} bytes, at most {limit}): probably the wrong file.' },
  'rsvp/read/read-failed': { vi: 'Không đọc được tệp ({code}).', en: 'Could not read the file ({code}).' },
  'rsvp/no-status-column': {
    vi: 'Không thấy cột “Trả lời” trong bảng. Hàng tiêu đề cần các cột: {headers}.',
    en: 'No “Trả lời” (reply) column in the table. The header row needs the columns: {headers}.',
  },
  'rsvp/no-key-column': {
    vi: 'Tệp trả lời thiếu cột “{header}” (mã khách mời). Đừng xóa cột này khi sửa bằng Excel.',
    en: 'The replies file has no “{header}” (invitee key) column. Keep this column when editing in Excel.',
  },
  'rsvp/row-no-key': {
    vi: 'Dòng này không có mã khách mời (cột “{header}”). Ghi trả lời bằng lệnh plan rsvp, hoặc chép mã từ dòng của khách mời đó.',
    en: 'This row has no invitee key (column “{header}”). Record the reply with plan rsvp, or copy the key from that invitee’s row.',
  },
  'rsvp/bad-status': {
    vi: 'Trả lời “{value}” không rõ nghĩa; ghi một trong: {allowed}.',
    en: 'The reply “{value}” is not understood; write one of: {allowed}.',
  },
  'rsvp/bad-via': { vi: 'Hình thức “{value}” không rõ; ghi một trong: {allowed}.', en: 'The way “{value}” is not understood; write one of: {allowed}.' },
  'rsvp/bad-time': {
    vi: 'Thời gian “{value}” không đọc được; ghi dạng 2018-07-25 09:30 hoặc 25/7/2018 9:30.',
    en: 'The time “{value}” cannot be read; write 2018-07-25 09:30 or 25/7/2018 9:30.',
  },
  'rsvp/delegate-unnamed': {
    vi: 'Cử người dự nhưng chưa ghi tên người dự thay (cột “Người dự thay”).',
    en: 'Sending someone else, but the delegate’s name is missing (column “Người dự thay”).',
  },
  'rsvp/orphan': {
    vi: 'Trả lời của “{who}” (mã {key}) không còn khớp khách mời nào trong danh sách: dòng được giữ nguyên. Nếu khách mời đã đổi tên, sửa mã cho đúng dòng mới; nếu đã bỏ khỏi danh sách, xóa dòng này.',
    en: 'The reply of “{who}” (key {key}) matches no invitee on the list any more: the row is kept. If the invitee was renamed, correct the key; if they were removed, delete the row.',
  },
  'rsvp/import-ambiguous': {
    vi: '“{who}” khớp nhiều khách mời ({candidates}); dòng này không được ghi. Ghi rõ hơn hoặc thêm cột “Mã”.',
    en: '“{who}” matches several invitees ({candidates}); this row was not recorded. Be more precise or add a “Mã” column.',
  },
  'rsvp/import-unknown': {
    vi: 'Không tìm thấy khách mời “{who}” trong danh sách; dòng này không được ghi.',
    en: 'No invitee “{who}” on the list; this row was not recorded.',
  },
  'rsvp/not-found': {
    vi: 'Không tìm thấy khách mời “{who}”. Không ghi gì.',
    en: 'No invitee matches “{who}”. Nothing was recorded.',
  },
  'rsvp/ambiguous': {
    vi: '“{who}” khớp {count} khách mời; không ghi gì. Ghi rõ hơn (hoặc dùng mã):',
    en: '“{who}” matches {count} invitees; nothing was recorded. Be more precise (or use the key):',
  },
  'rsvp/did-you-mean': { vi: 'Có phải:', en: 'Did you mean:' },
  'rsvp/one-status': {
    vi: 'Chọn một trả lời: --coming, --not-coming hoặc --delegate "Họ tên, Chức vụ".',
    en: 'Give one reply: --coming, --not-coming or --delegate "Name, Title".',
  },
  'rsvp/needs-who': {
    vi: 'Ghi tên khách mời cần ghi trả lời, ví dụ: plan rsvp plans/hoi-nghi.yaml "Sở Y tế" --coming.',
    en: 'Name the invitee whose reply to record, e.g. plan rsvp plans/meeting.yaml "Sở Y tế" --coming.',
  },
  'rsvp/bad-via-option': { vi: '--via “{value}” không hợp lệ; dùng: phone, email, letter, in-person.', en: '--via “{value}” is not valid; use: phone, email, letter, in-person.' },
  'rsvp/bad-at': { vi: '--at “{value}” không đọc được; ghi dạng 2018-07-25 09:30.', en: '--at “{value}” cannot be read; write 2018-07-25 09:30.' },
  'rsvp/empty-delegate': { vi: '--delegate cần họ tên người dự thay, ví dụ: --delegate "Ông Trần Văn B, Phó Giám đốc".', en: '--delegate needs the delegate’s name, e.g. --delegate "Ông Trần Văn B, Phó Giám đốc".' },
  'rsvp/recorded': { vi: 'Đã ghi: {who} — {reply}.', en: 'Recorded: {who} — {reply}.' },
  'rsvp/unchanged': { vi: 'Không đổi: {who} đã có trả lời này.', en: 'Unchanged: {who} already has this reply.' },
  'rsvp/previous': { vi: 'Trả lời trước ({reply}) được giữ trong cột Lịch sử.', en: 'The earlier reply ({reply}) is kept in the history column.' },
  'rsvp/imported': {
    vi: 'Đã nhập {changed} trả lời mới từ {file} ({unchanged} không đổi).',
    en: 'Imported {changed} new replies from {file} ({unchanged} unchanged).',
  },
  'rsvp/file': { vi: 'Tệp trả lời: {file}', en: 'Replies file: {file}' },
  'rsvp/created': {
    vi: 'Đã tạo {file}: mỗi khách mời một dòng, mở và sửa được bằng Excel.',
    en: 'Created {file}: one row per invitee, editable in Excel.',
  },
  'rsvp/waiting': { vi: 'Chưa trả lời: {waiting}/{total} khách mời', en: 'No reply yet: {waiting} of {total} invitees' },
  'rsvp/reply-by': { vi: ' (hạn xác nhận {date})', en: ' (reply by {date})' },
  'rsvp/all-replied': { vi: 'Mọi khách mời đã trả lời ({total}).', en: 'Every invitee has replied ({total}).' },
  'rsvp/no-group': { vi: 'Chưa xếp nhóm', en: 'No group' },
  'rsvp/no-phone': { vi: '(chưa có số điện thoại)', en: '(no phone number)' },
  'rsvp/rekeyed': {
    vi: 'Trả lời ghi với mã {from} được gán cho {who} (mã mới {to}) vì tên đã sửa.',
    en: 'The reply stored under {from} now belongs to {who} (new key {to}): the name was corrected.',
  },

  'rsvp/no-replies-file': {
    vi: 'Chưa có tệp trả lời: danh sách chưa có ai. Ghi trả lời bằng lệnh plan rsvp (hoặc plan rsvp <tệp kế hoạch> để tạo tệp rồi điền bằng Excel).',
    en: 'No replies file yet: the list has nobody. Record replies with plan rsvp (or run plan rsvp <plan> to create the file and fill it in Excel).',
  },
  'rsvp/no-attendees': {
    vi: 'Chưa có đại biểu nào xác nhận dự: không tạo thẻ tên.',
    en: 'Nobody has confirmed yet: no name cards were made.',
  },
  'rsvp/no-address': {
    vi: '{count} khách mời chưa có địa chỉ gửi thư (cột “Địa chỉ” hoặc trường address), không in phong bì: {who}.',
    en: '{count} invitees have no postal address (column “Địa chỉ” or field address), so no envelope: {who}.',
  },
  'status/heading': { vi: '{event}: {date}', en: '{event}: {date}' },
  'status/replies': { vi: 'Trả lời', en: 'Replies' },
  'status/columns': { vi: 'Mời|Dự|Không dự|Chưa trả lời', en: 'Invited|Coming|Not coming|No reply' },
  'status/total': { vi: 'Tổng cộng', en: 'Total' },
  'status/delegates': { vi: '(trong đó {count} cử người dự thay)', en: '({count} of them sending a delegate)' },
  'status/no-replies-file': { vi: 'chưa có tệp trả lời: ghi bằng plan rsvp', en: 'no replies file yet: record replies with plan rsvp' },
  'status/documents': { vi: 'Văn bản trong {dir}', en: 'Documents in {dir}' },
  'status/built': { vi: 'đã tạo', en: 'built' },
  'status/letters': { vi: 'đã tạo, {count} Giấy mời riêng', en: 'built, {count} single letters' },
  'status/stale': { vi: 'cũ hơn kế hoạch, danh sách khách mời hoặc tệp trả lời: tạo lại bằng plan build --only {kind}', en: 'older than the plan, the invitee list or the replies: rebuild with plan build --only {kind}' },
  'status/missing': { vi: 'chưa tạo (plan build --only {kind})', en: 'not built (plan build --only {kind})' },
  'status/mail': { vi: 'Thư điện tử', en: 'E-mail' },
  'status/mail-none': { vi: 'chưa gửi thư nào (plan send)', en: 'nothing sent yet (plan send)' },
  'status/mail-sent': { vi: 'đã gửi: {invitation} Giấy mời, {plan} Kế hoạch, {reminder} thư nhắc', en: 'sent: {invitation} invitations, {plan} plans, {reminder} reminders' },
  'status/mail-failed': { vi: 'chưa gửi được {who} <{to}>: {response}', en: 'not delivered to {who} <{to}>: {response}' },
  'status/mail-unreadable': { vi: '{count} dòng nhật ký gửi không đọc được', en: '{count} lines of the send log could not be read' },
  // The lines of `plan build`'s summary for the documents made from the replies.
  'build/kind/attendees.one': { vi: '{count} danh sách đại biểu: {where}', en: '{count} attendee list: {where}' },
  'build/kind/attendees.other': { vi: '{count} danh sách đại biểu: {where}', en: '{count} attendee lists: {where}' },
  'build/kind/sign-in.one': { vi: '{count} danh sách ký tên: {where}', en: '{count} sign-in sheet: {where}' },
  'build/kind/sign-in.other': { vi: '{count} danh sách ký tên: {where}', en: '{count} sign-in sheets: {where}' },
  'build/kind/badges.one': { vi: '{count} tệp thẻ tên, mỗi đại biểu một trang: {where}', en: '{count} file of name cards, one page per person: {where}' },
  'build/kind/badges.other': { vi: '{count} tệp thẻ tên, mỗi đại biểu một trang: {where}', en: '{count} files of name cards, one page per person: {where}' },
  'build/kind/envelopes.one': { vi: '{count} tệp phong bì, mỗi phong bì một trang: {where}', en: '{count} file of envelopes, one per page: {where}' },
  'build/kind/envelopes.other': { vi: '{count} tệp phong bì, mỗi phong bì một trang: {where}', en: '{count} files of envelopes, one per page: {where}' },
};
