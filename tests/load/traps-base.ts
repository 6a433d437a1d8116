// A small plan that checks clean; each trap case changes one line of it the way a clerk would.
export const BASE = `# yaml-language-server: $schema=../schema/plan.schema.json
issuer:
  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ
  abbreviation: KHCN
  place: Bắc Giang

document:
  number: "05"
  date: 2018-07-05
  title: Tổ chức Hội nghị giao ban năm 2018

intro: Sở Khoa học và Công nghệ xây dựng Kế hoạch tổ chức Hội nghị.

purpose:
  - Đánh giá kết quả hoạt động năm 2018.

content:
  items:
    - Tham quan một số dự án tiêu biểu.

attendees:
  - id: hoi-dong
    text: Hội đồng khoa học các sở, ban, ngành
    invited: true

time:
  date: 2018-07-31
  start: "08:00"

venue:
  name: Hội trường tầng 5

signer:
  title: GIÁM ĐỐC
  name: Nguyễn Văn An

recipients:
  archive: [VT, KHCNCS]

invitations:
  number: "06"
  date: 2018-07-20
  title: Dự Hội nghị giao ban năm 2018
  contact:
    name: Phòng Quản lý khoa học
    phone: "0204 3854 315"
  invitees:
    - { organization: Hội đồng khoa học Sở Y tế, group: hoi-dong }
`;

/** BASE with one piece of text replaced; throws when the piece is not there, so a case cannot silently test nothing. */
export function withChange(find: string, replace: string): string {
  if (!BASE.includes(find)) throw new Error(`not in BASE: ${find}`);
  return BASE.replace(find, replace);
}
