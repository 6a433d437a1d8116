import type { MessageTable } from './types.js';

/** Messages of `plan invite` and the invitation letters. */
export const messages: MessageTable = {
  'invite/reserved-character': {
    vi: 'Tệp kế hoạch chứa ký tự riêng U+E000 (vùng dùng riêng của Unicode), ký tự chương trình dành để ghép thư; hãy xóa ký tự này.',
    en: 'The plan contains the private-use character U+E000, which the mail merge reserves; remove it.',
  },
  'invite/no-invitations': {
    vi: 'Tệp kế hoạch chưa có mục invitations (số, ngày, trích yếu của Giấy mời), nên chưa tạo được Giấy mời.',
    en: 'The plan has no invitations section (number, date, summary of the letter), so no invitation can be made.',
  },
  'invite/no-invitees': {
    vi: 'Không có khách mời nào: hãy ghi danh sách trong invitations.invitees hoặc chỉ ra tệp danh sách (--data hoặc invitations.data).',
    en: 'There are no invitees: list them under invitations.invitees or name a list file (--data or invitations.data).',
  },
  'invite/per-invitee-no-number': {
    vi: 'Đánh số riêng cho từng Giấy mời (numbering: per-invitee) cần số bắt đầu trong invitations.number.',
    en: 'Numbering each letter (numbering: per-invitee) needs the first number in invitations.number.',
  },
  'invite/no-recipient': {
    vi: 'Mẫu Giấy mời không có chỗ ghi người được mời: hãy đặt {{recipient}} trong một dòng “>”.',
    en: 'The letter template has no place for the invitee: put {{recipient}} in a “>” line.',
  },
  'invite/over-one-page': {
    vi: 'Giấy mời (thư mời) ước chừng dài {used} mm, quá một trang ({available} mm): hãy rút gọn, hoặc đưa chương trình ra trang riêng (invitations.programme: attached).',
    en: 'The letter is about {used} mm long, more than one page ({available} mm): shorten it, or move the programme to a page of its own (invitations.programme: attached).',
  },
  'invite/progress': { vi: 'Giấy mời', en: 'Letters' },
  'invite/done.one': { vi: 'Đã tạo {count} Giấy mời', en: '{count} letter written' },
  'invite/done.other': { vi: 'Đã tạo {count} Giấy mời', en: '{count} letters written' },
  'invite/stale-removed': {
    vi: 'Đã xóa Giấy mời của lần chạy trước (không còn trong danh sách khách mời): {path}',
    en: 'Removed a letter of an earlier run (no longer on the invitee list): {path}',
  },
  'invite/stale-kept': {
    vi: 'Không xóa được Giấy mời cũ {path} ({reason}), không còn trong danh sách khách mời; hãy đóng tệp rồi xóa.',
    en: 'Could not remove the old letter {path} ({reason}), no longer on the invitee list; close it and remove it.',
  },
  'invite/stale-open-in-word': { vi: 'đang mở trong Word', en: 'open in Word' },
  'invite/stale-no-manifest': {
    vi: 'Không xóa tệp nào trong {dir}: thư mục chưa có {file} (danh sách tệp do lần chạy trước ghi), nên không biết tệp nào là Giấy mời cũ. {dir} có {count} tệp không do lần chạy này ghi; hãy tự xem và xóa Giấy mời cũ nếu cần. Từ lần sau, Giấy mời cũ được xóa tự động.',
    en: 'Removed nothing in {dir}: the folder has no {file} (the list of files an earlier run wrote), so no file is known to be an old letter. {dir} holds {count} file(s) this run did not write; look through them and remove old letters yourself if needed. From the next run on, old letters are removed automatically.',
  },
  'invite/manifest-unreadable': {
    vi: 'Không đọc được {file} ({reason}), danh sách tệp do lần chạy trước ghi; không xóa Giấy mời cũ nào. Tệp được ghi lại theo lần chạy này.',
    en: 'Could not read {file} ({reason}), the list of files an earlier run wrote; no old letter was removed. The file is written again for this run.',
  },
  'invite/manifest-not-written': {
    vi: 'Không ghi được {file} ({code}), danh sách tệp đã ghi; các văn bản đã ghi xong, nhưng lần chạy sau sẽ không xóa Giấy mời cũ của lần này.',
    en: 'Could not write {file} ({code}), the list of files written; the documents are in place, but the next run will not remove this run’s old letters.',
  },
};
