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
    files: 'các tệp kế hoạch YAML',
    file: 'tệp kế hoạch YAML (có thể bỏ qua khi plans/ chỉ có một tệp)',
    out: 'thư mục kết quả (mặc định: out/<tên tệp kế hoạch>/)',
    only: 'chỉ tạo các loại văn bản này: plan, invitations, distribution',
    json: 'in danh sách tệp đã tạo dạng JSON ra stdout',
    templates: 'thư mục mẫu câu chữ thay cho templates/',
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
    files: 'YAML plan files',
    file: 'YAML plan file (may be omitted when plans/ holds one)',
    out: 'output folder (default: out/<plan file name>/)',
    only: 'build only these documents: plan, invitations, distribution',
    json: 'print the files written as JSON on stdout',
    templates: 'folder of wording templates to use instead of templates/',
    badLang: (value: string) => `Unknown language: ${value}. Use vi or en.`,
    internal: (message: string) => `Internal error: ${message}. Please report it (set PLAN_DEBUG=1 for details).`,
  },
} as const;

export const cliText = (lang: Lang) => TEXT[lang];
