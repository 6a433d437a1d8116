import type { MessageTable } from './types.js';

// Messages of the semantic rules (src/validate/rules). Each says what was expected and what was found.
// {line} is filled by the rule runner with the line of the other occurrence the message refers to.
export const messages: MessageTable = {
  'rules/unknown-id': {
    vi: 'Không có quy tắc «{id}» trong khối rules. Xem danh sách bằng lệnh plan check --rules.',
    en: 'There is no rule "{id}" for the rules block. List the rules with plan check --rules.',
  },
  'rules/unknown-id/suggest': {
    vi: 'Không có quy tắc «{id}» trong khối rules. Có phải ý bạn là «{suggestion}»?',
    en: 'There is no rule "{id}" for the rules block. Did you mean "{suggestion}"?',
  },
  'rules/internal-error': {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và không kiểm tra được: {detail}',
    en: 'Rule {rule} failed with an internal error and checked nothing: {detail}',
  },

  'dates/order/event-before-issue': {
    vi: 'Hội nghị ({event}) phải diễn ra sau ngày ban hành Kế hoạch ({issued}), nhưng đang trước ngày đó.',
    en: 'The event ({event}) must come after the plan’s issue date ({issued}), but it comes before it.',
  },
  'dates/order/invitation-not-before-event': {
    vi: 'Giấy mời phải ký trước ngày hội nghị ({event}); ngày ký đang là {invited}.',
    en: 'The invitation must be dated before the event ({event}); it is dated {invited}.',
  },
  'dates/order/end-before-start': {
    vi: 'Ngày kết thúc hội nghị ({to}) phải từ ngày bắt đầu ({from}) trở đi.',
    en: 'The event’s last day ({to}) must not be before its first day ({from}).',
  },
  'dates/invitation-before-plan': {
    vi: 'Giấy mời thường ký từ ngày ban hành Kế hoạch ({issued}) trở đi; ngày ký Giấy mời đang là {invited}.',
    en: 'The invitation is normally dated on or after the plan’s issue date ({issued}); it is dated {invited}.',
  },
  'dates/reply-by/not-after-invitation': {
    vi: 'Hạn xác nhận tham dự phải sau ngày ký Giấy mời ({invited}); đang là {replyBy}.',
    en: 'The reply deadline must fall after the invitation date ({invited}); it is {replyBy}.',
  },
  'dates/reply-by/not-before-event': {
    vi: 'Hạn xác nhận tham dự phải trước ngày hội nghị ({event}); đang là {replyBy}.',
    en: 'The reply deadline must fall before the event ({event}); it is {replyBy}.',
  },
  'dates/programme': {
    vi: 'Ngày trong chương trình phải nằm trong thời gian hội nghị, từ {from} đến {to}; đang là {date}.',
    en: 'A programme date must fall within the event, {from} to {to}; it is {date}.',
  },

  'weekday/match': {
    vi: 'Ngày {date} là {expected}, nhưng đang ghi «{written}».',
    en: '{date} is a {expected} (Vietnamese weekday name), but the text says "{written}".',
  },


  'number/symbol/party-form': {
    vi: 'Văn bản của Đảng (issuer.style: dang) ghi ký hiệu dạng <tên loại>/<cơ quan>, ví dụ «{type}/{agency}» trong «Số 2297-{type}/{agency}»; đang ghi «{symbol}».',
    en: 'A Party document (issuer.style: dang) writes the ký hiệu as <TYPE>/<AGENCY>, e.g. "{type}/{agency}" in "Số 2297-{type}/{agency}"; found "{symbol}".',
  },
  'number/symbol/state-form': {
    vi: 'Theo Nghị định 30 các phần của ký hiệu nối bằng dấu gạch nối (-), ví dụ «{type}-{agency}»; dấu gạch chéo chỉ đứng sau số. Đang ghi «{symbol}»; nếu đây là văn bản của Đảng, đặt issuer.style: dang.',
    en: 'Under Decree 30 the parts of a ký hiệu are joined by "-", e.g. "{type}-{agency}"; the slash only follows the number. Found "{symbol}"; for a Party document set issuer.style: dang.',
  },
  'number/symbol/type': {
    vi: 'Ký hiệu phải có chữ viết tắt tên loại văn bản «{type}»; đang ghi «{symbol}».',
    en: 'The ký hiệu must contain the type abbreviation "{type}"; found "{symbol}".',
  },
  'number/symbol/agency': {
    vi: 'Ký hiệu phải có chữ viết tắt tên cơ quan «{agency}» (issuer.abbreviation); đang ghi «{symbol}».',
    en: 'The ký hiệu must contain the agency abbreviation "{agency}" (issuer.abbreviation); found "{symbol}".',
  },

  'citation/format/type-mismatch': {
    vi: 'Ký hiệu của {kind} phải bắt đầu bằng chữ viết tắt tên loại «{expected}»; «{reference}» đang dùng «{type}».',
    en: 'The ký hiệu of a {kind} must start with the type abbreviation "{expected}"; "{reference}" uses "{type}".',
  },
  'citation/format/date': {
    vi: 'Ngày của văn bản {reference} phải là ngày có thật; «{date}» không tồn tại.',
    en: 'The date of document {reference} must be a real date; "{date}" does not exist.',
  },
  'citation/reference/shape': {
    vi: 'Số, ký hiệu của {kind} được viện dẫn thường có dạng <số>/<tên loại>-<cơ quan> (183/QĐ-KHCN) hoặc, văn bản của Đảng, <số>-<tên loại>/<cơ quan> (36-HD/VPTW); «{reference}» không đọc được như vậy, hãy kiểm tra lại với văn bản gốc.',
    en: 'The number and ký hiệu of the cited {kind} usually read <number>/<TYPE>-<AGENCY> (183/QĐ-KHCN) or, for Party documents, <number>-<TYPE>/<AGENCY> (36-HD/VPTW); "{reference}" does not read that way: check it against the original.',
  },
  'citation/reference/unknown-type': {
    vi: 'Ký hiệu của {kind} thường bắt đầu bằng chữ viết tắt tên loại «{expected}»; «{type}» trong «{reference}» không có trong bảng chữ viết tắt tên loại văn bản, hãy kiểm tra lại với văn bản gốc.',
    en: 'The ký hiệu of a {kind} usually starts with the type abbreviation "{expected}"; "{type}" in "{reference}" is not a document type abbreviation: check it against the original.',
  },
  'citation/reference/no-kind': {
    vi: 'Văn bản số {reference} được viện dẫn mà không ghi tên loại văn bản: ghi tên loại trước số, ví dụ «Quyết định số {reference}».',
    en: 'Document {reference} is cited without its kind: name the kind before the number, e.g. "Quyết định số {reference}".',
  },
  'citation/reference/no-kind/suggest': {
    vi: 'Văn bản số {reference} được viện dẫn mà không ghi tên loại văn bản: viết «{kind} số {reference}».',
    en: 'Document {reference} is cited without its kind: write "{kind} số {reference}".',
  },
  'citation/agency': {
    vi: 'Văn bản của cơ quan phải dùng chữ viết tắt tên cơ quan «{expected}» (issuer.abbreviation); «{reference}» đang dùng «{agency}».',
    en: 'A document of this agency must use the agency abbreviation "{expected}" (issuer.abbreviation); "{reference}" uses "{agency}".',
  },

  'signer/authority/head-title': {
    vi: 'Ký {authority} phải ghi chức vụ của người đứng đầu hoặc tên tập thể (signer.headTitle), nhưng đang để trống.',
    en: 'Signing {authority} needs the head’s title or the collective body (signer.headTitle), which is empty.',
  },
  'signer/authority/deputy': {
    vi: 'Ký KT. (ký thay) thì chức vụ người ký là chức vụ cấp phó («PHÓ …», ở bộ là «THỨ TRƯỞNG»); đang ghi «{title}».',
    en: 'Signing KT. (on behalf of the head), the signer’s title is a deputy’s ("PHÓ …", in a ministry "THỨ TRƯỞNG"); found "{title}".',
  },
  'signer/authority/deputy-without-kt': {
    vi: 'Cấp phó ký thay người đứng đầu phải ghi quyền hạn KT.; chức vụ «{title}» đang ký không có KT.',
    en: 'A deputy signing for the head needs the authority KT.; the title "{title}" signs without it.',
  },
  'signer/authority/collective': {
    vi: 'TM. (thay mặt) dùng cho tập thể như «ỦY BAN NHÂN DÂN», «HỘI ĐỒNG …», «BAN …»; đang ghi «{headTitle}».',
    en: 'TM. (on behalf of) is for a collective body such as "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG …", "BAN …"; found "{headTitle}".',
  },
  'signer/name/degree': {
    vi: 'Họ tên người ký không kèm học hàm, học vị: ghi «{name}», bỏ «{prefix}».',
    en: 'The signer’s name takes no academic title or degree: write "{name}" without "{prefix}".',
  },
  'signer/name/upper-case': {
    vi: 'Họ tên người ký viết chữ in thường: «{expected}»; đang viết in hoa «{name}».',
    en: 'The signer’s name is written in normal case: "{expected}"; found all capitals "{name}".',
  },

  'coherence/group-invited': {
    vi: 'Nhóm thành phần «{group}» được mời nhưng không có khách mời nào thuộc nhóm (invitees[].group) và không có tên trong Nơi nhận hay Bản điện tử.',
    en: 'Attendee group "{group}" is invited but has no invitee (invitees[].group) and is not named in the Nơi nhận or Bản điện tử lists.',
  },
  'coherence/invitee-group/suggest': {
    vi: 'Nhóm «{group}» của khách mời không phải mã nhóm thành phần nào. Có phải ý bạn là «{suggestion}»?',
    en: 'The invitee’s group "{group}" is not an attendee group id. Did you mean "{suggestion}"?',
  },
  'coherence/invitee-group/unknown': {
    vi: 'Nhóm «{group}» của khách mời không phải mã nhóm thành phần nào. Các mã có: {known}.',
    en: 'The invitee’s group "{group}" is not an attendee group id. Known ids: {known}.',
  },
  'coherence/duplicate-invitee': {
    vi: 'Khách mời «{invitee}» đã có ở dòng {line}; mỗi khách mời chỉ ghi một lần.',
    en: 'Invitee "{invitee}" is already listed on line {line}; list each invitee once.',
  },
  'coherence/duplicate-recipient/same-list': {
    vi: 'Nơi nhận «{item}» đã có ở dòng {line}; mỗi nơi nhận chỉ ghi một lần.',
    en: 'Recipient "{item}" is already listed on line {line}; list each recipient once.',
  },
  'coherence/duplicate-recipient/both-lists': {
    vi: 'Nơi nhận «{item}» đã có trong danh sách bản giấy (dòng {line}); chỉ ghi ở một trong hai danh sách.',
    en: 'Recipient "{item}" is already on the paper list (line {line}); list it on one of the two lists only.',
  },

  'lists/punctuation/trailing': {
    vi: 'Không ghi dấu cuối dòng nơi nhận: chương trình tự thêm «;» hoặc «.»; «{item}» đang kết thúc bằng «{mark}».',
    en: 'Write recipient items without end punctuation (the renderer adds ";" or "."); "{item}" ends with "{mark}".',
  },
  'lists/punctuation/leading': {
    vi: 'Không ghi gạch đầu dòng nơi nhận: chương trình tự thêm «- »; «{item}» đang bắt đầu bằng «{mark}».',
    en: 'Write recipient items without the leading dash (the renderer adds "- "); "{item}" starts with "{mark}".',
  },
  'lists/archive-in-list': {
    vi: 'Dòng Lưu ghi ở recipients.archive và luôn đứng cuối Nơi nhận, không ghi trong danh sách nơi nhận; đang có «{item}».',
    en: 'The Lưu line belongs in recipients.archive and always comes last, not in a recipient list; found "{item}".',
  },
  'lists/archive/vt': {
    vi: 'Dòng Lưu phải có «VT» (Văn thư cơ quan); đang ghi «{archive}».',
    en: 'The Lưu line must include "VT" (the agency’s văn thư); found "{archive}".',
  },
  'lists/archive/unit': {
    vi: 'Dòng Lưu phải có chữ viết tắt của đơn vị soạn thảo sau «VT»; đang ghi «{archive}».',
    en: 'The Lưu line must name the drafting unit’s abbreviation after "VT"; found "{archive}".',
  },

  'abbreviations/variant': {
    vi: 'Chữ viết tắt phải viết là «{expected}»; đang viết «{found}».',
    en: 'The abbreviation is written "{expected}"; found "{found}".',
  },
  'abbreviations/consistency': {
    vi: 'Ở đây viết đầy đủ «{full}», nhưng dòng {line} viết tắt «{short}»; nên thống nhất một cách viết.',
    en: 'Written in full here ("{full}"), but abbreviated on line {line} ("{short}"); consider writing it one way.',
  },

  'capitalisation/unit-type': {
    vi: 'Tên riêng của cơ quan, đơn vị viết hoa chữ cái đầu của từ chỉ loại hình: «{expected} …»; đang viết «{found} …».',
    en: 'A named agency or unit capitalises its type word: "{expected} …"; found "{found} …".',
  },
  'capitalisation/consistency': {
    vi: 'Ở đây viết «{found}», nhưng kế hoạch viết «{usual}» {count} lần (lần đầu ở dòng {line}); nên viết thống nhất.',
    en: 'Written "{found}" here, but the plan writes "{usual}" {count} time(s) (first on line {line}); write it one way.',
  },
  'capitalisation/title-case': {
    vi: 'Chỉ viết hoa chữ cái đầu của từ trong tên cơ quan, chức danh: «{expected}»; đang viết hoa mọi âm tiết «{found}».',
    en: 'Capitalise only the first syllable of each word in agency names and titles: "{expected}"; found every syllable capitalised, "{found}".',
  },
  'encoding/legacy/tcvn3': {
    vi: 'Văn bản dùng bảng mã cũ (TCVN3/VNI), hãy chuyển sang Unicode. Chuyển từ TCVN3 sẽ là: «{converted}».',
    en: 'The text uses an old Vietnamese encoding (TCVN3/VNI); convert it to Unicode. Converted from TCVN3 it reads: "{converted}".',
  },
  'encoding/legacy/vni': {
    vi: 'Văn bản dùng bảng mã cũ (TCVN3/VNI), hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey, chọn nguồn VNI Windows, đích Unicode).',
    en: 'The text uses an old Vietnamese encoding (TCVN3/VNI); convert it to Unicode (e.g. with Unikey’s converter, from VNI Windows to Unicode).',
  },
  'capitalisation/after-semicolon': {
    vi: 'Sau dấu chấm phẩy viết thường: «{expected}»; đang viết hoa «{found}».',
    en: 'After a semicolon, write in lower case: "{expected}"; found "{found}".',
  },

  'budget/total': {
    vi: 'Tổng dự toán phải bằng tổng các khoản chi, {computed} đồng; đang ghi {stated} đồng.',
    en: 'The budget total must equal the sum of the lines, {computed} đồng; found {stated} đồng.',
  },
  'budget/words': {
    vi: 'Số tiền bằng chữ của {amount} đồng phải là «{expected}»; đang ghi «{actual}».',
    en: 'The amount in words for {amount} đồng must read "{expected}"; found "{actual}".',
  },
  'budget/line-amount': {
    vi: 'Thành tiền của khoản «{name}» phải bằng {quantity} × {unitPrice} = {product} đồng; đang ghi {amount} đồng.',
    en: 'The amount of line "{name}" must equal {quantity} × {unitPrice} = {product} đồng; found {amount} đồng.',
  },

  'order/unknown-section/suggest': {
    vi: 'Mục «{id}» trong order không có trong kế hoạch. Có phải ý bạn là «{suggestion}»?',
    en: 'Section "{id}" in order does not exist in the plan. Did you mean "{suggestion}"?',
  },
  'order/unknown-section/unknown': {
    vi: 'Mục «{id}» trong order không có trong kế hoạch. Các mục có: {known}.',
    en: 'Section "{id}" in order does not exist in the plan. Known sections: {known}.',
  },
  'order/missing-section': {
    vi: 'Mục «{id}» đã viết nhưng không có trong order, nên sẽ không xuất hiện trong văn bản.',
    en: 'Section "{id}" is written but missing from order, so it will not appear in the document.',
  },

  'email/address/missing': {
    vi: '«{who}» chưa có địa chỉ email: plan send sẽ bỏ qua nơi này. Ghi email: … (khách mời) hoặc { name, email } (bản điện tử).',
    en: '“{who}” has no email address: plan send will skip it. Add email: … (invitee) or { name, email } (electronic recipient).',
  },
  'email/address/invalid': {
    vi: '«{value}» của «{who}» không phải địa chỉ email hợp lệ: plan send sẽ bỏ qua nơi này. Ví dụ đúng: vanthu@soyte.gov.vn.',
    en: '“{value}” for “{who}” is not a valid email address: plan send will skip it. For example: vanthu@soyte.gov.vn.',
  },
  // The reply rules of `plan check`.
  'replies/after-deadline': {
    vi: '{who} trả lời ngày {date}, sau hạn xác nhận {replyBy} ({file}, dòng {row}).',
    en: '{who} replied on {date}, after the reply deadline {replyBy} ({file}, row {row}).',
  },
  'replies/declined-speaker': {
    vi: '{who} đã báo không dự ({file}, dòng {row}) nhưng vẫn trình bày ở mục chương trình này; cần người trình bày khác.',
    en: '{who} declined ({file}, row {row}) but still presents this programme item; another presenter is needed.',
  },
  'replies/group-nobody-coming': {
    vi: 'Cả {count} khách mời của nhóm {group} đã trả lời không dự ({file}): nhóm này sẽ không có ai tại hội nghị.',
    en: 'All {count} invitees of group {group} declined ({file}): nobody of this group will be at the conference.',
  },
  'letters/decree-form/type': {
    vi: 'Loại «{form}» không có trong 29 loại văn bản hành chính của Nghị định 30 (Điều 7; xem ../shared/docs/nd30.md §3.4 và §5). Cơ quan thuộc phạm vi Nghị định dùng Giấy mời: form: {suggestion} (hoặc giay-moi-thanh-phan). Vẫn in theo lựa chọn của bạn.',
    en: 'The form "{form}" is not among Decree 30’s 29 administrative document types (Art. 7; see ../shared/docs/nd30.md §3.4 and §5). A body the decree governs uses a Giấy mời: form: {suggestion} (or giay-moi-thanh-phan). Your choice is printed as it is.',
  },
  'letters/decree-form/kinh-gui': {
    vi: '"Kính gửi:" chỉ dùng cho Công văn, Tờ trình, Báo cáo (Nghị định 30, Phụ lục I, mục II.9.b; ../shared/docs/nd30.md §3.4), không dùng trong «{form}». Muốn giữ "Kính gửi:" thì dùng form: {suggestion}; Giấy mời ghi người được mời sau "trân trọng kính mời:". Vẫn in theo lựa chọn của bạn.',
    en: '"Kính gửi:" belongs only to Công văn, Tờ trình and Báo cáo (Decree 30, Phụ lục I, mục II.9.b; ../shared/docs/nd30.md §3.4), not to "{form}". To keep it, use form: {suggestion}; a Giấy mời names the invitee after "trân trọng kính mời:". Your choice is printed as it is.',
  },
};
