// What each rule of `plan check` looks for, by rule id: the catalogue that `plan check --rules` prints.
// A new rule under src/validate/rules adds its description here; tests/validate/rules checks that none is missing.
import type { MessageTable } from './types.js';

export const RULE_DESCRIPTIONS: Readonly<MessageTable> = {
  'abbreviations/consistency': {
    vi: 'Một tên nên viết thống nhất trong cả kế hoạch: hoặc đầy đủ («Sở Khoa học và Công nghệ»), hoặc viết tắt («Sở KH&CN»).',
    en: 'Write a name one way throughout the plan: in full (“Sở Khoa học và Công nghệ”) or abbreviated (“Sở KH&CN”).',
  },
  'abbreviations/variant': {
    vi: 'Chữ viết tắt phải viết đúng và thống nhất (KH&CN, UBND, KT-XH, NN&PTNT, TT&TT, GD&ĐT, LĐ-TB&XH, VH-TT&DL, TN&MT …), không viết «KKH&CN», «KH & CN» hay «KHCN».',
    en: 'Abbreviations must be spelt correctly and consistently (KH&CN, UBND, KT-XH, NN&PTNT, TT&TT, GD&ĐT, LĐ-TB&XH, VH-TT&DL, TN&MT …), not “KKH&CN”, “KH & CN” or “KHCN”.',
  },
  'budget/line-amount': {
    vi: 'Thành tiền của mỗi khoản chi phải bằng số lượng × đơn giá (khi ghi đủ cả ba).',
    en: 'A budget line’s amount must equal quantity × unit price (when all three are given).',
  },
  'budget/total': {
    vi: 'Tổng dự toán ghi (funding.budget.total) phải bằng tổng thành tiền các khoản chi.',
    en: 'The stated budget total (funding.budget.total) must equal the sum of the lines.',
  },
  'budget/words': {
    vi: 'Số tiền bằng chữ (funding.budget.totalInWords) phải khớp với tổng dự toán bằng số.',
    en: 'The total in words (funding.budget.totalInWords) must say the same amount as the figure.',
  },
  'capitalisation/after-semicolon': {
    vi: 'Sau dấu chấm phẩy (;) viết thường, trừ khi từ tiếp theo là tên riêng, chức danh hay tên văn bản.',
    en: 'After a semicolon (;) write in lower case, unless the next word starts a name, a title or a document’s name.',
  },
  'capitalisation/consistency': {
    vi: 'Một cụm từ viết hoa thống nhất trong cả kế hoạch: «quản lý nhà nước» hoặc «quản lý Nhà nước», «Hội nghị» hoặc «hội nghị».',
    en: 'A phrase is capitalised the same way throughout the plan: “quản lý nhà nước” or “quản lý Nhà nước”, “Hội nghị” or “hội nghị”.',
  },
  'capitalisation/title-case': {
    vi: 'Tên cơ quan, chức danh chỉ viết hoa chữ cái đầu của từ: «Chủ tịch Quốc hội», «Ủy ban nhân dân», không viết hoa mọi âm tiết («Chủ Tịch Quốc Hội»).',
    en: 'Agency names and titles capitalise the first syllable of a word only: “Chủ tịch Quốc hội”, not every syllable (“Chủ Tịch Quốc Hội”).',
  },
  'capitalisation/unit-type': {
    vi: 'Tên riêng của cơ quan, đơn vị viết hoa chữ cái đầu của từ chỉ loại hình: «Phòng Quản lý …», «Văn phòng Sở», không viết «phòng Quản lý …».',
    en: 'The type word of a named agency or unit is capitalised: “Phòng Quản lý …”, “Văn phòng Sở”, not “phòng Quản lý …”.',
  },
  'citation/agency': {
    vi: 'Văn bản của chính cơ quan được viện dẫn phải dùng cùng chữ viết tắt tên cơ quan như trong ký hiệu của Kế hoạch (issuer.abbreviation).',
    en: 'A cited document of this agency must use the same agency abbreviation as the plan’s own ký hiệu (issuer.abbreviation).',
  },
  'citation/format': {
    vi: 'Văn bản được viện dẫn phải có chữ viết tắt tên loại đúng với tên loại (Phụ lục III) và ngày có thật.',
    en: 'A cited document’s type abbreviation must match its kind (Appendix III) and its date must be real.',
  },
  'citation/reference': {
    vi: 'Văn bản được viện dẫn ghi tên loại văn bản, rồi số, ký hiệu dạng <số>/<loại>-<cơ quan> (Nghị định 30) hoặc <số>-<loại>/<cơ quan> (văn bản của Đảng); chữ viết tắt tên loại theo Phụ lục III.',
    en: 'A cited document gives its kind, then a number and ký hiệu of the form <number>/<TYPE>-<AGENCY> (Decree 30) or <number>-<TYPE>/<AGENCY> (Party documents); type abbreviations per Appendix III.',
  },
  'coherence/duplicate-invitee': {
    vi: 'Không mời một người hoặc một cơ quan hai lần (so sánh họ tên và cơ quan, không phân biệt hoa thường, dấu).',
    en: 'No invitee may appear twice (same name and organisation, ignoring case and diacritics).',
  },
  'coherence/duplicate-recipient': {
    vi: 'Một nơi nhận chỉ ghi một lần, ở danh sách bản giấy hoặc bản điện tử.',
    en: 'A recipient is listed once, either on the paper list or on the electronic list.',
  },
  'coherence/group-invited': {
    vi: 'Khi kế hoạch có Giấy mời (invitations), mỗi nhóm thành phần được mời phải có ít nhất một khách mời (invitees[].group) hoặc có tên trong Nơi nhận / Bản điện tử.',
    en: 'When the plan has invitations, every invited attendee group needs at least one invitee (invitees[].group) or a line in the Nơi nhận / Bản điện tử lists.',
  },
  'coherence/invitee-group': {
    vi: 'Nhóm của mỗi khách mời (invitees[].group) phải là mã của một nhóm trong thành phần tham dự (attendees[].id).',
    en: 'Each invitee’s group (invitees[].group) must be the id of an attendee group (attendees[].id).',
  },
  'dates/invitation-before-plan': {
    vi: 'Giấy mời thường ký cùng ngày hoặc sau ngày ban hành Kế hoạch.',
    en: 'The invitation is normally dated on or after the plan’s issue date.',
  },
  'dates/order': {
    vi: 'Hội nghị phải diễn ra sau ngày ban hành Kế hoạch và sau ngày ký Giấy mời; ngày kết thúc không trước ngày bắt đầu.',
    en: 'The event must come after the plan’s issue date and after the invitation date; it cannot end before it starts.',
  },
  'dates/programme': {
    vi: 'Ngày của từng mục trong chương trình phải nằm trong thời gian tổ chức hội nghị.',
    en: 'Each programme entry’s date must fall within the event’s days.',
  },
  'dates/reply-by': {
    vi: 'Hạn xác nhận tham dự (invitations.replyBy) phải sau ngày ký Giấy mời và trước ngày hội nghị.',
    en: 'The reply deadline (invitations.replyBy) must fall after the invitation date and before the event.',
  },
  'email/address': {
    vi: 'Khi gửi bằng plan send, mỗi khách mời và mỗi nơi nhận bản điện tử cần một địa chỉ email hợp lệ; nơi thiếu địa chỉ sẽ không nhận được thư.',
    en: 'For plan send, each invitee and each electronic recipient needs a valid email address; those without one are not e-mailed.',
  },
  'encoding/legacy': {
    vi: 'Văn bản phải dùng bảng mã Unicode (TCVN 6909:2001); chữ dán từ tệp dùng phông .VnTime (TCVN3) hay VNI-Times (VNI) hiện thành «ngµy th¸ng».',
    en: 'Text must be Unicode (TCVN 6909:2001); text pasted from files in the old .VnTime (TCVN3) or VNI-Times (VNI) fonts reads "ngµy th¸ng".',
  },
  'lists/archive': {
    vi: 'Dòng Lưu gồm «VT» (Văn thư cơ quan) và chữ viết tắt đơn vị soạn thảo, ví dụ «Lưu: VT, KHCNCS».',
    en: 'The Lưu line holds “VT” (the agency’s văn thư) and the drafting unit’s abbreviation, e.g. “Lưu: VT, KHCNCS”.',
  },
  'lists/archive-in-list': {
    vi: 'Dòng «Lưu» không ghi trong danh sách nơi nhận mà ghi ở recipients.archive; dòng này luôn đứng cuối Nơi nhận.',
    en: 'The “Lưu” line is not a recipient item: write it in recipients.archive; it always closes the Nơi nhận list.',
  },
  'letters/decree-form': {
    vi: 'Loại thư mời đã chọn khác với Nghị định 30 đối với cơ quan thuộc phạm vi của Nghị định: Thư mời không có trong 29 loại văn bản; "Kính gửi:" chỉ dùng cho Công văn, Tờ trình, Báo cáo.',
    en: 'The chosen letter form departs from Decree 30 for an issuer in its scope: Thư mời is not among the 29 types; "Kính gửi:" belongs only to Công văn, Tờ trình and Báo cáo.',
  },
  'lists/punctuation': {
    vi: 'Không ghi gạch đầu dòng và dấu cuối dòng ở các dòng Nơi nhận, Bản điện tử: chương trình tự thêm «- » và «;» hoặc «.».',
    en: 'Nơi nhận and Bản điện tử items are written without the dash and the end punctuation; the renderer adds “- ” and “;” or “.”.',
  },
  'number/symbol': {
    vi: 'Ký hiệu văn bản gồm chữ viết tắt tên loại và tên cơ quan: nối bằng «-» theo Nghị định 30 (05/KH-KHCN), hoặc <loại>/<cơ quan> theo Hướng dẫn 36-HD/VPTW với văn bản của Đảng (2297-KH/BDVTW).',
    en: 'A ký hiệu holds the type and agency abbreviations: joined by "-" under Decree 30 (05/KH-KHCN), or <TYPE>/<AGENCY> under HD 36-HD/VPTW for Party documents (2297-KH/BDVTW).',
  },
  'order/missing-section': {
    vi: 'Khi có order, mọi mục đã viết (kể cả các mục trong sections) phải có mặt trong order, nếu không sẽ bị bỏ khỏi văn bản.',
    en: 'When order is given, every written section (including those in sections) must be in it, or it is left out of the document.',
  },
  'order/unknown-section': {
    vi: 'Mỗi mã trong order phải là purpose, content, responsibilities hoặc mã của một mục trong sections.',
    en: 'Each id in order must be purpose, content, responsibilities or the id of a section in sections.',
  },
  'replies/after-deadline': {
    vi: 'Trả lời nhận sau hạn xác nhận (invitations.replyBy): kiểm tra lại chỗ ngồi, thẻ tên, danh sách đại biểu.',
    en: 'A reply received after the reply deadline (invitations.replyBy): check seats, name cards and the attendee list again.',
  },
  'replies/declined-speaker': {
    vi: 'Khách mời đã báo không dự nhưng vẫn có tên trình bày trong chương trình.',
    en: 'An invitee who declined is still listed as a presenter in the programme.',
  },
  'replies/group-nobody-coming': {
    vi: 'Một nhóm thành phần đã trả lời đủ mà không ai dự (kể cả người dự thay).',
    en: 'Every invitee of an attendee group has replied and nobody (nor a delegate) is coming.',
  },
  'signer/authority': {
    vi: 'Quyền hạn ký phải khớp chức vụ: KT. kèm chức vụ cấp phó (PHÓ …) và chức vụ người đứng đầu; TM. kèm tên tập thể; TL., TUQ. kèm chức vụ người đứng đầu.',
    en: 'The signing authority must fit the titles: KT. needs a deputy’s title (PHÓ …) and the head’s title; TM. needs a collective body; TL. and TUQ. need the head’s title.',
  },
  'signer/name': {
    vi: 'Họ tên người ký viết chữ in thường, không kèm học hàm, học vị (GS., PGS., TS., ThS., …).',
    en: 'The signer’s name is written in normal case, without academic titles or degrees (GS., PGS., TS., ThS., …).',
  },
  'weekday/match': {
    vi: 'Thứ viết kèm ngày (ví dụ «thứ Ba, ngày 31/7/2018») phải đúng là thứ của ngày đó.',
    en: 'A weekday written before a date (e.g. “thứ Ba, ngày 31/7/2018”) must be that date’s weekday.',
  },
};
