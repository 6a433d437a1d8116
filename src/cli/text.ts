import type { HelpConfiguration } from 'commander';
import type { Lang } from '../i18n/messages/types.js';

/** The command line's own words (help, usage errors), in both languages. */
const TEXT = {
  vi: {
    program: 'Soạn Kế hoạch, Giấy mời và danh sách phát hành hội nghị theo Nghị định 30/2020/NĐ-CP từ một tệp YAML.',
    version: 'in số phiên bản',
    help: 'hiển thị trợ giúp',
    lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    format: 'định dạng báo cáo: stylish, json, github, sarif',
    check: 'kiểm tra tệp kế hoạch (mặc định: mọi tệp plans/*.yaml)',
    build: 'tạo Kế hoạch, Giấy mời và danh sách phát hành (DOCX) trong out/',
    invite: 'tạo Giấy mời cho từng khách mời và một tệp gộp tất cả (DOCX) trong out/',
    data: 'tệp danh sách khách mời CSV hoặc XLSX (thay cho danh sách trong tệp kế hoạch)',
    sheet: 'tên trang tính trong tệp XLSX (mặc định: trang đầu tiên)',
    separate: 'chỉ tạo mỗi khách mời một tệp',
    merged: 'chỉ tạo một tệp gộp tất cả Giấy mời',
    files: 'các tệp kế hoạch YAML',
    file: 'tệp kế hoạch YAML (có thể bỏ qua khi plans/ chỉ có một tệp)',
    out: 'thư mục kết quả (mặc định: out/<tên tệp kế hoạch>/)',
    only: 'chỉ tạo các loại văn bản này: plan, invitations, distribution (mặc định), attendees, sign-in, badges, envelopes (sau khi có trả lời)',
    json: 'in danh sách tệp đã tạo dạng JSON ra stdout',
    verbose: 'liệt kê từng tệp đã tạo (mặc định chỉ in số văn bản mỗi loại)',
    templates: 'thư mục mẫu câu chữ thay cho templates/',
    rules: 'in danh mục các quy tắc kiểm tra (mã, mức độ, mô tả, căn cứ)',
    fix: 'tự sửa những lỗi sửa được chắc chắn (đặt câu có dấu hai chấm trong nháy, Tab thành dấu cách, ngày, số, thứ trong tuần …) và ghi lại tệp',
    fixDryRun: 'với --fix: chỉ in các thay đổi (dạng diff), không ghi gì',
    from: 'tạo kế hoạch mới từ kế hoạch năm trước (tăng năm, xóa số và ngày ký)',
    shift: 'với --from: dời mọi ngày đi một khoảng, ví dụ 1y (một năm) hoặc 364d (giữ đúng thứ trong tuần)',
    init: 'tạo tệp kế hoạch mẫu plans/<tên>.yaml (có chú thích từng trường) và tệp khách mời mẫu plans/<tên>-khach-moi.csv; không ghi đè tệp đã có',
    name: 'tên tệp kế hoạch: chữ không dấu, số, gạch nối (mặc định: ke-hoach-moi)',
    initTemplates: 'thư mục mẫu thay cho templates/ (dùng <thư mục>/init/)',
    pdf: 'tạo thêm tệp PDF của mọi văn bản bằng LibreOffice (cần cài soffice)',
    watch: 'theo dõi tệp kế hoạch, tệp khách mời và mẫu câu chữ; tạo lại khi có thay đổi (Ctrl+C để dừng)',
    send: 'gửi Giấy mời cho từng khách mời và Kế hoạch cho các nơi nhận bản điện tử qua email; chạy lại để gửi tiếp phần còn lại',
    sendOnly: 'chỉ gửi các loại văn bản này: invitations, plan',
    dryRun: 'không gửi: ghi từng thư thành tệp .eml trong thư mục kết quả để kiểm tra',
    sendPdf: 'tạo PDF mới (LibreOffice) cho văn bản chưa có hoặc có PDF cũ, rồi gửi kèm PDF',
    sendJson: 'in kết quả gửi (đã gửi, bỏ qua, không gửi được) dạng JSON ra stdout',
    serve: 'mở trang soạn kế hoạch trên trình duyệt của máy này: sửa tệp, xem lỗi và xem trước văn bản ngay khi gõ',
    port: 'cổng của trang (mặc định: một cổng còn trống)',
    open: 'mở trang bằng trình duyệt mặc định',
    rsvp: 'ghi và xem trả lời của khách mời (tệp <tên>-tra-loi.csv cạnh tệp kế hoạch); không có tùy chọn: danh sách chưa trả lời kèm số điện thoại',
    rsvpWho: 'khách mời (tên, đơn vị hoặc mã; không phân biệt dấu, hoa thường)',
    rsvpComing: 'khách mời sẽ dự',
    rsvpNotComing: 'khách mời không dự',
    rsvpDelegate: 'cử người dự thay: "Họ tên, Chức vụ"',
    rsvpVia: 'trả lời qua: phone, email, letter, in-person',
    rsvpNote: 'ghi chú',
    rsvpAt: 'thời gian trả lời (mặc định: bây giờ), dạng 2018-07-25 09:30',
    rsvpImport: 'nhập bảng trả lời CSV hoặc XLSX (cột Trả lời và Mã hoặc Khách mời)',
    rsvpJson: 'in kết quả dạng JSON ra stdout',
    remind: 'gửi thư nhắc (kèm lại Giấy mời) cho khách mời chưa trả lời theo tệp trả lời của plan rsvp; mỗi người một lần',
    status: 'tình hình sau khi gửi giấy mời, trên một màn hình: trả lời theo nhóm, văn bản đã tạo (và có cũ hơn kế hoạch không), thư đã gửi, thư lỗi',
    statusJson: 'in cùng nội dung dạng JSON ra stdout',
    badLang: (value: string) => `Ngôn ngữ không hợp lệ: ${value}. Dùng vi hoặc en.`,
    internal: (message: string) => `Lỗi nội bộ của chương trình: ${message}. Hãy báo lỗi này cho bộ phận CNTT (đặt PLAN_DEBUG=1 để xem chi tiết).`,
  },
  en: {
    program: 'Write a conference plan, invitations and distribution list under Decree 30/2020/ND-CP from one YAML file.',
    version: 'print the version',
    help: 'display help',
    lang: 'message language: vi (default) or en',
    format: 'report format: stylish, json, github, sarif',
    check: 'check plan files (default: every plans/*.yaml)',
    build: 'build the plan, invitations and distribution list (DOCX) under out/',
    invite: 'write one invitation letter per invitee and one merged file of them all (DOCX) under out/',
    data: 'invitee list, CSV or XLSX (instead of the list in the plan file)',
    sheet: 'worksheet of the XLSX file (default: the first)',
    separate: 'write only one file per invitee',
    merged: 'write only the merged file of all letters',
    files: 'YAML plan files',
    file: 'YAML plan file (may be omitted when plans/ holds one)',
    out: 'output folder (default: out/<plan file name>/)',
    only: 'build only these documents: plan, invitations, distribution (the default), attendees, sign-in, badges, envelopes (after the replies)',
    json: 'print the files written as JSON on stdout',
    verbose: 'list every file written (by default only how many of each kind)',
    templates: 'folder of wording templates to use instead of templates/',
    rules: 'print the catalogue of rules (id, severity, description, citation)',
    fix: 'repair what can be repaired with certainty (quote a sentence with a colon, Tabs to spaces, dates, numbers, weekdays …) and save the file',
    fixDryRun: 'with --fix: print the changes as a diff and write nothing',
    from: 'start from last year\'s plan (year advanced, numbers and signing dates cleared)',
    shift: 'with --from: move every date by this much, e.g. 1y (one year) or 364d (keeps the weekdays)',
    init: 'write a commented sample plan plans/<name>.yaml and a sample invitee list plans/<name>-khach-moi.csv; never overwrites a file',
    name: 'plan file name: unaccented letters, digits, dashes (default: ke-hoach-moi)',
    initTemplates: 'templates folder to use instead of templates/ (reads <dir>/init/)',
    pdf: 'also write a PDF of every document through LibreOffice (needs soffice)',
    watch: 'watch the plan, its invitee list and the templates; rebuild on every change (Ctrl+C stops)',
    send: 'e-mail each invitee its invitation and the electronic recipients the plan; run again to send what is left',
    sendOnly: 'send only these documents: invitations, plan',
    dryRun: 'send nothing: write each message as an .eml file in the output folder for checking',
    sendPdf: 'make fresh PDFs (LibreOffice) of the documents without an up-to-date one, and attach them',
    sendJson: 'print the outcome (sent, skipped, failed) as JSON on stdout',
    serve: 'open a page on this machine to edit the plan, see its problems and preview its documents as you type',
    port: 'the page\'s port (default: a free one)',
    open: 'open the page in the default browser',
    rsvp: 'record and list the invitees’ replies (<name>-tra-loi.csv beside the plan); alone: who has not replied, with phone numbers',
    rsvpWho: 'the invitee (name, organisation or key; diacritics and case do not matter)',
    rsvpComing: 'the invitee is coming',
    rsvpNotComing: 'the invitee is not coming',
    rsvpDelegate: 'someone comes instead: "Name, Title"',
    rsvpVia: 'how the reply came: phone, email, letter, in-person',
    rsvpNote: 'a note',
    rsvpAt: 'when the reply came (default: now), as 2018-07-25 09:30',
    rsvpImport: 'merge a CSV or XLSX table of replies (a reply column and a key or invitee column)',
    rsvpJson: 'print the result as JSON on stdout',
    remind: 'e-mail a reminder (with the letter again) to each invitee who has not replied (plan rsvp); once per invitee',
    status: 'one screen after the invitations: replies by group, documents built (and whether older than the plan), mail sent and failed',
    statusJson: 'print the same as JSON on stdout',
    badLang: (value: string) => `Unknown language: ${value}. Use vi or en.`,
    internal: (message: string) => `Internal error: ${message}. Please report it (set PLAN_DEBUG=1 for details).`,
  },
} as const;

export const cliText = (lang: Lang) => TEXT[lang];

/**
 * Commander's own words (help headings, "[options]", "(default: …)", placeholders) in Vietnamese: the Help
 * overrides for `configureHelp`. English keeps commander's words.
 */
const HELP_WORDS: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
  '[options]': '[tùy-chọn]',
  '[command]': '[lệnh]',
};
const PLACEHOLDERS: Record<string, string> = {
  dir: 'thư-mục',
  file: 'tệp',
  files: 'tệp',
  kinds: 'loại',
  format: 'định-dạng',
  lang: 'ngôn-ngữ',
  name: 'tên',
  who: 'khách-mời',
  delegate: 'họ-tên-chức-vụ',
  via: 'hình-thức',
  text: 'nội-dung',
  time: 'thời-gian',
};
const placeholders = (s: string): string =>
  s.replace(/([<[])([a-z]+)(\.\.\.)?([>\]])|^([a-z]+)(\.\.\.)?$/g, (whole, open?: string, word?: string, dots?: string, close?: string, bare?: string, bareDots?: string) => {
    const key = word ?? bare ?? '';
    const vi = PLACEHOLDERS[key];
    if (vi === undefined) return whole;
    return bare !== undefined ? `${vi}${bareDots ?? ''}` : `${open}${vi}${dots ?? ''}${close}`;
  });
const extras = (s: string): string =>
  s.replace(/\((choices: .*?)?(?:, )?(default: .*?)?\)$/, (whole, choices?: string, dflt?: string) =>
    whole === '()' ? whole : `(${[choices?.replace('choices: ', 'chọn một trong: '), dflt?.replace('default: ', 'mặc định: ')].filter(Boolean).join('; ')})`);

export function helpConfiguration(lang: Lang): HelpConfiguration {
  if (lang === 'en') return {};
  return {
    styleTitle: (s) => HELP_WORDS[s] ?? s,
    styleOptionText: (s) => HELP_WORDS[s] ?? placeholders(s),
    styleSubcommandText: (s) => HELP_WORDS[s] ?? s,
    styleArgumentText: (s) => placeholders(s),
    styleOptionDescription: (s) => extras(s),
    styleArgumentDescription: (s) => extras(s),
  };
}

/** Commander's error messages (unknown option, missing argument, …) in the chosen language. */
export function commanderError(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  const rules: [RegExp, string][] = [
    [/^error: unknown option '([^']*)'/, 'lỗi: không có tùy chọn «$1»'],
    [/^error: unknown command '([^']*)'/, 'lỗi: không có lệnh «$1»'],
    [/^error: missing required argument '([^']*)'/, 'lỗi: thiếu tham số bắt buộc «$1»'],
    [/^error: option '([^']*)' argument missing/, 'lỗi: tùy chọn «$1» cần một giá trị'],
    [/^error: required option '([^']*)' not specified/, 'lỗi: chưa có tùy chọn bắt buộc «$1»'],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, 'lỗi: giá trị «$2» của tùy chọn «$1» không hợp lệ; chọn một trong: $3.'],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\./, 'lỗi: giá trị «$2» của tùy chọn «$1» không hợp lệ.'],
    [/^error: option '([^']*)' cannot be used with option '([^']*)'/, 'lỗi: không dùng tùy chọn «$1» cùng với «$2»'],
    [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: lệnh «$1» nhận tối đa $2 tham số nhưng có $3.'],
    [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: chỉ nhận tối đa $1 tham số nhưng có $2.'],
    [/\(Did you mean one of ([^?]*)\?\)/, '(Có phải ý bạn là một trong: $1?)'],
    [/\(Did you mean ([^?]*)\?\)/, '(Có phải ý bạn là $1?)'],
    [/^error: /, 'lỗi: '],
  ];
  let out = message;
  for (const [pattern, replacement] of rules) {
    if (pattern.source.startsWith('^error: ') && !out.startsWith('error: ')) continue;
    out = out.replace(pattern, replacement);
  }
  return out.replace(/<([a-z]+)>/g, (whole, word: string) => (PLACEHOLDERS[word] ? `<${PLACEHOLDERS[word]}>` : whole));
}
