import type { MessageTable } from './types.js';

/** The summary `plan build` prints: one line per kind of document, the files themselves only with --verbose. */
export const messages: MessageTable = {
  'build/done.one': { vi: 'Đã tạo {count} tệp trong {dir}', en: '{count} file written to {dir}' },
  'build/done.other': { vi: 'Đã tạo {count} tệp trong {dir}', en: '{count} files written to {dir}' },
  'build/kind/plan.one': { vi: '{count} Kế hoạch: {where}', en: '{count} plan: {where}' },
  'build/kind/plan.other': { vi: '{count} Kế hoạch: {where}', en: '{count} plans: {where}' },
  'build/kind/invitation.one': { vi: '{count} Giấy mời, mỗi khách mời một tệp: {where}', en: '{count} invitation letter, one file per invitee: {where}' },
  'build/kind/invitation.other': { vi: '{count} Giấy mời, mỗi khách mời một tệp: {where}', en: '{count} invitation letters, one file per invitee: {where}' },
  'build/kind/letter.one': { vi: '{count} văn bản mời chung cho mọi nơi nhận: {where}', en: '{count} letter for all its recipients: {where}' },
  'build/kind/letter.other': { vi: '{count} văn bản mời chung cho mọi nơi nhận: {where}', en: '{count} letters, each for all its recipients: {where}' },
  'build/kind/invitations.one': { vi: '{count} tệp gộp mọi Giấy mời để in: {where}', en: '{count} file of all the letters, for printing: {where}' },
  'build/kind/invitations.other': { vi: '{count} tệp gộp mọi Giấy mời để in: {where}', en: '{count} files of all the letters, for printing: {where}' },
  'build/kind/distribution.one': { vi: '{count} danh sách phát hành: {where}', en: '{count} distribution list: {where}' },
  'build/kind/distribution.other': { vi: '{count} danh sách phát hành: {where}', en: '{count} distribution lists: {where}' },
  'build/kind/pdf.one': { vi: '{count} tệp PDF, đặt cạnh tệp DOCX cùng tên', en: '{count} PDF, beside the DOCX of the same name' },
  'build/kind/pdf.other': { vi: '{count} tệp PDF, mỗi tệp đặt cạnh tệp DOCX cùng tên', en: '{count} PDFs, each beside the DOCX of the same name' },
  'build/files-hint': { vi: 'Danh sách từng tệp: thêm --verbose (hoặc --json).', en: 'For the list of files, add --verbose (or --json).' },
};
