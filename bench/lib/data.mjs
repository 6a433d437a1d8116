// Generated invitees for the benchmark: a CSV with the headers a clerk writes, Vietnamese names with diacritics
// (so NFC and escaping are exercised), and now and then a character XML must escape.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Yến'];
const TITLE = ['Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Chủ tịch Hội đồng KH&CN', 'Chuyên viên'];
const ORG = ['Sở Y tế', 'Sở Công Thương', 'Sở Xây dựng', 'Trường Đại học Nông Lâm Bắc Giang', 'Công ty "Ánh Dương" & Cộng sự', 'UBND huyện Yên Thế'];

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** `count` invitees as CSV text (UTF-8, header row, LF line ends). */
export function inviteesCsv(count) {
  const rows = ['STT,Danh xưng,Họ và tên,Chức vụ,Đơn vị'];
  for (let i = 0; i < count; i++) {
    const female = i % 3 === 1;
    const name = `${FAMILY[i % FAMILY.length]} ${female ? 'Thị' : MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    rows.push([String(i + 1), female ? 'Bà' : 'Ông', name, TITLE[i % TITLE.length], ORG[(i >> 1) % ORG.length]].map(quote).join(','));
  }
  return rows.join('\n') + '\n';
}
