import type { MessageTable } from './types.js';

export const messages: MessageTable = {
  'io/not-found': { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  'io/is-directory': { vi: 'Đây là một thư mục, không phải tệp.', en: 'This is a folder, not a file.' },
  'io/permission': { vi: 'Không có quyền đọc tệp.', en: 'Permission denied reading the file.' },
  'io/read-failed': { vi: 'Không đọc được tệp ({code}).', en: 'Could not read the file ({code}).' },
  'io/too-large': {
    vi: 'Tệp quá lớn ({size} byte; tối đa {limit} byte). Hãy kiểm tra lại có đúng tệp kế hoạch không.',
    en: 'File too large ({size} bytes; at most {limit}). Check that this is the plan file.',
  },
  'io/encoding-utf16': {
    vi: 'Tệp được lưu bằng bảng mã {encoding}. Hãy lưu lại với bảng mã UTF-8.',
    en: 'The file is saved as {encoding}. Save it again as UTF-8.',
  },
  'io/encoding-legacy': {
    vi: 'Tệp không phải UTF-8 (có thể là {encoding}, thường gặp khi dán từ văn bản cũ). Hãy chuyển sang Unicode và lưu lại với bảng mã UTF-8.',
    en: 'The file is not UTF-8 (probably {encoding}, common in text pasted from old documents). Convert it to Unicode and save it as UTF-8.',
  },
  'io/encoding-binary': {
    vi: 'Tệp chứa dữ liệu nhị phân, không phải văn bản YAML.',
    en: 'The file contains binary data, not YAML text.',
  },
  'io/no-plans': {
    vi: 'Không có tệp kế hoạch nào trong thư mục {dir} (cần các tệp *.yaml).',
    en: 'No plan files in {dir} (expected *.yaml files).',
  },
  'yaml/duplicate-key': { vi: 'Khóa «{key}» bị lặp lại trong cùng một mục.', en: 'Duplicate key "{key}" in the same mapping.' },
  'yaml/bad-indent': { vi: 'Thụt lề không đúng ({detail}).', en: 'Bad indentation ({detail}).' },
  'yaml/tab-as-indent': { vi: 'Không được dùng phím Tab để thụt lề; hãy dùng dấu cách.', en: 'Tabs cannot be used for indentation; use spaces.' },
  'yaml/missing-char': { vi: 'Thiếu ký tự đóng ({detail}).', en: 'A closing character is missing ({detail}).' },
  'yaml/block-as-implicit-key': {
    vi: 'Cấu trúc không hợp lệ: thiếu dấu hai chấm hoặc thụt lề sai ({detail}).',
    en: 'Invalid structure: a missing colon or wrong indentation ({detail}).',
  },
  'yaml/multiline-implicit-key': {
    vi: 'Khóa không được kéo dài nhiều dòng; có thể thiếu dấu hai chấm hoặc dấu nháy ({detail}).',
    en: 'A key cannot span several lines; a colon or a quote may be missing ({detail}).',
  },
  'yaml/unexpected-token': { vi: 'Ký tự không mong đợi ({detail}).', en: 'Unexpected character ({detail}).' },
  'yaml/bad-scalar-start': {
    vi: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt giá trị trong dấu nháy kép ({detail}).',
    en: 'A value cannot start with this character; put it in double quotes ({detail}).',
  },
  'yaml/bad-alias': { vi: 'Tham chiếu (alias) không hợp lệ ({detail}).', en: 'Invalid alias ({detail}).' },
  'yaml/multiple-docs': { vi: 'Tệp chỉ được chứa một văn bản YAML (không dùng ---).', en: 'The file must hold one YAML document (no ---).' },
  'yaml/tag-resolve-failed': {
    vi: 'Thẻ YAML tùy chỉnh không được hỗ trợ ({detail}).',
    en: 'Custom YAML tags are not supported ({detail}).',
  },
  'yaml/alias-limit': {
    vi: 'Tệp dùng quá nhiều tham chiếu (alias); có thể là tệp độc hại.',
    en: 'The file uses too many aliases; it may be hostile.',
  },
  'yaml/syntax': { vi: 'Lỗi cú pháp YAML: {detail}', en: 'YAML syntax error: {detail}' },
  'io/write-failed': {
    vi: 'Không ghi được tệp ({code}). Nếu tệp đang mở trong Word, hãy đóng lại rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}). If it is open in Word, close it and run again; other files are untouched.',
  },
  'usage/only': {
    vi: '--only không hợp lệ: {value}. Các giá trị được phép: {allowed}.',
    en: 'Invalid --only: {value}. Allowed: {allowed}.',
  },
  'usage/which-plan': {
    vi: 'Thư mục plans/ có nhiều tệp kế hoạch ({files}); hãy chỉ rõ tệp cần tạo.',
    en: 'plans/ holds several plans ({files}); name the one to build.',
  },
};
