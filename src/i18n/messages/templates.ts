import type { MessageTable } from './types.js';

export const messages: MessageTable = {
  'template/missing': { vi: 'Không đọc được tệp mẫu ({code}).', en: 'Could not read the template file ({code}).' },
  'template/field': {
    vi: 'Mẫu dùng trường «{field}» không có trong dữ liệu kế hoạch (có thể viết sai tên).',
    en: 'The template uses the field "{field}", which the plan data does not have (a misspelling?).',
  },
  'template/helper': {
    vi: 'Mẫu dùng hàm «{helper}» không được hỗ trợ. Các hàm có sẵn: or, join, upper, date, weekday, dateRange, clock, money, inWords.',
    en: 'The template uses the unknown helper "{helper}". Available: or, join, upper, date, weekday, dateRange, clock, money, inWords.',
  },
  'template/syntax': { vi: 'Lỗi cú pháp trong mẫu: {detail}', en: 'Template syntax error: {detail}' },
  'template/marker': {
    vi: 'Dòng của mẫu phải bắt đầu bằng #, ##, ###, -, >, @italic hoặc @table: «{text}».',
    en: 'A template line must start with #, ##, ###, -, >, @italic or @table: "{text}".',
  },
};
