import type { MessageTable } from './types.js';

/** Messages of `plan serve` in the terminal; the page's own words are in web/words.ts. */
export const messages: MessageTable = {
  'serve/bad-port': {
    vi: 'Cổng «{value}» không dùng được: hãy ghi một số từ 1 đến 65535 (ví dụ --port 8080), hoặc bỏ --port để chọn cổng còn trống.',
    en: 'The port “{value}” cannot be used: give a number from 1 to 65535 (e.g. --port 8080), or leave out --port to pick a free one.',
  },
  'serve/no-assets': {
    vi: 'Không tìm thấy các tệp của trang (thư mục web/ cạnh chương trình). Bộ phận CNTT hãy chạy lại npm run build.',
    en: 'The page’s files (the web/ folder beside the program) are missing. Run npm run build again.',
  },
  'serve/listen': {
    vi: 'Không mở được cổng {port} trên máy này ({code}); có thể chương trình khác đang dùng cổng đó. Hãy chọn cổng khác (--port) hoặc bỏ --port.',
    en: 'Cannot listen on port {port} on this machine ({code}); another program may be using it. Choose another port (--port) or leave out --port.',
  },
};
