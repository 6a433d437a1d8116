// Generated invitees for the benchmark: a CSV with the headers a clerk writes, Vietnamese names with diacritics
// (so NFC and escaping are exercised), and now and then a character XML must escape.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
// Women's middle names come after men's: the middle name decides "Ông" or "Bà".
const MALE_MIDDLE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc'];
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ'];
const MIDDLE = [...MALE_MIDDLE, ...FEMALE_MIDDLE];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Yến'];
const TITLE = ['Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Chủ tịch Hội đồng KH&CN', 'Chuyên viên'];
const ORG = ['Sở Y tế', 'Sở Công Thương', 'Sở Xây dựng', 'Trường Đại học Nông Lâm Bắc Giang', 'Công ty "Ánh Dương" & Cộng sự', 'UBND huyện Yên Thế', 'Ban Quản lý các khu công nghiệp tỉnh'];

/**
 * How many rows can differ in name or organisation: `plan invite` warns about every repeated pair, and the benchmark
 * would then time the printing of the warnings instead of the letters.
 */
export const UNIQUE_INVITEES = ORG.length * MIDDLE.length * GIVEN.length * FAMILY.length;

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Row `i`'s (organisation, middle, given, family) as the digits of `i` in mixed radix: distinct `i`, distinct pair. */
function invitee(i) {
  const digit = (radix) => {
    const d = i % radix;
    i = Math.floor(i / radix);
    return d;
  };
  const org = ORG[digit(ORG.length)];
  const middle = digit(MIDDLE.length);
  const given = GIVEN[digit(GIVEN.length)];
  const family = FAMILY[digit(FAMILY.length)];
  return { female: middle >= MALE_MIDDLE.length, name: `${family} ${MIDDLE[middle]} ${given}`, org };
}

/** `count` invitees as CSV text (UTF-8, header row, LF line ends), no two with the same name and organisation. */
export function inviteesCsv(count) {
  if (count > UNIQUE_INVITEES) throw new Error(`at most ${UNIQUE_INVITEES} distinct invitees, asked for ${count}`);
  const rows = ['STT,Danh xưng,Họ và tên,Chức vụ,Đơn vị'];
  for (let i = 0; i < count; i++) {
    const { female, name, org } = invitee(i);
    rows.push([String(i + 1), female ? 'Bà' : 'Ông', name, TITLE[i % TITLE.length], org].map(quote).join(','));
  }
  return rows.join('\n') + '\n';
}
