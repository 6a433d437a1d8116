// The end-to-end table: one row per (command, input), run through the built program as a process, the way
// `npx plan` runs. A new input path or option is one more row. Rows that need more than a table can say live in
// their own files beside this one (watch.test.ts: a running --watch and Ctrl+C).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocx } from '../helpers/docx.js';
import { ELECTRONIC, INVITEES, PASSWORD, startServer, USER, type TestServer } from '../send/helpers.js';
import { DATA_PLAN, EXAMPLE, excelCsv, SEED, SEED_FOLDER, windows1258Csv, workbook, writeDataPlan, writePlan } from './inputs.js';
import { ooxmlValidate } from './ooxml.js';
import { filesBelow, project, runBuilt, STACK_TRACE, type BuiltRun } from './run-built.js';

const OUT = 'out/hoi-nghi-giao-ban-2018';
const DATA_OUT = 'out/hoi-nghi';
const BASE = ['plans', 'templates', 'schema'];
/** BASE and the seed plan, whose slips the rows about findings need: the example checks clean. */
const WITH_SEED = [...BASE, SEED_FOLDER];
/** The example's documents: its plan, 26 letters, the merged letters, the distribution list. */
const EXAMPLE_FILES = [`${OUT}/ke-hoach.docx`, `${OUT}/giay-moi/001-hoi-dong-kh-cn-so-nong-nghiep-va-phat-trien-nong-thon.docx`, `${OUT}/giay-moi-tat-ca.docx`, `${OUT}/danh-sach-phat-hanh.docx`];
const DATA_FILES = [`${DATA_OUT}/ke-hoach.docx`, `${DATA_OUT}/giay-moi/001-nguyen-van-an.docx`, `${DATA_OUT}/giay-moi/003-le-van-cuong.docx`, `${DATA_OUT}/giay-moi-tat-ca.docx`, `${DATA_OUT}/danh-sach-phat-hanh.docx`];

interface Case {
  name: string;
  args: string[];
  /** Repository paths copied into the fresh project folder the command runs in. */
  copy?: string[];
  /** Writes the row's own input files into the project folder before the run. */
  setup?: (dir: string) => void | Promise<void>;
  env?: Record<string, string> | (() => Record<string, string>);
  code: number;
  /** Paths (relative to the project folder) that must exist afterwards. */
  files?: string[];
  /** Paths that must not exist afterwards. */
  absent?: string[];
  stdout?: RegExp[];
  stderr?: RegExp[];
  notStdout?: RegExp[];
  notStderr?: RegExp[];
  /** Each must occur exactly once in stderr: a finding is reported once, however many documents use its input. */
  once?: RegExp[];
  /** Anything more the row checks: the JSON it printed, the documents read back, a second command. */
  then?: (r: BuiltRun, dir: string) => void | Promise<void>;
}

/** The text of a DOCX's body, paragraphs joined by newlines. */
const docxText = (path: string): string =>
  openDocx(path).xml('word/document.xml').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
const letters = (dir: string, out = DATA_OUT) => readdirSync(join(dir, out, 'giay-moi')).filter((f) => f.endsWith('.docx')).sort();

/** The merged letters of the data plan name exactly the three invitees of inputs.ts, so no header row became one. */
const threeInvitees = (_r: BuiltRun, dir: string) => {
  expect(letters(dir)).toEqual(['001-nguyen-van-an.docx', '002-tran-thi-binh.docx', '003-le-van-cuong.docx']);
  const merged = docxText(join(dir, DATA_OUT, 'giay-moi-tat-ca.docx'));
  for (const name of ['Ông Nguyễn Văn An', 'Bà Trần Thị Bình', 'Ông Lê Văn Cường']) expect(merged).toContain(name);
  expect(merged).not.toMatch(/Họ và tên|DANH SÁCH/);
};

let smtp: TestServer;
beforeAll(async () => {
  smtp = await startServer({ requireAuth: true });
});
afterAll(async () => {
  await smtp?.close();
});

const CASES: Case[] = [
  // Help and version, in both languages, the language option before and after the command.
  { name: 'version', args: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\s*$/] },
  { name: 'version, --lang en before', args: ['--lang', 'en', '--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\s*$/] },
  { name: 'version, --lang en after', args: ['--version', '--lang', 'en'], code: 0, stdout: [/^\d+\.\d+\.\d+\s*$/] },
  { name: 'help in Vietnamese', args: ['--help'], code: 0, stdout: [/Cách dùng: plan/, /Lệnh:/] },
  { name: 'help in English, option after', args: ['--help', '--lang', 'en'], code: 0, stdout: [/Usage: plan/, /Commands:/] },
  { name: 'help in English, option before', args: ['--lang', 'en', '--help'], code: 0, stdout: [/Usage: plan/, /Commands:/] },
  { name: 'help in English, PLAN_LANG', args: ['--help'], env: { PLAN_LANG: 'en' }, code: 0, stdout: [/Usage: plan/] },
  { name: 'build help in Vietnamese', args: ['build', '--help'], code: 0, stdout: [/Cách dùng: plan build/, /--verbose/], notStdout: [/Lệnh:/] },
  { name: 'build help in English, --lang before the command', args: ['--lang', 'en', 'build', '--help'], code: 0, stdout: [/Usage: plan build/, /--pdf/, /--verbose/], notStdout: [/Commands:/] },
  { name: 'build help in English, --lang after the command', args: ['build', '--help', '--lang', 'en'], code: 0, stdout: [/Usage: plan build/, /--pdf/], notStdout: [/Commands:/] },
  { name: 'build help in English, --lang=en before the command', args: ['--lang=en', 'build', '--help'], code: 0, stdout: [/Usage: plan build/] },
  { name: 'an unknown language, before the command', args: ['--lang', 'fr', 'check'], code: 2, stderr: [/Ngôn ngữ không hợp lệ: fr/] },

  // plan init, and what it writes checking and building as the README says.
  {
    name: 'init, then check and build what it wrote',
    args: ['init', 'hoi-nghi-moi'],
    copy: ['templates', 'schema'],
    code: 0,
    files: ['plans/hoi-nghi-moi.yaml', 'plans/hoi-nghi-moi-khach-moi.csv'],
    stderr: [/plans\/hoi-nghi-moi\.yaml/],
    then: async (_r, dir) => {
      const check = await runBuilt(['check', 'plans/hoi-nghi-moi.yaml'], { cwd: dir });
      expect(check.code, check.stderr).toBe(0);
      const build = await runBuilt(['build', 'plans/hoi-nghi-moi.yaml', '--lang', 'en'], { cwd: dir });
      expect(build.code, build.stderr).toBe(0);
      expect(build.stderr).toMatch(/files written to out\/hoi-nghi-moi\//);
      expect(existsSync(join(dir, 'out/hoi-nghi-moi/ke-hoach.docx'))).toBe(true);
    },
  },
  { name: 'init never overwrites', args: ['init', 'hoi-nghi-giao-ban-2018'], copy: BASE, code: 2, stderr: [/hoi-nghi-giao-ban-2018\.yaml/] },

  // plan check, with --lang and --format on either side of the command.
  { name: 'check the example: clean, one line', args: ['check', EXAMPLE], copy: BASE, code: 0, stderr: [/^✔ Không có lỗi\n?$/] },
  { name: 'check the seed: its findings', args: ['check', SEED], copy: WITH_SEED, code: 0, stderr: [/cảnh báo/] },
  { name: 'check, --lang en before the command', args: ['--lang', 'en', 'check', SEED], copy: WITH_SEED, code: 0, stderr: [/\d+ warnings/], notStderr: [/cảnh báo|unknown option/] },
  { name: 'check, PLAN_LANG=en', args: ['check', SEED], env: { PLAN_LANG: 'en' }, copy: WITH_SEED, code: 0, stderr: [/\d+ warnings/] },
  ...(['before', 'after'] as const).map(
    (side): Case => ({
      name: `check --format json, the option ${side} the command`,
      args: side === 'before' ? ['--format', 'json', 'check', SEED] : ['check', SEED, '--format', 'json'],
      copy: WITH_SEED,
      code: 0,
      then: (r) => {
        const report = JSON.parse(r.stdout) as { file: string; ruleId: string; severity: string }[];
        expect(report.length).toBeGreaterThan(0);
        expect(report.every((d) => d.file === SEED && d.severity !== 'error')).toBe(true);
      },
    }),
  ),
  { name: 'check --format github before the command', args: ['--format', 'github', '--lang', 'en', 'check', SEED], copy: WITH_SEED, code: 0, stdout: [/^::warning file=tests\/fixtures\/seed\/hoi-nghi-giao-ban-2018\.yaml,line=\d+/m] },
  { name: 'check a missing file', args: ['check', 'plans/khong-co.yaml'], code: 2, stderr: [/khong-co\.yaml/] },
  // A usage or settings problem is about no file: it is said without a place, never under a file named "plan".
  { name: 'check with no plans/: a usage problem without a file', args: ['check', '--lang', 'en'], code: 2, stderr: [/^error {2}No plan files in plans\/.* {2}usage$/m], notStderr: [/^plans? /m] },
  { name: 'check with no plans/, github format', args: ['check', '--format', 'github'], code: 2, stdout: [/^::error title=usage::Không có tệp kế hoạch nào/m], notStdout: [/file=/] },
  { name: 'check with no plans/, json format', args: ['check', '--format', 'json'], code: 2, stdout: [/"file": null,/, /"messageId": "io\/no-plans"/] },
  { name: 'build --only with an unknown kind', args: ['build', EXAMPLE, '--only', 'nothing', '--lang', 'en'], copy: BASE, code: 2, stderr: [/^error {2}Invalid --only: nothing\./m], notStderr: [/^plan /m], absent: ['out'] },
  { name: 'send without a sender: a settings problem without a file', args: ['send', EXAMPLE, '--dry-run', '--lang', 'en'], copy: BASE, code: 2, stderr: [/^error {2}No sender address: write mail\.fromEmail .* {2}send\/config$/m], notStderr: [/hoi-nghi-giao-ban-2018\.yaml/] },

  // plan build: a summary, not a line per file; the files with --verbose and --json.
  {
    name: 'build the seed: a summary per kind of document, then the findings',
    args: ['build', SEED],
    copy: WITH_SEED,
    code: 0,
    files: EXAMPLE_FILES,
    stderr: [/^✔ Đã tạo 29 tệp trong out\/hoi-nghi-giao-ban-2018\/$/m, /^ {2}26 Giấy mời, mỗi khách mời một tệp: giay-moi\/$/m, /^ {2}1 Kế hoạch: ke-hoach\.docx$/m, /--verbose/],
    notStderr: [/✔ out\//],
    then: (r) => {
      // The findings come after the summary, so they are what the clerk sees last.
      expect(r.stderr.indexOf('Đã tạo 29 tệp')).toBeLessThan(r.stderr.indexOf('capitalisation/'));
      expect(r.stderr.split('\n').length).toBeLessThan(80);
    },
  },
  {
    name: 'build --verbose lists every file',
    args: ['build', EXAMPLE, '--verbose', '--lang', 'en'],
    copy: BASE,
    code: 0,
    stderr: [/^✔ out\/hoi-nghi-giao-ban-2018\/giay-moi\/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang\.docx$/m, /^✔ 29 files written to out\/hoi-nghi-giao-ban-2018\/$/m],
  },
  {
    name: 'build --json names every file',
    args: ['build', EXAMPLE, '--json'],
    copy: BASE,
    code: 0,
    notStderr: [/✔/],
    then: (r, dir) => {
      const manifest = JSON.parse(r.stdout) as { files: { kind: string; path: string; invitee?: string }[] };
      const count = (kind: string) => manifest.files.filter((f) => f.kind === kind).length;
      expect([count('plan'), count('invitation'), count('invitations'), count('distribution')]).toEqual([1, 26, 1, 1]);
      for (const f of manifest.files) expect(existsSync(join(dir, f.path)), f.path).toBe(true);
      expect(manifest.files.find((f) => f.kind === 'invitation')?.invitee).toBe('Hội đồng KH&CN Sở Nông nghiệp và Phát triển nông thôn');
    },
  },
  {
    name: 'build: a duplicate invitee is warned about once',
    args: ['build', DATA_PLAN],
    copy: BASE,
    setup: (dir) => writePlan(dir, (plan) => plan.invitations.invitees.push({ ...plan.invitations.invitees[1] })),
    code: 0,
    once: [/coherence\/duplicate-invitee/],
  },
  {
    name: 'build --pdf (the plan and the distribution list)',
    args: ['build', EXAMPLE, '--pdf', '--only', 'plan,distribution', '--lang', 'en'],
    copy: BASE,
    code: 0,
    files: [`${OUT}/ke-hoach.pdf`, `${OUT}/danh-sach-phat-hanh.pdf`],
    stderr: [/^ {2}2 PDFs, each beside the DOCX of the same name$/m],
    then: (_r, dir) => {
      expect(execFileSync('pdftotext', [join(dir, OUT, 'ke-hoach.pdf'), '-'], { encoding: 'utf8' })).toMatch(/KẾ HOẠCH/);
    },
  },

  // Invitees from a file: CSV as Excel writes it, a legacy encoding, XLSX in the shapes clerks keep.
  {
    name: 'build with a CSV as Excel writes it (BOM, semicolons, CRLF)',
    args: ['build', DATA_PLAN, '--lang', 'en'],
    copy: BASE,
    setup: (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.csv'), excelCsv());
      writeDataPlan(dir, 'khach-moi.csv');
    },
    code: 0,
    files: DATA_FILES,
    stderr: [/^ {2}3 invitation letters/m],
    then: (r, dir) => {
      threeInvitees(r, dir);
      expect(docxText(join(dir, DATA_OUT, 'danh-sach-phat-hanh.docx'))).toContain('Lê Văn Cường');
    },
  },
  {
    name: 'build with a CSV: a finding of the list is reported once, not once per document',
    args: ['build', DATA_PLAN, '--lang', 'en'],
    copy: BASE,
    setup: (dir) => {
      const withNote = excelCsv(
        [['1', 'Ông', 'Nguyễn Văn An', '', 'Sở Y tế', '', '', 'hoi-dong-so', 'gọi trước']],
        ['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Email', 'Địa chỉ', 'Nhóm', 'Ghi chú'],
      );
      writeFileSync(join(dir, 'plans/khach-moi.csv'), withNote);
      writeDataPlan(dir, 'khach-moi.csv');
    },
    code: 0,
    once: [/plans\/khach-moi\.csv:1:\d+ {2}warning {2}Unknown column “Ghi chú”/],
  },
  {
    name: 'invite --data with a CSV as Excel writes it',
    args: ['invite', EXAMPLE, '--data', 'khach-moi.csv'],
    copy: BASE,
    setup: (dir) => writeFileSync(join(dir, 'khach-moi.csv'), excelCsv()),
    code: 0,
    files: [`${OUT}/giay-moi/001-nguyen-van-an.docx`, `${OUT}/giay-moi-tat-ca.docx`],
    stderr: [/Đã tạo 3 Giấy mời/],
  },
  {
    name: 'invite --data with a CSV whose accents a legacy encoding already turned into ?',
    args: ['invite', EXAMPLE, '--data', 'khach-moi.csv'],
    copy: [...BASE, 'tests/fixtures/invitees'],
    setup: (dir) => writeFileSync(join(dir, 'khach-moi.csv'), readFileSync(join(dir, 'tests/fixtures/invitees/lost-accents.csv'))),
    code: 1,
    stderr: [/khach-moi\.csv:2:7 {2}lỗi {2}Chữ có dấu đã thành dấu «\?» \(Nguy\?n V\?n An; 2 ô như vậy\)/, /Lưu lại chính tệp này không lấy lại được chữ có dấu/],
  },
  {
    name: 'invite --data with a CSV in Windows-1258: a clear message, nothing written',
    args: ['invite', EXAMPLE, '--data', 'khach-moi.csv', '--lang', 'en'],
    copy: BASE,
    setup: (dir) => writeFileSync(join(dir, 'khach-moi.csv'), windows1258Csv()),
    code: 2,
    stderr: [/khach-moi\.csv/, /not UTF-8 .*legacy encoding.*save it again as CSV UTF-8/],
    absent: [OUT],
  },
  {
    name: 'check a plan whose list is a CSV in Windows-1258',
    args: ['check', DATA_PLAN],
    copy: BASE,
    setup: (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.csv'), windows1258Csv());
      writeDataPlan(dir, 'khach-moi.csv');
    },
    code: 2,
    stderr: [/khach-moi\.csv/, /UTF-8/],
  },
  {
    name: 'invite --data with an XLSX, first sheet',
    args: ['invite', DATA_PLAN, '--data', 'plans/khach-moi.xlsx'],
    copy: BASE,
    setup: async (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.xlsx'), await workbook());
      writeDataPlan(dir, 'khong-dung.csv');
    },
    code: 0,
    files: [`${DATA_OUT}/giay-moi/001-nguyen-van-an.docx`, `${DATA_OUT}/giay-moi-tat-ca.docx`],
    stderr: [/Đã tạo 3 Giấy mời/],
    notStderr: [/Lỗi nội bộ|dynamic import/],
    then: threeInvitees,
  },
  {
    name: 'invite --data with an XLSX, a named sheet after others (--sheet)',
    args: ['invite', EXAMPLE, '--data', 'khach-moi.xlsx', '--sheet', 'Khách mời', '--lang', 'en'],
    copy: BASE,
    setup: async (dir) => writeFileSync(join(dir, 'khach-moi.xlsx'), await workbook({ before: ['Hướng dẫn'], sheet: 'Khách mời' })),
    code: 0,
    stderr: [/3 letters written/],
    then: (_r, dir) => expect(letters(dir, OUT)).toEqual(['001-nguyen-van-an.docx', '002-tran-thi-binh.docx', '003-le-van-cuong.docx']),
  },
  {
    name: 'invite --data with an XLSX, a missing sheet named',
    args: ['invite', EXAMPLE, '--data', 'khach-moi.xlsx', '--sheet', 'Không có', '--lang', 'en'],
    copy: BASE,
    setup: async (dir) => writeFileSync(join(dir, 'khach-moi.xlsx'), await workbook({ sheet: 'Khách mời' })),
    code: 2,
    stderr: [/Không có/, /“Khách mời”/],
  },
  {
    name: 'check a plan whose list is an XLSX with a merged title row',
    args: ['check', DATA_PLAN],
    copy: BASE,
    setup: async (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.xlsx'), await workbook({ title: 'DANH SÁCH KHÁCH MỜI' }));
      writeDataPlan(dir, 'khach-moi.xlsx');
    },
    code: 0,
    notStderr: [/Lỗi nội bộ|dynamic import/],
  },
  {
    name: 'build a plan whose list is an XLSX with a merged title row',
    args: ['build', DATA_PLAN],
    copy: BASE,
    setup: async (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.xlsx'), await workbook({ title: 'DANH SÁCH KHÁCH MỜI' }));
      writeDataPlan(dir, 'khach-moi.xlsx');
    },
    code: 0,
    files: DATA_FILES,
    then: threeInvitees,
  },
  {
    name: 'build a plan naming its XLSX sheet (invitations.sheet)',
    args: ['build', DATA_PLAN, '--json'],
    copy: BASE,
    setup: async (dir) => {
      writeFileSync(join(dir, 'plans/khach-moi.xlsx'), await workbook({ before: ['Bìa'], sheet: 'Danh sách' }));
      writeDataPlan(dir, 'khach-moi.xlsx', 'Danh sách');
    },
    code: 0,
    then: (r, dir) => {
      expect((JSON.parse(r.stdout) as { files: { kind: string }[] }).files.filter((f) => f.kind === 'invitation')).toHaveLength(3);
      threeInvitees(r, dir);
    },
  },

  // plan invite: both kinds, one kind each.
  {
    name: 'invite --merged writes only the merged file',
    args: ['invite', EXAMPLE, '--merged', '--json'],
    copy: BASE,
    code: 0,
    files: [`${OUT}/giay-moi-tat-ca.docx`],
    absent: [`${OUT}/giay-moi`],
    then: (r) => expect((JSON.parse(r.stdout) as { files: { kind: string }[] }).files.map((f) => f.kind)).toEqual(['invitations']),
  },
  {
    name: 'invite --separate writes only the letters',
    args: ['invite', EXAMPLE, '--separate', '--json'],
    copy: BASE,
    code: 0,
    files: [`${OUT}/giay-moi/026-dai-phat-thanh-va-truyen-hinh-tinh-bac-giang.docx`],
    absent: [`${OUT}/giay-moi-tat-ca.docx`],
    then: (r) => {
      const files = (JSON.parse(r.stdout) as { files: { kind: string }[] }).files;
      expect(files).toHaveLength(26);
      expect(files.every((f) => f.kind === 'invitation')).toBe(true);
    },
  },
  { name: 'invite --merged --separate is a usage error', args: ['invite', EXAMPLE, '--merged', '--separate'], copy: BASE, code: 2, stderr: [/--merged|--separate/] },

  // plan send: a dry run, then a real SMTP server.
  {
    name: 'send --dry-run builds what is missing, writes .eml files, and says each finding once',
    args: ['send', DATA_PLAN, '--dry-run'],
    copy: BASE,
    setup: (dir) =>
      writePlan(dir, (plan) => {
        plan.invitations.invitees = [...INVITEES, { ...INVITEES[0] }];
        plan.recipients.electronic = ELECTRONIC;
      }),
    env: { PLAN_SMTP_FROM: 'vanthu@skhcn.example.vn' },
    code: 0,
    files: [`${DATA_OUT}/giay-moi/001-nguyen-van-an.docx`],
    once: [/coherence\/duplicate-invitee/, /^⚠ \d+ cảnh báo/m],
    then: (_r, dir) => {
      const eml = readdirSync(join(dir, DATA_OUT, 'thu-dien-tu')).filter((f) => f.endsWith('.eml'));
      expect(eml.length).toBe(6);
    },
  },
  {
    name: 'send --json to a real SMTP server',
    args: ['send', DATA_PLAN, '--json', '--lang', 'en'],
    copy: BASE,
    setup: (dir) =>
      writePlan(dir, (plan) => {
        plan.invitations.invitees = INVITEES;
        plan.recipients.electronic = ELECTRONIC;
        plan.mail = { fromEmail: 'vanthu@skhcn.example.vn', host: '127.0.0.1', secure: 'none', perMinute: 10000, retries: 0, retryDelay: 0 };
      }),
    env: () => ({ PLAN_SMTP_PORT: String(smtp.port), PLAN_SMTP_USER: USER, PLAN_SMTP_PASSWORD: PASSWORD }),
    code: 0,
    files: [`${DATA_OUT}/nhat-ky-gui.jsonl`],
    then: (r) => {
      const report = JSON.parse(r.stdout) as { sent: { to: string; result: string }[]; skipped: unknown[]; failed: unknown[] };
      const sentTo = report.sent.map((s) => s.to).sort();
      expect(sentTo).toEqual(['an@example.vn', 'binh@example.vn', 'cuong@example.vn', 'dung@example.vn', 'lanhdao@example.vn']);
      expect(report.sent.every((s) => s.result === 'accepted')).toBe(true);
      expect(report.failed).toEqual([]);
      for (const to of sentTo) expect(smtp.count(to)).toBeGreaterThanOrEqual(1);
      expect(r.stdout).not.toContain(PASSWORD);
    },
  },
  {
    name: 'check: a line partly pasted from a .VnTime document gets its TCVN3 words converted, and only those',
    args: ['check', 'plans/vntime.yaml'],
    copy: BASE,
    setup: (dir) => {
      const seed = readFileSync(join(dir, EXAMPLE), 'utf8');
      writeFileSync(join(dir, 'plans/vntime.yaml'), `${seed.trimEnd()}\nsections:\n  - id: them\n    heading: Nội dung thêm\n    items: ["Báo cáo tæng kÕt tháng 7 tại Hà Nội"]\n`);
    },
    code: 0,
    stderr: [/plans\/vntime\.yaml:\d+:\d+ .*Báo cáo tổng kết tháng 7 tại Hà Nội.*encoding\/legacy/],
  },
  {
    name: 'check: a comma inside a one-line list [ … ] is a warning at the cut, and --fix quotes the text',
    args: ['check', 'plans/flow.yaml'],
    copy: BASE,
    setup: (dir) => {
      const seed = readFileSync(join(dir, EXAMPLE), 'utf8');
      writeFileSync(join(dir, 'plans/flow.yaml'), `${seed.trimEnd()}\nsections:\n  - id: them\n    heading: Nội dung thêm\n    items: [Báo cáo kết quả các sở, ngành, Thảo luận]\n`);
    },
    code: 0,
    stderr: [/plans\/flow\.yaml:\d+:\d+ .*«Báo cáo kết quả các sở» .*«ngành».*yaml\/flow-comma/],
    then: async (_r, dir) => {
      const fixed = await runBuilt(['check', 'plans/flow.yaml', '--fix'], { cwd: dir });
      expect(fixed.code, fixed.stderr).toBe(0);
      expect(readFileSync(join(dir, 'plans/flow.yaml'), 'utf8')).toContain('items: ["Báo cáo kết quả các sở, ngành", Thảo luận]');
      expect(fixed.stderr).not.toMatch(/yaml\/flow-comma/);
    },
  },
];

const made: string[] = [];
/** Every DOCX the rows wrote but the letters past the first and last of a folder (one template fills them all). */
const written: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function collectDocx(dir: string): void {
  if (!existsSync(join(dir, 'out'))) return;
  const docx = filesBelow(join(dir, 'out')).filter((f) => f.endsWith('.docx'));
  const lettersOf = docx.filter((f) => /\/giay-moi\/\d+-/.test(f));
  const keep = new Set([...docx.filter((f) => !lettersOf.includes(f)), ...lettersOf.slice(0, 1), ...lettersOf.slice(-1)]);
  written.push(...[...keep].map((f) => join(dir, 'out', f)));
}

describe('the built program, row by row', () => {
  it.each(CASES)('$name', async (c) => {
    const cwd = project(c.copy ?? []);
    made.push(cwd);
    await c.setup?.(cwd);
    const r = await runBuilt(c.args, { cwd, env: typeof c.env === 'function' ? c.env() : c.env });
    const context = `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
    expect(r.code, context).toBe(c.code);
    expect(r.stdout + r.stderr, context).not.toMatch(STACK_TRACE);
    for (const f of c.files ?? []) expect(existsSync(join(cwd, f)), `${f} in ${filesBelow(cwd).join(', ')}`).toBe(true);
    for (const f of c.absent ?? []) expect(existsSync(join(cwd, f)), `${f} should not exist`).toBe(false);
    for (const re of c.stdout ?? []) expect(r.stdout, context).toMatch(re);
    for (const re of c.stderr ?? []) expect(r.stderr, context).toMatch(re);
    for (const re of c.notStdout ?? []) expect(r.stdout, context).not.toMatch(re);
    for (const re of c.notStderr ?? []) expect(r.stderr, context).not.toMatch(re);
    for (const re of c.once ?? []) expect(r.stderr.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`))?.length ?? 0, `${re} once\n${context}`).toBe(1);
    await c.then?.(r, cwd);
    collectDocx(cwd);
  });

  it('every kind of DOCX the rows wrote passes ooxml-validate', async () => {
    const kinds = { plan: /\/ke-hoach\.docx$/, letter: /\/giay-moi\/\d{3}-[^/]+\.docx$/, merged: /\/giay-moi-tat-ca\.docx$/, distribution: /\/danh-sach-phat-hanh\.docx$/ };
    for (const [kind, re] of Object.entries(kinds)) expect(written.some((f) => re.test(f)), kind).toBe(true);
    const verdict = await ooxmlValidate(written);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});

// The table must keep reaching every command.
it('has a row for every command', () => {
  for (const command of ['init', 'check', 'build', 'invite', 'send']) expect(CASES.some((c) => c.args.includes(command)), command).toBe(true);
  expect(CASES.some((c) => c.args.includes('send') && c.args.includes('--dry-run'))).toBe(true);
});
