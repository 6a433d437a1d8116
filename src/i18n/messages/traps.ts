import type { MessageTable } from './types.js';

// The YAML traps a clerk falls into, and the clerk forms of dates and numbers. Each message names the real cause and
// shows the corrected line ({fixed}); `plan check --fix` applies that correction. No "string", "object", "khóa", "YYYY".
const EXPECTED: Record<string, [string, string]> = {
  string: ['một đoạn chữ', 'text'],
  array: ['một danh sách (mỗi mục một dòng bắt đầu bằng «- »)', 'a list (one item per line, starting with "- ")'],
  object: ['một nhóm trường (các dòng thụt vào bên dưới)', 'a group of fields (indented lines below it)'],
  integer: ['một số nguyên', 'a whole number'],
  number: ['một số', 'a number'],
  boolean: ['true (có) hoặc false (không)', 'true (yes) or false (no)'],
};
const ACTUAL: Record<string, [string, string]> = {
  scalar: ['đang là {actual}', 'found {actual}'],
  object: ['đang là một nhóm trường', 'found a group of fields'],
  array: ['đang là một danh sách', 'found a list'],
  null: ['đang để trống', 'it is empty'],
};
const typeMessages: MessageTable = {};
for (const [expected, [vi, en]] of Object.entries(EXPECTED)) {
  for (const [kind, [actualVi, actualEn]] of Object.entries(ACTUAL)) {
    typeMessages[`schema/type.${expected}.${kind}`] = {
      vi: `«{label}» ({path}) phải là ${vi}, nhưng ${actualVi}.`,
      en: `"{label}" ({path}) must be ${en}, but ${actualEn}.`,
    };
  }
}

export const messages: MessageTable = {
  ...typeMessages,
  'trap/flow-comma': {
    vi: 'Trong danh sách viết trên một dòng [ … ], mỗi dấu phẩy tách ra một mục mới, nên «{first}» và «{second}» thành hai mục. Nếu đó là một câu, đặt cả câu trong dấu nháy kép: {fixed}',
    en: 'In a list written on one line [ … ], every comma starts a new item, so "{first}" and "{second}" became two items. If it is one text, put it in double quotes: {fixed}',
  },
  'trap/colon-in-text': {
    vi: 'Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: {fixed}',
    en: 'The sentence contains a colon, so it was read as "field: value". Put the whole sentence in double quotes: {fixed}',
  },
  'trap/tab.one': {
    vi: 'Dòng này thụt lề bằng phím Tab; tệp kế hoạch chỉ nhận dấu cách. Thay Tab bằng hai dấu cách (plan check --fix làm việc này).',
    en: 'This line is indented with a Tab; a plan accepts only spaces. Replace the Tab with two spaces (plan check --fix does this).',
  },
  'trap/tab.other': {
    vi: '{count} dòng thụt lề bằng phím Tab (dòng đầu tiên ở đây); tệp kế hoạch chỉ nhận dấu cách. Thay mỗi Tab bằng hai dấu cách (plan check --fix làm việc này).',
    en: '{count} lines are indented with a Tab (the first is here); a plan accepts only spaces. Replace each Tab with two spaces (plan check --fix does this).',
  },
  'trap/missing-colon': {
    vi: 'Thiếu dấu hai chấm sau tên trường «{key}». Viết: {fixed}',
    en: 'A colon is missing after the field name "{key}". Write: {fixed}',
  },
  'trap/colon-no-space': {
    vi: 'Sau dấu hai chấm cần một dấu cách. Viết: {fixed}',
    en: 'A colon must be followed by a space. Write: {fixed}',
  },
  'trap/unclosed-quote': {
    vi: 'Câu mở dấu nháy nhưng không đóng. Thêm dấu nháy ở cuối câu: {fixed}',
    en: 'A quote is opened but never closed. Add the closing quote at the end: {fixed}',
  },
  'trap/quote-then-text': {
    vi: 'Câu bắt đầu bằng dấu nháy nên chỉ phần trong dấu nháy được đọc, phần sau thành lỗi. Đặt cả câu trong loại dấu nháy kia: {fixed}',
    en: 'The sentence starts with a quote, so only the quoted part is read and the rest is an error. Put the whole sentence in the other kind of quotes: {fixed}',
  },
  'trap/reserved-start': {
    vi: 'Câu không được bắt đầu bằng ký tự «{char}». Đặt cả câu trong dấu nháy kép: {fixed}',
    en: 'A sentence cannot start with "{char}". Put the whole sentence in double quotes: {fixed}',
  },
  'trap/number-as-text': {
    vi: '«{label}» ({path}): {written} bị hiểu thành một con số, không phải đoạn chữ. Đặt trong dấu nháy kép: {fixed}',
    en: '"{label}" ({path}): {written} was read as a number, not text. Put it in double quotes: {fixed}',
  },
  'trap/number-leading-zero': {
    vi: '«{label}» ({path}): {written} bị hiểu thành một con số và sẽ mất số 0 ở đầu. Đặt trong dấu nháy kép: {fixed}',
    en: '"{label}" ({path}): {written} was read as a number and would lose its leading 0. Put it in double quotes: {fixed}',
  },
  'trap/bullet': {
    vi: '«{label}» ({path}) là một danh sách: mỗi mục bắt đầu bằng dấu trừ và một dấu cách («- »), không phải «{written}» (thường do dán từ Word). Viết: {fixed}',
    en: '"{label}" ({path}) is a list: each item starts with a hyphen and a space ("- "), not "{written}" (usually pasted from Word). Write: {fixed}',
  },
  'trap/bullet-space': {
    vi: '«{label}» ({path}) là một danh sách: sau dấu trừ đầu dòng cần một dấu cách. Viết: {fixed}',
    en: '"{label}" ({path}) is a list: the hyphen starting each item needs a space after it. Write: {fixed}',
  },
  'trap/over-indented': {
    vi: 'Dòng này thụt vào sâu hơn dòng trên; các tên trường cùng cấp phải thẳng cột (cùng số dấu cách ở đầu dòng). Viết: {fixed}',
    en: 'This line is indented deeper than the one above; field names at the same level must line up (the same number of leading spaces). Write: {fixed}',
  },
  'trap/yes-no': {
    vi: '«{label}» ({path}) chỉ nhận true (có) hoặc false (không). Viết: {fixed}',
    en: '"{label}" ({path}) takes only true (yes) or false (no). Write: {fixed}',
  },
  'date/unreadable': {
    vi: '«{label}» ({path}): không đọc được ngày {actual}. Viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.',
    en: '"{label}" ({path}): {actual} cannot be read as a date. Write it as day/month/year, e.g. 31/07/2018.',
  },
  'date/short-year': {
    vi: '«{label}» ({path}): năm trong {actual} chỉ có hai chữ số. Nếu ý là {fixed}, hãy viết đủ bốn chữ số: {fixed}.',
    en: '"{label}" ({path}): the year in {actual} has only two digits. If you mean {fixed}, write all four digits: {fixed}.',
  },
  'date/month-first': {
    vi: '«{label}» ({path}): {actual} được hiểu là ngày {day} tháng {month}, nhưng không có tháng {month}. Ngày viết theo thứ tự ngày/tháng/năm; nếu ý là ngày {month} tháng {day}, hãy viết {fixed}.',
    en: '"{label}" ({path}): {actual} was read as day {day} of month {month}, but there is no month {month}. Dates are written day/month/year; if you mean day {month} of month {day}, write {fixed}.',
  },
  'date/no-month': {
    vi: '«{label}» ({path}): {actual} được hiểu là tháng {month}, nhưng một năm chỉ có 12 tháng. Viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.',
    en: '"{label}" ({path}): {actual} was read as month {month}, but a year has 12 months. Write day/month/year, e.g. 31/07/2018.',
  },
  'date/not-real': {
    vi: '«{label}» ({path}): {actual} được hiểu là ngày {day} tháng {month} năm {year}, nhưng tháng {month}/{year} chỉ có {days} ngày.',
    en: '"{label}" ({path}): {actual} was read as day {day} of month {month}, {year}, but that month has only {days} days.',
  },
  'number/with-symbol': {
    vi: '«{label}» ({path}): chỉ ghi số, không ghi ký hiệu. Viết: {fixed} (phần «{symbol}» chương trình tự thêm).',
    en: '"{label}" ({path}): write the number only, without the symbol. Write: {fixed} (the program adds "{symbol}" itself).',
  },
  'number/not-digits': {
    vi: '«{label}» ({path}): số văn bản chỉ gồm chữ số, ví dụ number: "05"; đang là {actual}. Để trống ("") khi văn thư chưa cấp số.',
    en: '"{label}" ({path}): a document number has digits only, e.g. number: "05"; found {actual}. Leave it empty ("") until the registry assigns one.',
  },
  'fix/date': { vi: '«{label}»: {actual} → {fixed}', en: '"{label}": {actual} → {fixed}' },
  'fix/number': { vi: '«{label}»: {actual} → {fixed}', en: '"{label}": {actual} → {fixed}' },
  'fix/weekday': { vi: '{written} → {expected} (đúng thứ của ngày {date})', en: '{written} → {expected} (the weekday of {date})' },
  'fix/written.one': { vi: '✔ {file}: đã sửa {count} chỗ.', en: '✔ {file}: {count} change made.' },
  'fix/written.other': { vi: '✔ {file}: đã sửa {count} chỗ.', en: '✔ {file}: {count} changes made.' },
  'fix/would.one': { vi: '{file}: sẽ sửa {count} chỗ; chưa ghi gì (--dry-run).', en: '{file}: {count} change would be made; nothing written (--dry-run).' },
  'fix/would.other': { vi: '{file}: sẽ sửa {count} chỗ; chưa ghi gì (--dry-run).', en: '{file}: {count} changes would be made; nothing written (--dry-run).' },
  'fix/nothing': { vi: '{file}: không có gì sửa tự động được.', en: '{file}: nothing to repair automatically.' },
  'init/from-no-year': {
    vi: 'Không biết kế hoạch cũ thuộc năm nào: tệp không có ngày nào đọc được (ngày ban hành, ngày tổ chức …).',
    en: 'Cannot tell which year the old plan is for: it has no readable date (signing date, event date …).',
  },
  'init/bad-form': {
    vi: '--form không hợp lệ: {value}. Chọn một trong: {forms}.',
    en: 'Invalid --form: {value}. Choose one of: {forms}.',
  },
  'init/bad-shift': {
    vi: '--shift không hợp lệ: {value}. Viết số năm hoặc số ngày, ví dụ 1y hoặc 364d.',
    en: 'Invalid --shift: {value}. Give years or days, e.g. 1y or 364d.',
  },
  'init/from-review': {
    vi: 'Hãy xem lại các dòng sau trong {file}:',
    en: 'Review these lines of {file}:',
  },
  'init/review-cleared-date': { vi: '«{field}»: đã xóa ({was}); điền ngày ký khi ký.', en: '"{field}": cleared ({was}); fill in when signed.' },
  'init/review-date': { vi: '«{field}»: {was} → {now}; kiểm tra lại.', en: '"{field}": {was} → {now}; check it.' },
  'init/review-number': { vi: '«{field}»: đã xóa số cũ; văn thư cấp số mới.', en: '"{field}": old number cleared; the registry assigns a new one.' },
  'init/review-text-date': { vi: 'ngày trong câu: {was} → {now}.', en: 'date in the text: {was} → {now}.' },
  'init/review-kept-date': { vi: 'ngày {date} được giữ nguyên (có thể là ngày của văn bản được trích dẫn); kiểm tra lại.', en: 'the date {date} was kept (it may be a cited document’s date); check it.' },
  'init/review-year': { vi: 'năm {was} → {now}.', en: 'year {was} → {now}.' },
  'init/review-weekday': { vi: 'thứ trong tuần: {was} → {now}.', en: 'weekday: {was} → {now}.' },
  'init/review-invitees': { vi: 'danh sách {count} khách mời được giữ nguyên; bỏ hoặc thêm khách mời nếu cần.', en: 'the list of {count} invitees was kept; remove or add invitees as needed.' },
  'init/review-data': { vi: 'tệp khách mời {data} được dùng lại; kiểm tra lại danh sách.', en: 'the invitee file {data} is used again; check the list.' },
  'fix/curly-quotes': { vi: '«{label}»: bỏ dấu nháy cong, {actual} → {fixed}', en: '"{label}": curly quotes removed, {actual} → {fixed}' },
};
