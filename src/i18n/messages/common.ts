import type { MessageTable } from './types.js';

/**
 * Words the reporters and the command line need themselves (not tied to one pipeline area).
 * Counted phrases come in pairs `<id>.one` / `<id>.other`, chosen by `plural()` in src/i18n/index.ts with the
 * language's plural rules (Vietnamese has a single form, so both texts are the same).
 */
export const messages: MessageTable = {
  'report/severity.error': { vi: 'lỗi', en: 'error' },
  'report/severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'report/severity.info': { vi: 'thông tin', en: 'info' },
  'report/severity.off': { vi: 'tắt', en: 'off' },

  'report/count.error.one': { vi: '{count} lỗi', en: '{count} error' },
  'report/count.error.other': { vi: '{count} lỗi', en: '{count} errors' },
  'report/count.warning.one': { vi: '{count} cảnh báo', en: '{count} warning' },
  'report/count.warning.other': { vi: '{count} cảnh báo', en: '{count} warnings' },
  'report/count.info.one': { vi: '{count} thông tin', en: '{count} info message' },
  'report/count.info.other': { vi: '{count} thông tin', en: '{count} info messages' },
  'report/count.files.one': { vi: 'đã kiểm tra {count} tệp', en: '{count} file checked' },
  'report/count.files.other': { vi: 'đã kiểm tra {count} tệp', en: '{count} files checked' },

  'report/clean': { vi: 'Không có lỗi', en: 'No problems' },
  'report/citation': { vi: 'Căn cứ: {citation}', en: 'See: {citation}' },

  /** A command-line option or environment variable with a value outside its allowed set (exit code 2). */
  'usage/invalid-choice': {
    vi: 'Giá trị {source} không hợp lệ: "{value}"; chọn một trong: {allowed}',
    en: 'Invalid {source} value "{value}"; expected one of: {allowed}',
  },
};
