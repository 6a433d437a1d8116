import type { MessageTable } from './types.js';

/** Messages for reading invitee lists (`--data` CSV/XLSX). The reporter prefixes file, row and column. */
export const messages: MessageTable = {
  // I/O: the file cannot be read at all (exit 2).
  'invitees/unsupported-format': {
    vi: 'Không đọc được danh sách khách mời dạng “{extension}”. Hãy lưu danh sách trong Excel dưới dạng Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8 (.csv).',
    en: 'Cannot read an invitee list of type “{extension}”. In Excel, save the list as an Excel Workbook (.xlsx) or CSV UTF-8 (.csv).',
  },
  'invitees/not-found': {
    vi: 'Không tìm thấy tệp danh sách khách mời. Hãy kiểm tra lại tên và đường dẫn tệp.',
    en: 'The invitee list file does not exist. Check the file name and path.',
  },
  'invitees/is-directory': {
    vi: 'Đây là một thư mục, không phải tệp danh sách khách mời.',
    en: 'This is a folder, not an invitee list file.',
  },
  'invitees/permission': {
    vi: 'Không có quyền đọc tệp danh sách khách mời. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại.',
    en: 'No permission to read the invitee list file. If it is open in Excel, close it and try again.',
  },
  'invitees/read-failed': {
    vi: 'Không đọc được tệp danh sách khách mời (lỗi hệ thống {code}).',
    en: 'Could not read the invitee list file (system error {code}).',
  },
  'invitees/too-large': {
    vi: 'Tệp danh sách khách mời quá lớn ({size} byte, tối đa {limit} byte). Có thể đã chọn nhầm tệp.',
    en: 'The invitee list file is too large ({size} bytes, at most {limit}). The wrong file may have been chosen.',
  },
  'invitees/encoding-utf16': {
    vi: 'Tệp CSV được lưu bằng bảng mã {encoding} (kiểu “Unicode Text” của Excel). Hãy mở tệp trong Excel và lưu lại dưới dạng CSV UTF-8 (.csv).',
    en: 'The CSV file is encoded as {encoding} (Excel’s “Unicode Text”). Open it in Excel and save it again as CSV UTF-8 (.csv).',
  },
  'invitees/lost-accents': {
    vi: 'Chữ có dấu đã thành dấu «?» ({text}; {count} ô như vậy): tệp từng được lưu bằng bảng mã không có tiếng Việt (như Windows-1252, kiểu «CSV (Comma delimited)» của Excel). Lưu lại chính tệp này không lấy lại được chữ có dấu; hãy mở bản gốc (tệp Excel .xlsx) và lưu dạng CSV UTF-8, hoặc dùng thẳng tệp .xlsx.',
    en: 'Accented letters have become "?" ({text}; {count} such cells): the file was once saved in an encoding without Vietnamese (such as Windows-1252, Excel’s “CSV (Comma delimited)”). Saving this file again cannot bring the letters back; open the original (the .xlsx workbook) and save it as CSV UTF-8, or use the .xlsx directly.',
  },
  'invitees/encoding-not-utf8': {
    vi: 'Tệp CSV không phải văn bản UTF-8 (lỗi từ dòng {line}); có thể tệp được lưu bằng bảng mã cũ như Windows-1258 hoặc TCVN3. Hãy mở tệp trong Excel và lưu lại dưới dạng CSV UTF-8 (.csv).',
    en: 'The CSV file is not UTF-8 text (from line {line}); it was probably saved in a legacy encoding such as Windows-1258 or TCVN3. Open it in Excel and save it again as CSV UTF-8 (.csv).',
  },
  'invitees/encoding-binary': {
    vi: 'Tệp này không phải tệp CSV dạng văn bản (có ký tự nhị phân ở dòng {line}). Nếu đây là tệp Excel, hãy đặt đuôi .xlsx; nếu không, hãy lưu lại dưới dạng CSV UTF-8 (.csv).',
    en: 'This is not a text CSV file (binary data on line {line}). If it is an Excel workbook, give it the .xlsx extension; otherwise save it again as CSV UTF-8 (.csv).',
  },
  'invitees/xlsx-legacy': {
    vi: 'Tệp này là sổ Excel định dạng cũ (.xls) hoặc đã đặt mật khẩu. Hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx).',
    en: 'This is an old-format Excel workbook (.xls) or a password-protected one. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx).',
  },
  'invitees/header-split': {
    vi: 'Tiêu đề bảng chiếm hai dòng ({first} và {second}) và cột “{header}” chia thành nhiều cột con, nên không biết đọc cột nào. Hãy gộp hai dòng {first} và {second} thành một dòng tiêu đề, mỗi cột một tên (ví dụ “Họ và tên”, “Chức vụ”, “Đơn vị”, “Email”), rồi lưu lại.',
    en: 'The table header spans two rows ({first} and {second}) and column “{header}” is split into several sub-columns, so which one to read is unclear. Merge rows {first} and {second} into one header row, one name per column (e.g. “Họ và tên”, “Chức vụ”, “Đơn vị”, “Email”), and save again.',
  },
  'invitees/header-row-skipped': {
    vi: 'Dòng này chỉ lặp lại tên các cột nên không được coi là khách mời; nếu không cần, hãy xóa dòng này.',
    en: 'This row only repeats the column names, so it is not taken as an invitee; delete it if it is not needed.',
  },
  'invitees/xlsx-too-large': {
    vi: 'Tệp Excel này khi giải nén lớn {size} MB, vượt giới hạn {limit} MB của một danh sách khách mời; chương trình không mở tệp. Có thể đã chọn nhầm tệp; nếu đúng tệp, hãy chép riêng trang tính danh sách khách mời sang một sổ làm việc mới rồi lưu lại.',
    en: 'Unpacked, this Excel file is {size} MB, over the {limit} MB an invitee list may take; it was not opened. The wrong file may have been chosen; if not, copy the invitee sheet alone into a new workbook and save that.',
  },
  'invitees/xlsx-too-many-rows': {
    vi: 'Trang tính “{sheet}” có {rows} dòng, vượt giới hạn {limit} dòng của một danh sách khách mời. Hãy kiểm tra đã chọn đúng tệp, đúng trang tính (tùy chọn --sheet) chưa, và xóa các dòng thừa.',
    en: 'Sheet “{sheet}” has {rows} rows, over the {limit} an invitee list may have. Check that the right file and sheet (--sheet) are chosen, and delete the extra rows.',
  },
  'invitees/xlsx-corrupt': {
    vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx. Hãy mở tệp trong Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).',
    en: 'Cannot read the Excel file: it is damaged or not an .xlsx workbook. Open it in Excel and save it again as an Excel Workbook (.xlsx).',
  },
  'invitees/xlsx-no-sheets': {
    vi: 'Tệp Excel không có trang tính nào.',
    en: 'The Excel workbook has no worksheets.',
  },
  'invitees/sheet-not-found': {
    vi: 'Tệp Excel không có trang tính “{sheet}”. Các trang tính hiện có: {sheets}.',
    en: 'The Excel workbook has no sheet named “{sheet}”. Its sheets are: {sheets}.',
  },

  // Data: the file was read but its content has problems (errors: exit 1).
  'invitees/csv-quote-not-closed': {
    vi: 'Dấu ngoặc kép mở ở đây không được đóng, nên phần còn lại của tệp bị coi là một ô. Hãy thêm dấu " đóng ô, hoặc viết "" nếu trong ô có dấu ngoặc kép.',
    en: 'The double quote opened here is never closed, so the rest of the file reads as one cell. Add the closing ", or write "" for a quote inside a cell.',
  },
  'invitees/csv-syntax': {
    vi: 'Tệp CSV bị sai cấu trúc ở đây (mã lỗi {code}). Hãy mở tệp trong Excel và lưu lại dưới dạng CSV UTF-8 (.csv).',
    en: 'The CSV file is malformed here (error {code}). Open it in Excel and save it again as CSV UTF-8 (.csv).',
  },
  'invitees/empty-file': {
    vi: 'Danh sách khách mời trống: không có dòng tiêu đề cũng không có khách mời nào.',
    en: 'The invitee list is empty: no header row and no invitees.',
  },
  'invitees/no-name-column': {
    vi: 'Không tìm thấy cột họ tên hoặc cột cơ quan, đơn vị. Dòng tiêu đề có các cột {headers}; hãy đặt tiêu đề cột là “Họ và tên” hoặc “Đơn vị”.',
    en: 'No name or organisation column found. The header row has {headers}; name a column “Name” (Họ và tên) or “Organization” (Đơn vị).',
  },
  'invitees/unknown-header': {
    vi: 'Không nhận ra cột “{header}”; nội dung cột này sẽ không được dùng.',
    en: 'Unknown column “{header}”; its content is not used.',
  },
  'invitees/unknown-header-suggest': {
    vi: 'Không nhận ra cột “{header}”; có phải là “{suggestion}”? Nội dung cột này sẽ không được dùng.',
    en: 'Unknown column “{header}”; did you mean “{suggestion}”? Its content is not used.',
  },
  'invitees/duplicate-header': {
    vi: 'Cột “{header}” trùng ý nghĩa với cột “{first}” đứng trước; chỉ dùng cột “{first}”.',
    en: 'Column “{header}” means the same as the earlier column “{first}”; only “{first}” is used.',
  },
  'invitees/unnamed-column': {
    vi: 'Cột thứ {column} không có tiêu đề nhưng có nội dung (“{value}”); nội dung này sẽ không được dùng. Hãy đặt tiêu đề cho cột.',
    en: 'Column {column} has no header but has content (“{value}”); it is not used. Give the column a header.',
  },
  'invitees/formula-no-result': {
    vi: 'Ô thuộc cột “{header}” là công thức chưa có kết quả lưu sẵn nên được coi là trống. Hãy mở tệp trong Excel và lưu lại.',
    en: 'This cell in column “{header}” is a formula with no saved result, so it reads as empty. Open the file in Excel and save it again.',
  },
  'invitees/cell-error': {
    vi: 'Ô thuộc cột “{header}” có lỗi công thức {value} nên được coi là trống.',
    en: 'This cell in column “{header}” holds the formula error {value}, so it reads as empty.',
  },
  'invitees/email-invalid': {
    vi: '“{value}” ở cột “{header}” không phải địa chỉ email hợp lệ. Mỗi ô chỉ ghi một địa chỉ, ví dụ: vanthu@soyte.gov.vn.',
    en: '“{value}” in column “{header}” is not a valid email address. Write one address per cell, e.g. vanthu@soyte.gov.vn.',
  },
  'invitees/row-no-name': {
    vi: 'Dòng này có nội dung nhưng để trống cột {columns}; mỗi khách mời cần có họ tên hoặc cơ quan, đơn vị.',
    en: 'This row has content but nothing under {columns}; every invitee needs a name or an organisation.',
  },
};
