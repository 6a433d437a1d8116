import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/engine/check-plan.js';
import { checkBytes, expectGuarantees, SEED, tempDir } from '../helpers/robustness.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Windows-1258 as Word/Notepad wrote it: base letters (with breve, circumflex, horn) plus a combining tone byte. */
function toWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = table.get(char);
    if (direct !== undefined && !(char.normalize('NFD').length > 1 && [...char.normalize('NFD')].some((c) => TONES.has(c)))) {
      out.push(direct);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const base = parts.filter((c) => !TONES.has(c)).join('').normalize('NFC');
    const tone = parts.find((c) => TONES.has(c));
    const b = table.get(base);
    if (b === undefined) throw new Error(`no Windows-1258 byte for ${base}`);
    out.push(b);
    if (tone) out.push(table.get(tone)!);
  }
  return Uint8Array.from(out);
}

/** TCVN3 (ABC): one byte per precomposed lower-case letter; enough of the table for the sample text. */
const TCVN3: Record<string, number> = {
  'ă': 0xa8, 'â': 0xa9, 'ê': 0xaa, 'ô': 0xab, 'ơ': 0xac, 'ư': 0xad, 'đ': 0xae,
  'à': 0xb5, 'ả': 0xb6, 'ã': 0xb7, 'á': 0xb8, 'ạ': 0xb9,
  'ằ': 0xbb, 'ẳ': 0xbc, 'ẵ': 0xbd, 'ắ': 0xbe, 'ặ': 0xc6,
  'ầ': 0xc7, 'ẩ': 0xc8, 'ẫ': 0xc9, 'ấ': 0xca, 'ậ': 0xcb,
  'è': 0xcc, 'ẻ': 0xce, 'ẽ': 0xcf, 'é': 0xd0, 'ẹ': 0xd1,
  'ề': 0xd2, 'ể': 0xd3, 'ễ': 0xd4, 'ế': 0xd5, 'ệ': 0xd6,
  'ì': 0xd7, 'ỉ': 0xd8, 'ĩ': 0xdc, 'í': 0xdd, 'ị': 0xde,
  'ò': 0xdf, 'ỏ': 0xe1, 'õ': 0xe2, 'ó': 0xe3, 'ọ': 0xe4,
  'ồ': 0xe5, 'ổ': 0xe6, 'ỗ': 0xe7, 'ố': 0xe8, 'ộ': 0xe9,
  'ờ': 0xea, 'ở': 0xeb, 'ỡ': 0xec, 'ớ': 0xed, 'ợ': 0xee,
  'ù': 0xef, 'ủ': 0xf1, 'ũ': 0xf2, 'ú': 0xf3, 'ụ': 0xf4,
  'ừ': 0xf5, 'ử': 0xf6, 'ữ': 0xf7, 'ứ': 0xf8, 'ự': 0xf9,
  'ỳ': 0xfa, 'ỷ': 0xfb, 'ỹ': 0xfc, 'ý': 0xfd, 'ỵ': 0xfe,
};
function toTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (TCVN3[char] !== undefined) out.push(TCVN3[char]);
    // TCVN3 has upper-case letters only in a separate font (.VnTimeH): old files wrote them lower case.
    else if (TCVN3[char.toLowerCase()] !== undefined) out.push(TCVN3[char.toLowerCase()]!);
    else throw new Error(`no TCVN3 byte for ${char}`);
  }
  return Uint8Array.from(out);
}

/** The first 40 lines of the seed: issuer, document, purpose and content, Vietnamese throughout. */
const SAMPLE = SEED.split('\n').slice(0, 40).join('\n') + '\n';

describe('legacy Vietnamese encodings', () => {
  it('names a Windows-1258 plan, with a hint to save as UTF-8 (exit 2)', async () => {
    const bytes = toWindows1258(SAMPLE);
    const run = await checkBytes('cu.yaml', bytes);
    expectGuarantees(run, 'cu.yaml', bytes);
    expect(run.code).toBe(2);
    expect(run.diagnostics).toEqual([expect.objectContaining({ file: 'cu.yaml', messageId: 'io/encoding-legacy', params: { encoding: 'Windows-1258' } })]);
    expect(run.diagnostics[0]!.message).toContain('UTF-8');
  });

  it('names a TCVN3 (ABC) plan, with a hint to save as UTF-8 (exit 2)', async () => {
    const bytes = toTcvn3(SAMPLE);
    const run = await checkBytes('abc.yaml', bytes);
    expectGuarantees(run, 'abc.yaml', bytes);
    expect(run.code).toBe(2);
    expect(run.diagnostics).toEqual([expect.objectContaining({ file: 'abc.yaml', messageId: 'io/encoding-legacy', params: { encoding: 'TCVN3 (ABC)' } })]);
    expect(run.diagnostics[0]!.message).toContain('UTF-8');
  });

  it('says so in Vietnamese too', async () => {
    const bytes = toTcvn3(SAMPLE);
    const run = await checkBytes('abc.yaml', bytes, 'vi');
    expect(run.code).toBe(2);
    expect(run.diagnostics[0]!.message).toContain('TCVN3');
    expect(run.diagnostics[0]!.message).toContain('UTF-8');
  });

  it.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()])],
  ])('names %s with a BOM, with a hint to save as UTF-8 (exit 2)', async (encoding, bytes) => {
    const run = await checkBytes('u16.yaml', bytes);
    expectGuarantees(run, 'u16.yaml', bytes);
    expect(run.code).toBe(2);
    expect(run.diagnostics).toEqual([expect.objectContaining({ messageId: 'io/encoding-utf16', params: { encoding } })]);
    expect(run.diagnostics[0]!.message).toContain('UTF-8');
  });

  it('names UTF-16 LE without a BOM as binary rather than misreading it (exit 2)', async () => {
    const bytes = Buffer.from(SAMPLE, 'utf16le');
    const run = await checkBytes('u16.yaml', bytes);
    expectGuarantees(run, 'u16.yaml', bytes);
    expect(run.code).toBe(2);
  });
});

describe('what Windows editors save', () => {
  it('accepts UTF-8 with a BOM and CRLF line ends, positions unchanged', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED.replace(/\n/g, '\r\n'))]);
    const run = await checkBytes('win.yaml', crlf);
    expectGuarantees(run, 'win.yaml', crlf);
    expect(run.code).toBe(0);
    const plain = await checkBytes('win.yaml', SEED);
    expect(run.diagnostics.map((d) => [d.line, d.column, d.ruleId])).toEqual(plain.diagnostics.map((d) => [d.line, d.column, d.ruleId]));
  });

  it('normalises NFD text to NFC in the model (issuer.place "Bắc Giang")', async () => {
    const nfd = 'Bắc Giang'.normalize('NFD');
    expect(nfd).not.toBe('Bắc Giang'.normalize('NFC'));
    const cwd = tempDir();
    const file = join(cwd, 'nfd.yaml');
    writeFileSync(file, SEED.replace('  place: Bắc Giang', `  place: ${nfd}`).replace('  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ', `  name: ${'SỞ KHOA HỌC VÀ CÔNG NGHỆ'.normalize('NFD')}`));
    const check = await checkPlan(file);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.model).toBeDefined();
    const model = check.model as unknown as { issuer: { place: string; name: string } };
    expect(model.issuer.place).toBe('Bắc Giang'.normalize('NFC'));
    expect(model.issuer.name).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ'.normalize('NFC'));
    // Nothing in the model keeps a decomposed letter.
    expect(JSON.stringify(check.model)).toBe(JSON.stringify(check.model).normalize('NFC'));
  });
});
