import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadInvitees, type InviteeLoad } from '../../../src/load/invitees/index.js';
import { brief, fixture, tempFolder } from './helpers.js';

const tmp = tempFolder();

function loaded(result: InviteeLoad) {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.diagnostics)}`);
  return result;
}

describe('CSV as Excel saves it', () => {
  it('reads UTF-8 with BOM, CRLF, semicolons and Vietnamese headers; skips empty rows', async () => {
    const file = fixture('vi-bom-crlf-semicolon.csv');
    const bytes = await readFile(file);
    // Guard the fixture itself: it must keep its BOM and CRLF line ends (see .gitattributes).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);

    const result = loaded(await loadInvitees(file));
    expect(result.diagnostics).toEqual([]);
    expect(result.invitees).toEqual([
      {
        name: 'Nguyễn Văn An',
        title: 'Giám đốc',
        organization: 'Sở Y tế tỉnh Bình Định',
        email: 'an.nv@soyte.binhdinh.gov.vn',
        source: expect.objectContaining({ file, line: 2, column: 1 }),
      },
      {
        name: 'Trần Thị Bình',
        title: 'Phó Chủ tịch',
        organization: 'UBND huyện Tuy Phước, tỉnh Bình Định',
        source: expect.objectContaining({ file, line: 5, column: 1 }),
      },
      { organization: 'Hội đồng KHCN Sở Y tế', email: 'vanthu@soyte.gov.vn', source: expect.objectContaining({ file, line: 6, column: 1 }) },
    ]);
  });

  it('reads comma-separated files with English headers', async () => {
    const result = loaded(await loadInvitees(fixture('en-comma.csv')));
    expect(result.diagnostics).toEqual([]);
    expect(result.invitees.map(({ source: _, ...rest }) => rest)).toEqual([
      {
        salutation: 'Mr',
        name: 'John Smith',
        title: 'Director',
        organization: 'WHO Viet Nam',
        email: 'john@who.int',
        address: '304 Kim Ma, Ha Noi',
        group: 'khach',
      },
      { salutation: 'Ms', name: 'Jane Doe', organization: 'Acme & Co' },
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside cells, and counts physical lines after them', async () => {
    const file = fixture('quoted.csv');
    const result = loaded(await loadInvitees(file));
    expect(result.invitees).toHaveLength(1);
    expect(result.invitees[0]).toMatchObject({
      name: 'Lê Văn Cường',
      organization: 'Công ty "Hòa Bình", chi nhánh Huế',
      address: '12 Lê Lợi,\nphường Phú Hội,\nTP Huế',
      email: 'cuong@hoabinh.vn',
    });
    // The second record starts on physical line 5, after a cell spanning lines 2–4.
    const text = (await readFile(file, 'utf8')).split('\n');
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'error',
        ruleId: 'data/email',
        messageId: 'invitees/email-invalid',
        line: 5,
        column: text[4]!.indexOf('dung@@') + 1,
        params: { header: 'Email', value: 'dung@@stc.gov.vn' },
      },
    ]);
  });

  it('detects the delimiter from the header line and honours Excel’s sep= line', async () => {
    const result = loaded(await loadInvitees(fixture('sep-line.csv')));
    expect(result.diagnostics).toEqual([]);
    expect(result.invitees).toMatchObject([{ name: 'An', organization: 'Sở Y tế, Bình Định', source: { line: 3 } }]);

    const semicolons = await tmp.write('semi.csv', 'Họ và tên;Đơn vị\nAn;Sở Y tế, Sở Tài chính, Sở Nội vụ\n');
    expect(loaded(await loadInvitees(semicolons)).invitees).toMatchObject([
      { name: 'An', organization: 'Sở Y tế, Sở Tài chính, Sở Nội vụ' },
    ]);
  });

  it('finds the header row below a title row', async () => {
    const result = loaded(await loadInvitees(fixture('title-row.csv')));
    expect(result.diagnostics).toEqual([]);
    expect(result.invitees).toMatchObject([{ salutation: 'Ông', name: 'Vũ Văn Hải', group: 'lanh-dao', source: { line: 4 } }]);
  });

  it('normalises NFD input (as macOS saves it) to NFC and trims values', async () => {
    const nfd = 'Họ và tên,Đơn vị\n  Nguyễn Thị Ánh  , Sở Giáo dục và Đào tạo \n'.normalize('NFD');
    const file = await tmp.write('nfd.csv', nfd);
    const result = loaded(await loadInvitees(file));
    expect(result.diagnostics).toEqual([]);
    const [invitee] = result.invitees;
    expect(invitee?.name).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(invitee?.name?.normalize('NFC')).toBe(invitee?.name); // is NFC
    expect(invitee?.name).not.toBe('Nguyễn Thị Ánh'.normalize('NFD'));
    expect(invitee?.organization).toBe('Sở Giáo dục và Đào tạo'.normalize('NFC'));
  });
});

describe('CSV content problems (exit 1)', () => {
  it('reports a row with neither name nor organisation at its row', async () => {
    const result = loaded(await loadInvitees(fixture('row-no-name.csv')));
    expect(result.invitees.map((i) => i.name)).toEqual(['Hoàng Văn Em']);
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'error',
        ruleId: 'data/row',
        messageId: 'invitees/row-no-name',
        line: 3,
        column: 1,
        params: { columns: '“Họ tên”, “Cơ quan”' },
      },
    ]);
  });

  it('warns about unknown headers, suggesting the nearest known one, and ignores STT', async () => {
    const result = loaded(await loadInvitees(fixture('unknown-header.csv')));
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'warning',
        ruleId: 'data/header',
        messageId: 'invitees/unknown-header-suggest',
        line: 1,
        column: 'STT;Họ và tên;'.length + 1,
        params: { header: 'Emial', suggestion: 'Email' },
      },
      {
        severity: 'warning',
        ruleId: 'data/header',
        messageId: 'invitees/unknown-header',
        line: 1,
        column: 'STT;Họ và tên;Emial;'.length + 1,
        params: { header: 'Ghi chú' },
      },
    ]);
    expect(result.invitees).toMatchObject([{ name: 'Đỗ Văn Giang', organization: 'Sở Xây dựng' }]);
    expect(result.invitees[0]).not.toHaveProperty('email');
  });

  it('is an error when there is no name or organisation column', async () => {
    const result = loaded(await loadInvitees(fixture('no-name-column.csv')));
    expect(result.invitees).toEqual([]);
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'error',
        ruleId: 'data/header',
        messageId: 'invitees/no-name-column',
        line: 1,
        column: 1,
        params: { headers: '“Chức vụ”, “Email”, “Địa chỉ”' },
      },
    ]);
  });

  it('reports an invalid email at its cell, with the column where the cell starts', async () => {
    const file = fixture('invalid-email.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const result = loaded(await loadInvitees(file));
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'error',
        ruleId: 'data/email',
        messageId: 'invitees/email-invalid',
        line: 3,
        column: lines[2]!.indexOf('binh.soyte') + 1,
        params: { header: 'Email', value: 'binh.soyte.gov.vn' },
      },
    ]);
    expect(result.diagnostics[0]?.range?.end).toEqual({ line: 3, column: lines[2]!.length + 1 });
    expect(result.invitees.map((i) => i.name)).toEqual(['Nguyễn Văn An']);
  });

  it('leaves a repeated invitee to the rule coherence/duplicate-invitee, so it is reported once and can be switched off', async () => {
    const result = loaded(await loadInvitees(fixture('duplicate.csv')));
    expect(result.diagnostics).toEqual([]);
    expect(result.invitees).toHaveLength(3);
  });

  it('warns about a second column for the same field and about data in a column without header', async () => {
    const file = await tmp.write('extra.csv', 'Họ và tên,Name,Đơn vị\nAn,Bình,Sở Y tế,ghi chú thêm\n');
    const result = loaded(await loadInvitees(file));
    expect(brief(result.diagnostics)).toEqual([
      {
        severity: 'warning',
        ruleId: 'data/header',
        messageId: 'invitees/duplicate-header',
        line: 1,
        column: 'Họ và tên,'.length + 1,
        params: { header: 'Name', first: 'Họ và tên' },
      },
      {
        severity: 'warning',
        ruleId: 'data/header',
        messageId: 'invitees/unnamed-column',
        line: 2,
        column: 'An,Bình,Sở Y tế,'.length + 1,
        params: { column: 4, value: 'ghi chú thêm' },
      },
    ]);
    expect(result.invitees).toMatchObject([{ name: 'An', organization: 'Sở Y tế' }]);
  });

  it('points at the opening quote that is never closed', async () => {
    const result = loaded(await loadInvitees(fixture('unclosed-quote.csv')));
    expect(result.invitees).toEqual([]);
    expect(brief(result.diagnostics)).toEqual([
      { severity: 'error', ruleId: 'data/csv', messageId: 'invitees/csv-quote-not-closed', line: 3, column: 1, params: {} },
    ]);
  });

  it('is an error when the file has no rows at all', async () => {
    const file = await tmp.write('empty.csv', '\ufeff\r\n;;\r\n');
    const result = loaded(await loadInvitees(file));
    expect(brief(result.diagnostics)).toMatchObject([{ severity: 'error', messageId: 'invitees/empty-file' }]);
  });
});

describe('unreadable files (exit 2)', () => {
  it('refuses a Windows-1258 CSV with an encoding message naming the line', async () => {
    // "Nguyễn" in Windows-1258 is N g u y 0xEA 0xDE n (ê + combining tilde): not valid UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('Ho va ten;Don vi\r\n', 'ascii'),
      Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x3b, 0x53, 0xd4, 0x0d, 0x0a]),
    ]);
    const file = await tmp.write('cp1258.csv', bytes);
    const result = await loadInvitees(file);
    expect(result.ok).toBe(false);
    expect(brief(result.diagnostics)).toEqual([
      { severity: 'error', ruleId: 'io/encoding', messageId: 'invitees/encoding-not-utf8', line: 2, column: 1, params: { line: 2 } },
    ]);
  });

  it('refuses UTF-16 LE with BOM (Excel “Unicode Text”)', async () => {
    const file = await tmp.write('utf16.csv', Buffer.from('\ufeffHọ và tên\tĐơn vị\r\nAn\tSở Y tế\r\n', 'utf16le'));
    const result = await loadInvitees(file);
    expect(result.ok).toBe(false);
    expect(brief(result.diagnostics)).toMatchObject([
      { severity: 'error', ruleId: 'io/encoding', messageId: 'invitees/encoding-utf16', params: { encoding: 'UTF-16 LE' } },
    ]);
  });

  it('refuses UTF-16 without BOM and binary files as not text', async () => {
    const file = await tmp.write('utf16-nobom.csv', Buffer.from('Name,Organization\r\nAn,B\r\n', 'utf16le'));
    const result = await loadInvitees(file);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.messageId).toBe('invitees/encoding-binary');
  });

  it('refuses a missing file, a directory and an unknown extension', async () => {
    const missing = await loadInvitees(tmp.path('nope.csv'));
    expect(missing).toMatchObject({ ok: false, diagnostics: [{ ruleId: 'io/read', messageId: 'invitees/not-found' }] });

    await tmp.write('placeholder', '');
    await mkdir(tmp.path('list.csv'));
    expect(await loadInvitees(tmp.path('list.csv'))).toMatchObject({
      ok: false,
      diagnostics: [{ ruleId: 'io/read', messageId: 'invitees/is-directory' }],
    });

    for (const name of ['list.xls', 'list.txt', 'list']) {
      const file = await tmp.write(name, 'Name\nAn\n');
      expect(await loadInvitees(file)).toMatchObject({
        ok: false,
        diagnostics: [{ ruleId: 'io/format', messageId: 'invitees/unsupported-format' }],
      });
    }
  });

  it('accepts the extension in any case', async () => {
    const file = await tmp.write('UPPER.CSV', 'Name\nAn\n');
    expect(loaded(await loadInvitees(file)).invitees).toMatchObject([{ name: 'An' }]);
  });
});

describe('reading the same list again', () => {
  it('gives the rows of the file as it is now, in lists of its own', async () => {
    // plan invite reads the list for the rules and again for the letters; the second reading may reuse the first,
    // but never when the file changed in between (as under --watch).
    const file = await tmp.write('again.csv', 'Họ và tên,Đơn vị\nNguyễn Văn An,Sở Y tế\n');
    const first = loaded(await loadInvitees(file));
    first.invitees.push(first.invitees[0]!);
    first.diagnostics.push({ file, severity: 'warning', ruleId: 'test', messageId: 'test' });
    const second = loaded(await loadInvitees(file));
    expect(second.invitees.map((i) => i.name)).toEqual(['Nguyễn Văn An']);
    expect(second.diagnostics).toEqual([]);
    await tmp.write('again.csv', 'Họ và tên,Đơn vị\nNguyễn Văn An,Sở Y tế\nTrần Thị Bình,Sở Xây dựng\n');
    expect(loaded(await loadInvitees(file)).invitees.map((i) => i.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });
});
