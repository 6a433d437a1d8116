// The YAML traps clerks fall into, one row each: the plan as the clerk wrote it (BASE with one change), and the one
// message they must get, in both languages, at its line and column. No row may give a second diagnostic.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/engine/check-plan.js';
import { t } from '../../src/i18n/index.js';
import { withChange } from './traps-base.js';

interface Trap {
  name: string;
  find: string;
  replace: string;
  line: number;
  column: number;
  vi: string;
  en: string;
}

export const TRAPS: Trap[] = [
  { name: "colon at the end of the intro, as the init template's comment has it", find: "intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị.", replace: "intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:", line: 12, column: 8,
    vi: "Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: intro: \"Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:\"",
    en: "The sentence contains a colon, so it was read as \"field: value\". Put the whole sentence in double quotes: intro: \"Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:\"" },
  { name: "colon inside the title", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  title: Triển khai Quyết định số: 3694/QĐ-UBND", line: 10, column: 10,
    vi: "Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: title: \"Triển khai Quyết định số: 3694/QĐ-UBND\"",
    en: "The sentence contains a colon, so it was read as \"field: value\". Put the whole sentence in double quotes: title: \"Triển khai Quyết định số: 3694/QĐ-UBND\"" },
  { name: "list item with a colon becomes a field", find: "    - Tham quan một số dự án tiêu biểu.", replace: "    - Tham luận: một số kinh nghiệm hay", line: 19, column: 7,
    vi: "Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: - \"Tham luận: một số kinh nghiệm hay\"",
    en: "The sentence contains a colon, so it was read as \"field: value\". Put the whole sentence in double quotes: - \"Tham luận: một số kinh nghiệm hay\"" },
  { name: "purpose item with a colon", find: "  - Đánh giá kết quả hoạt động năm 2018.", replace: "  - Yêu cầu: đúng thành phần, tiết kiệm", line: 15, column: 5,
    vi: "Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: - \"Yêu cầu: đúng thành phần, tiết kiệm\"",
    en: "The sentence contains a colon, so it was read as \"field: value\". Put the whole sentence in double quotes: - \"Yêu cầu: đúng thành phần, tiết kiệm\"" },
  { name: "Word's curly quotes do not quote a sentence with a colon", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  title: “Hội nghị: tổng kết năm 2018”", line: 10, column: 10,
    vi: "Câu có dấu hai chấm nên bị hiểu nhầm thành «tên trường: nội dung». Đặt cả câu trong dấu nháy kép: title: \"“Hội nghị: tổng kết năm 2018”\"",
    en: "The sentence contains a colon, so it was read as \"field: value\". Put the whole sentence in double quotes: title: \"“Hội nghị: tổng kết năm 2018”\"" },
  { name: "the full number with its ký hiệu", find: "  number: \"05\"", replace: "  number: 05/KH-KHCN", line: 8, column: 11,
    vi: "«Số văn bản» (document.number): chỉ ghi số, không ghi ký hiệu. Viết: number: \"05\" (phần «/KH-KHCN» chương trình tự thêm).",
    en: "\"Số văn bản\" (document.number): write the number only, without the symbol. Write: number: \"05\" (the program adds \"/KH-KHCN\" itself)." },
  { name: "a number in words", find: "  number: \"05\"", replace: "  number: năm", line: 8, column: 11,
    vi: "«Số văn bản» (document.number): số văn bản chỉ gồm chữ số, ví dụ number: \"05\"; đang là năm. Để trống (\"\") khi văn thư chưa cấp số.",
    en: "\"Số văn bản\" (document.number): a document number has digits only, e.g. number: \"05\"; found năm. Leave it empty (\"\") until the registry assigns one." },
  { name: "a date month first", find: "  date: 2018-07-31", replace: "  date: 07/31/2018", line: 27, column: 9,
    vi: "«Ngày» (time.date): 07/31/2018 được hiểu là ngày 7 tháng 31, nhưng không có tháng 31. Ngày viết theo thứ tự ngày/tháng/năm; nếu ý là ngày 31 tháng 7, hãy viết 31/07/2018.",
    en: "\"Ngày\" (time.date): 07/31/2018 was read as day 7 of month 31, but there is no month 31. Dates are written day/month/year; if you mean day 31 of month 7, write 31/07/2018." },
  { name: "a date that does not exist", find: "  date: 2018-07-31", replace: "  date: 31/02/2018", line: 27, column: 9,
    vi: "«Ngày» (time.date): 31/02/2018 được hiểu là ngày 31 tháng 2 năm 2018, nhưng tháng 2/2018 chỉ có 28 ngày.",
    en: "\"Ngày\" (time.date): 31/02/2018 was read as day 31 of month 2, 2018, but that month has only 28 days." },
  { name: "a two-digit year", find: "  date: 2018-07-31", replace: "  date: 31/7/18", line: 27, column: 9,
    vi: "«Ngày» (time.date): năm trong 31/7/18 chỉ có hai chữ số. Nếu ý là 31/07/2018, hãy viết đủ bốn chữ số: 31/07/2018.",
    en: "\"Ngày\" (time.date): the year in 31/7/18 has only two digits. If you mean 31/07/2018, write all four digits: 31/07/2018." },
  { name: "a date without a day", find: "  date: 2018-07-31", replace: "  date: tháng 7/2018", line: 27, column: 9,
    vi: "«Ngày» (time.date): không đọc được ngày tháng 7/2018. Viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.",
    en: "\"Ngày\" (time.date): tháng 7/2018 cannot be read as a date. Write it as day/month/year, e.g. 31/07/2018." },
  { name: "a thirteenth month", find: "  date: 2018-07-31", replace: "  date: 31/13/2018", line: 27, column: 9,
    vi: "«Ngày» (time.date): 31/13/2018 được hiểu là tháng 13, nhưng một năm chỉ có 12 tháng. Viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.",
    en: "\"Ngày\" (time.date): 31/13/2018 was read as month 13, but a year has 12 months. Write day/month/year, e.g. 31/07/2018." },
  { name: "a signing date written as a number", find: "  date: 2018-07-05", replace: "  date: 2018", line: 9, column: 9,
    vi: "«Ngày ban hành» (document.date): không đọc được ngày 2018. Viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.",
    en: "\"Ngày ban hành\" (document.date): 2018 cannot be read as a date. Write it as day/month/year, e.g. 31/07/2018." },
  { name: "missing colon after a field name", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  title Tổ chức Hội nghị giao ban năm 2018", line: 10, column: 8,
    vi: "Thiếu dấu hai chấm sau tên trường «title». Viết: title: Tổ chức Hội nghị giao ban năm 2018",
    en: "A colon is missing after the field name \"title\". Write: title: Tổ chức Hội nghị giao ban năm 2018" },
  { name: "missing colon on the only field of a group", find: "  name: Hội trường tầng 5", replace: "  name Hội trường tầng 5", line: 31, column: 3,
    vi: "Thiếu dấu hai chấm sau tên trường «name». Viết: name: Hội trường tầng 5",
    en: "A colon is missing after the field name \"name\". Write: name: Hội trường tầng 5" },
  { name: "no space after the colon", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  title:Tổ chức Hội nghị giao ban năm 2018", line: 10, column: 9,
    vi: "Sau dấu hai chấm cần một dấu cách. Viết: title: Tổ chức Hội nghị giao ban năm 2018",
    en: "A colon must be followed by a space. Write: title: Tổ chức Hội nghị giao ban năm 2018" },
  { name: "one Tab", find: "  number: \"05\"", replace: "\tnumber: \"05\"", line: 8, column: 1,
    vi: "Dòng này thụt lề bằng phím Tab; tệp kế hoạch chỉ nhận dấu cách. Thay Tab bằng hai dấu cách (plan check --fix làm việc này).",
    en: "This line is indented with a Tab; a plan accepts only spaces. Replace the Tab with two spaces (plan check --fix does this)." },
  { name: "three Tabs, one message", find: "  number: \"05\"\n  date: 2018-07-05\n  title: Tổ chức Hội nghị giao ban năm 2018", replace: "\tnumber: \"05\"\n\tdate: 2018-07-05\n\ttitle: Tổ chức Hội nghị giao ban năm 2018", line: 8, column: 1,
    vi: "3 dòng thụt lề bằng phím Tab (dòng đầu tiên ở đây); tệp kế hoạch chỉ nhận dấu cách. Thay mỗi Tab bằng hai dấu cách (plan check --fix làm việc này).",
    en: "3 lines are indented with a Tab (the first is here); a plan accepts only spaces. Replace each Tab with two spaces (plan check --fix does this)." },
  { name: "an unclosed quote", find: "    phone: \"0204 3854 315\"", replace: "    phone: \"0204 3854 315", line: 46, column: 12,
    vi: "Câu mở dấu nháy nhưng không đóng. Thêm dấu nháy ở cuối câu: phone: \"0204 3854 315\"",
    en: "A quote is opened but never closed. Add the closing quote at the end: phone: \"0204 3854 315\"" },
  { name: "a quoted name followed by more text", find: "  title: Dự Hội nghị giao ban năm 2018", replace: "  title: \"Hội nghị giao ban\" năm 2018", line: 43, column: 10,
    vi: "Câu bắt đầu bằng dấu nháy nên chỉ phần trong dấu nháy được đọc, phần sau thành lỗi. Đặt cả câu trong loại dấu nháy kia: title: '\"Hội nghị giao ban\" năm 2018'",
    en: "The sentence starts with a quote, so only the quoted part is read and the rest is an error. Put the whole sentence in the other kind of quotes: title: '\"Hội nghị giao ban\" năm 2018'" },
  { name: "a sentence starting with *", find: "  - Đánh giá kết quả hoạt động năm 2018.", replace: "  - *Đánh giá kết quả hoạt động năm 2018", line: 15, column: 5,
    vi: "Câu không được bắt đầu bằng ký tự «*». Đặt cả câu trong dấu nháy kép: - \"*Đánh giá kết quả hoạt động năm 2018\"",
    en: "A sentence cannot start with \"*\". Put the whole sentence in double quotes: - \"*Đánh giá kết quả hoạt động năm 2018\"" },
  { name: "a sentence starting with @", find: "intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị.", replace: "intro: @Sở Khoa học và Công nghệ", line: 12, column: 8,
    vi: "Câu không được bắt đầu bằng ký tự «@». Đặt cả câu trong dấu nháy kép: intro: \"@Sở Khoa học và Công nghệ\"",
    en: "A sentence cannot start with \"@\". Put the whole sentence in double quotes: intro: \"@Sở Khoa học và Công nghệ\"" },
  { name: "a phone number loses its leading zero", find: "    phone: \"0204 3854 315\"", replace: "    phone: 02043854315", line: 46, column: 12,
    vi: "«Điện thoại» (invitations.contact.phone): 02043854315 bị hiểu thành một con số và sẽ mất số 0 ở đầu. Đặt trong dấu nháy kép: phone: \"02043854315\"",
    en: "\"Điện thoại\" (invitations.contact.phone): 02043854315 was read as a number and would lose its leading 0. Put it in double quotes: phone: \"02043854315\"" },
  { name: "a room number read as a number", find: "  name: Hội trường tầng 5", replace: "  name: 305", line: 31, column: 9,
    vi: "«Tên địa điểm» (venue.name): 305 bị hiểu thành một con số, không phải đoạn chữ. Đặt trong dấu nháy kép: name: \"305\"",
    en: "\"Tên địa điểm\" (venue.name): 305 was read as a number, not text. Put it in double quotes: name: \"305\"" },
  { name: "Word bullets instead of hyphens", find: "  - Đánh giá kết quả hoạt động năm 2018.", replace: "  • Đánh giá kết quả hoạt động năm 2018.\n  • Trao đổi kinh nghiệm.", line: 15, column: 3,
    vi: "«Mục đích, yêu cầu» (purpose) là một danh sách: mỗi mục bắt đầu bằng dấu trừ và một dấu cách («- »), không phải «•» (thường do dán từ Word). Viết: - Đánh giá kết quả hoạt động năm 2018.",
    en: "\"Mục đích, yêu cầu\" (purpose) is a list: each item starts with a hyphen and a space (\"- \"), not \"•\" (usually pasted from Word). Write: - Đánh giá kết quả hoạt động năm 2018." },
  { name: "hyphen without a space", find: "  - Đánh giá kết quả hoạt động năm 2018.", replace: "  -Đánh giá kết quả hoạt động năm 2018.\n  -Trao đổi kinh nghiệm.", line: 15, column: 3,
    vi: "«Mục đích, yêu cầu» (purpose) là một danh sách: sau dấu trừ đầu dòng cần một dấu cách. Viết: - Đánh giá kết quả hoạt động năm 2018.",
    en: "\"Mục đích, yêu cầu\" (purpose) is a list: the hyphen starting each item needs a space after it. Write: - Đánh giá kết quả hoạt động năm 2018." },
  { name: "yes/no written in Vietnamese", find: "    invited: true", replace: "    invited: không", line: 24, column: 14,
    vi: "«Có gửi giấy mời» (attendees[0].invited) chỉ nhận true (có) hoặc false (không). Viết: invited: false",
    en: "\"Có gửi giấy mời\" (attendees[0].invited) takes only true (yes) or false (no). Write: invited: false" },
  { name: "a field written twice", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  title: Tổ chức Hội nghị giao ban năm 2018\n  title: Tổ chức Hội nghị", line: 11, column: 3,
    vi: "Tên trường «title» được viết hai lần trong cùng một mục; hãy xóa một trong hai dòng.",
    en: "The field \"title\" is written twice in the same group; delete one of the two lines." },
  { name: "a misspelt field name", find: "  title: Tổ chức Hội nghị giao ban năm 2018", replace: "  titel: Tổ chức Hội nghị giao ban năm 2018", line: 10, column: 3,
    vi: "Tên trường «titel» không có ở đây. Có phải ý bạn là «title»?",
    en: "There is no field \"titel\" here. Did you mean \"title\"?" },
  { name: "a required field left empty", find: "  name: Hội trường tầng 5", replace: "  name:", line: 31, column: 8,
    vi: "«Tên địa điểm» (venue.name) phải là một đoạn chữ, nhưng đang để trống.",
    en: "\"Tên địa điểm\" (venue.name) must be text, but it is empty." },
  { name: "a field indented one space too far", find: "  start: \"08:00\"", replace: "   start: \"08:00\"", line: 28, column: 1,
    vi: "Dòng này thụt vào sâu hơn dòng trên; các tên trường cùng cấp phải thẳng cột (cùng số dấu cách ở đầu dòng). Viết: start: \"08:00\"",
    en: "This line is indented deeper than the one above; field names at the same level must line up (the same number of leading spaces). Write: start: \"08:00\"" },
  { name: "a comma inside { }", find: "{ organization: Hội đồng khoa học Sở Y tế, group: hoi-dong }", replace: "{ organization: Hội đồng khoa học Sở Y tế, Sở Xây dựng, group: hoi-dong }", line: 48, column: 50,
    vi: "«Sở Xây dựng» bị hiểu thành một tên trường: trong cặp ngoặc { }, dấu phẩy ngăn cách các trường. Nếu giá trị có dấu phẩy, hãy đặt cả giá trị trong dấu nháy kép, ví dụ \"Tổng kết, bế mạc\".",
    en: "\"Sở Xây dựng\" was read as a field name: inside { }, a comma separates fields. If a value contains a comma, put the whole value in double quotes, e.g. \"Tổng kết, bế mạc\"." },
  { name: "a list where one text is expected", find: "  name: Hội trường tầng 5", replace: "  name:\n    - Hội trường tầng 5", line: 32, column: 5,
    vi: "«Tên địa điểm» (venue.name) phải là một đoạn chữ, nhưng đang là một danh sách.",
    en: "\"Tên địa điểm\" (venue.name) must be text, but found a list." },
];

const dir = mkdtempSync(join(tmpdir(), 'plan-traps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(text: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return checkPlan(file);
}

describe('YAML traps: one plain message each, with the fix', () => {
  it.each(TRAPS)('$name', async (c) => {
    const result = await check(withChange(c.find, c.replace));
    const shown = result.diagnostics.map((d) => ({ line: d.range?.start.line, column: d.range?.start.column, vi: t(d.messageId, d.params, 'vi'), en: t(d.messageId, d.params, 'en') }));
    if (process.env.PRINT_TRAPS) appendFileSync(process.env.PRINT_TRAPS, JSON.stringify({ name: c.name, shown, fix: result.diagnostics.map((d) => d.fix) }) + '\n');
    expect(shown).toEqual([{ line: c.line, column: c.column, vi: c.vi, en: c.en }]);
  });
});

/** What clerks write that is not a mistake: accepted without a word, and rewritten only by --fix. */
const ACCEPTED: { name: string; find: string; replace: string; fixes: string[] }[] = [
  { name: 'number: 5', find: '  number: "05"', replace: '  number: 5', fixes: ['"05"'] },
  { name: 'number: 05', find: '  number: "05"', replace: '  number: 05', fixes: ['"05"'] },
  { name: 'number: "5"', find: '  number: "05"', replace: '  number: "5"', fixes: ['"05"'] },
  { name: 'number in Word quotes', find: '  number: "05"', replace: '  number: “125”', fixes: ['"125"'] },
  { name: 'number not yet assigned', find: '  number: "05"', replace: '  number:', fixes: [] },
  { name: 'date d/m/yyyy', find: '  date: 2018-07-31', replace: '  date: 31/7/2018', fixes: ['31/07/2018'] },
  { name: 'date dd/mm/yyyy', find: '  date: 2018-07-31', replace: '  date: 31/07/2018', fixes: [] },
  { name: 'date in words', find: '  date: 2018-07-31', replace: '  date: ngày 31 tháng 7 năm 2018', fixes: ['31/07/2018'] },
  { name: 'ISO date with one-digit month', find: '  date: 2018-07-05', replace: '  date: 2018-7-5', fixes: ['05/07/2018'] },
  { name: 'reply-by date d.m.yyyy', find: '  date: 2018-07-20', replace: '  date: 20.7.2018', fixes: ['20/07/2018'] },
  { name: 'abbreviation in Word quotes', find: '  abbreviation: KHCN', replace: '  abbreviation: “KHCN”', fixes: ['KHCN'] },
  { name: 'archive codes in Word quotes', find: '  archive: [VT, KHCNCS]', replace: '  archive: [“VT”, KHCNCS]', fixes: ['VT'] },
];

describe('clerk forms are accepted', () => {
  it.each(ACCEPTED)('$name', async (c) => {
    const result = await check(withChange(c.find, c.replace));
    expect(result.diagnostics.map((d) => t(d.messageId, d.params, 'vi'))).toEqual([]);
    expect(result.model).toBeDefined();
    expect((result.fixes ?? []).flatMap((d) => d.fix ?? []).map((e) => e.text)).toEqual(c.fixes);
  });

  it('pads the number and reads the date as the decree prints them', async () => {
    const result = await check(withChange('  number: "05"\n  date: 2018-07-05', '  number: 5\n  date: 5/7/2018'));
    expect(result.model?.document.number).toBe('05');
    expect(result.model?.document.date).toEqual({ year: 2018, month: 7, day: 5 });
  });
});

describe('no jargon in any message a clerk reads', () => {
  it('Vietnamese messages never say string, object, khóa or YYYY', async () => {
    const { MESSAGES } = await import('../../src/i18n/index.js');
    const bad = Object.entries(MESSAGES).filter(([, m]) => /\bstring\b|\bobject\b|khóa|YYYY/i.test(m.vi)).map(([id]) => id);
    expect(bad).toEqual([]);
  });
});
