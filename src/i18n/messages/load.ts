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
  'yaml/duplicate-key': { vi: 'Tên trường «{key}» được viết hai lần trong cùng một mục; hãy xóa một trong hai dòng.', en: 'The field "{key}" is written twice in the same group; delete one of the two lines.' },
  'yaml/bad-indent': { vi: 'Thụt lề không đúng: các tên trường cùng cấp phải thẳng cột với nhau (cùng số dấu cách ở đầu dòng).', en: 'Bad indentation: field names at the same level must line up (the same number of leading spaces).' },
  'yaml/unclosed': {
    vi: 'Thiếu dấu đóng «{char}»: danh sách hoặc mục viết trên một dòng phải được đóng lại. Nếu văn bản có dấu «[» hoặc «{», hãy đặt cả giá trị trong dấu nháy kép.',
    en: 'Missing closing "{char}": a list or mapping written on one line must be closed. If the text itself contains "[" or "{", put the whole value in double quotes.',
  },
  'yaml/tab-as-indent': { vi: 'Không được dùng phím Tab để thụt lề; hãy dùng dấu cách.', en: 'Tabs cannot be used for indentation; use spaces.' },
  'yaml/missing-char': { vi: 'Thiếu một ký tự cần có (thường là dấu nháy hoặc dấu hai chấm).', en: 'A character is missing (usually a quote or a colon).' },
  'yaml/block-as-implicit-key': {
    vi: 'Cấu trúc không hợp lệ: thiếu dấu hai chấm hoặc thụt lề sai.',
    en: 'Invalid structure: a missing colon or wrong indentation.',
  },
  'yaml/multiline-implicit-key': {
    vi: 'Không đọc được dòng này: có thể thiếu dấu hai chấm sau tên trường, hoặc thiếu dấu nháy.',
    en: 'This line cannot be read: a colon after the field name, or a quote, may be missing.',
  },
  'yaml/unexpected-token': { vi: 'Ký tự không mong đợi ở vị trí này.', en: 'Unexpected character here.' },
  'yaml/bad-scalar-start': {
    vi: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt giá trị trong dấu nháy kép.',
    en: 'A value cannot start with this character; put it in double quotes.',
  },
  'yaml/bad-alias': { vi: 'Tham chiếu (alias) không hợp lệ.', en: 'Invalid alias.' },
  'yaml/multiple-docs': { vi: 'Tệp chỉ được chứa một văn bản YAML (không dùng ---).', en: 'The file must hold one YAML document (no ---).' },
  'yaml/tag-resolve-failed': {
    vi: 'Thẻ YAML tùy chỉnh (bắt đầu bằng !) không được hỗ trợ; nếu đó là văn bản, hãy đặt trong dấu nháy kép.',
    en: 'Custom YAML tags are not supported.',
  },
  'yaml/alias-limit': {
    vi: 'Tệp dùng quá nhiều tham chiếu (alias); có thể là tệp độc hại.',
    en: 'The file uses too many aliases; it may be hostile.',
  },
  'text/control-character': {
    vi: 'Văn bản chứa ký tự điều khiển ẩn ({code}), thường do sao chép từ PDF; ký tự này đã được bỏ đi vì Word không mở được tệp có nó.',
    en: 'The text contains a hidden control character ({code}), usually pasted from a PDF; it was removed because Word cannot open a file containing it.',
  },
  'yaml/too-deep': {
    vi: 'Các mục lồng nhau quá sâu; một kế hoạch không cần nhiều cấp như vậy. Hãy kiểm tra dấu ngoặc [ { và thụt lề.',
    en: 'Items are nested far too deep; a plan never needs that many levels. Check the brackets [ { and the indentation.',
  },
  'yaml/syntax': { vi: 'Lỗi cú pháp YAML: {detail}', en: 'YAML syntax error: {detail}' },
  'io/write-failed': {
    vi: 'Không ghi được tệp ({code}). Hãy kiểm tra thư mục đích (hoặc chọn thư mục khác bằng --out) rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}). Check the destination folder (or choose another with --out) and run again; other files are untouched.',
  },
  'io/disk-full': {
    vi: 'Không ghi được tệp ({code}): ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn thư mục khác (--out) rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): the disk is full. Free some space or choose another folder (--out) and run again; other files are untouched.',
  },
  'io/no-write-permission': {
    vi: 'Không ghi được tệp ({code}): tài khoản đang dùng không có quyền ghi vào thư mục này. Hãy chọn thư mục khác (--out) hoặc nhờ bộ phận CNTT cấp quyền, rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): this account has no permission to write in that folder. Choose another folder (--out) or ask IT for the permission, and run again; other files are untouched.',
  },
  'io/read-only': {
    vi: 'Không ghi được tệp ({code}): ổ đĩa hoặc thư mục này chỉ cho đọc (ví dụ đĩa CD, USB đang bật chế độ chống ghi). Hãy chọn thư mục khác (--out) rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): the disk or folder is read-only (a CD, a write-protected USB stick). Choose another folder (--out) and run again; other files are untouched.',
  },
  'io/no-permission': {
    vi: 'Không ghi được tệp ({code}): không có quyền ghi vào đây, hoặc tệp đang được một chương trình khác (như Word) giữ. Hãy đóng tệp hoặc chọn thư mục khác (--out) rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): no permission to write here, or another program (such as Word) holds the file. Close it or choose another folder (--out) and run again; other files are untouched.',
  },
  'io/busy': {
    vi: 'Không ghi được tệp ({code}): tệp đang được dùng, có lẽ đang mở trong Word. Hãy đóng tệp rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): it is in use, probably open in Word. Close it and run again; other files are untouched.',
  },
  'io/folder-gone': {
    vi: 'Không ghi được tệp ({code}): thư mục chứa tệp không còn (bị xóa hoặc đổi tên trong lúc ghi). Hãy chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): its folder is gone (removed or renamed while writing). Run again; other files are untouched.',
  },
  'io/in-the-way': {
    vi: 'Không ghi được tệp ({code}): có thứ chắn đường, một tệp nằm đúng chỗ của một thư mục trên đường dẫn, hoặc một thư mục nằm đúng chỗ của tệp. Hãy đổi tên hoặc xóa nó, hoặc chọn thư mục khác (--out), rồi chạy lại; các tệp khác không bị ảnh hưởng.',
    en: 'Could not write the file ({code}): something is in the way, a file where a folder of its path should be, or a folder where the file should be. Rename or remove it, or choose another folder (--out), and run again; other files are untouched.',
  },
  'io/folder/not-here': {
    vi: 'Không tạo được thư mục {folder} ({code}): nơi này không cho tạo thư mục (thư mục cha không có, hoặc là thư mục đặc biệt của hệ thống như /proc). Hãy chọn thư mục khác bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): no folder can be made there (its parent is missing, or is a special system folder such as /proc). Choose another folder with --out and run again; nothing was written.',
  },
  'io/folder/file-in-the-way': {
    vi: 'Không tạo được thư mục {folder} ({code}): {blocker} là một tệp, không phải thư mục. Hãy đổi tên hoặc xóa tệp đó, hoặc chọn thư mục khác bằng --out, rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): {blocker} is a file, not a folder. Rename or remove that file, or choose another folder with --out, and run again; nothing was written.',
  },
  'io/folder/no-permission': {
    vi: 'Không tạo được thư mục {folder} ({code}): tài khoản đang dùng không có quyền tạo thư mục ở đó. Hãy chọn thư mục khác bằng --out hoặc nhờ bộ phận CNTT cấp quyền, rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): this account may not create folders there. Choose another folder with --out or ask IT for the permission, and run again; nothing was written.',
  },
  'io/folder/read-only': {
    vi: 'Không tạo được thư mục {folder} ({code}): ổ đĩa chỉ cho đọc. Hãy chọn thư mục khác bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): the disk is read-only. Choose another folder with --out and run again; nothing was written.',
  },
  'io/folder/disk-full': {
    vi: 'Không tạo được thư mục {folder} ({code}): ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn thư mục khác bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): the disk is full. Free some space or choose another folder with --out and run again; nothing was written.',
  },
  'io/folder/name-too-long': {
    vi: 'Không tạo được thư mục {folder} ({code}): đường dẫn quá dài. Hãy chọn thư mục có đường dẫn ngắn hơn bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): the path is too long. Choose a folder with a shorter path with --out and run again; nothing was written.',
  },
  'io/folder/loop': {
    vi: 'Không tạo được thư mục {folder} ({code}): đường dẫn có liên kết (symlink) vòng lại chính nó. Hãy chọn thư mục khác bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}): the path has a symbolic link that loops back on itself. Choose another folder with --out and run again; nothing was written.',
  },
  'io/folder/failed': {
    vi: 'Không tạo được thư mục {folder} ({code}). Hãy chọn thư mục khác bằng --out rồi chạy lại; chưa tệp nào bị ghi.',
    en: 'Could not create the folder {folder} ({code}). Choose another folder with --out and run again; nothing was written.',
  },
  'io/open-in-word': {
    vi: 'Tệp đang mở trong Word (có tệp {lock} bên cạnh). Hãy đóng tệp trong Word rồi chạy lại; chưa tệp nào bị ghi. Nếu Word không mở, hãy xóa tệp {lock}.',
    en: 'The file is open in Word ({lock} is beside it). Close it in Word and run again; nothing was written. If Word is not running, delete {lock}.',
  },
  'io/interrupted': {
    vi: 'Đã dừng ({signal}). Các tệp đã ghi trước đó vẫn nguyên vẹn; tệp tạm đã được xóa.',
    en: 'Stopped ({signal}). Files written earlier are intact; temporary files were removed.',
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
