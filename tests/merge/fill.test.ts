// The fast path (render once with sentinels, fill by splicing) against docx rendering the same letter itself.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/engine/check-plan.js';
import { LetterTemplate } from '../../src/merge/fill.js';
import { inviteeName } from '../../src/model/invitee.js';
import { oneLineText } from '../../src/text/one-line.js';
import { renderLetter } from '../../src/render/invitation/letter.js';
import { letterDate, planLetter, SENTINEL_VALUES, type LetterPlan } from '../../src/render/invitation/letter-plan.js';
import { defaultTemplatesDir } from '../../src/render/templates.js';
import type { PlanModel } from '../../src/model/plan.js';
import { findParagraph, openDocx } from '../helpers/docx.js';
import { SEED } from '../helpers/invite.js';
import { SEED_PLAN } from '../helpers/seed.js';

let model: PlanModel;
let plan: LetterPlan;
let template: LetterTemplate;

beforeAll(async () => {
  model = (await checkPlan(SEED)).model!;
  const letter = await planLetter(model, defaultTemplatesDir(), SEED);
  if (!letter.ok) throw new Error(JSON.stringify(letter.diagnostics));
  plan = letter.plan;
  template = new LetterTemplate(await renderLetter(plan, SENTINEL_VALUES), letterDate(plan));
});

const NAMES = [
  'Hội đồng KH&CN Sở Y tế',
  'Ông Nguyễn Văn A <Giám đốc> & "Bà" Trần Thị B\'s',
  'Đồng chí Lê Thị Ánh Nguyệt, Phó Chủ tịch UBND huyện Hiệp Hòa',
  ']]> <!-- &amp; --> <w:p/>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ — “ngoặc kép” ‘đơn’',
];

const part = (docx: Uint8Array, name: string) => strFromU8(unzipSync(docx)[name]!);

describe('a letter filled from the template', () => {
  it.each(NAMES)('equals the letter docx renders directly, byte for byte in every part: %s', async (name) => {
    const values = { recipient: oneLineText(name), number: '06' };
    const fast = template.fill(values);
    const direct = await renderLetter(plan, values);
    const a = unzipSync(fast);
    const b = unzipSync(direct);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(b)) expect(strFromU8(a[key]!), key).toBe(strFromU8(b[key]!));
    // And it parses, with the name as text.
    findParagraph(openDocx(fast).dom('word/document.xml'), `Sở Khoa học và Công nghệ trân trọng kính mời: ${values.recipient}`);
  });

  it('equals the direct rendering with per-invitee numbers too', async () => {
    const numbered: LetterPlan = { ...plan, invitations: { ...plan.invitations, numbering: 'per-invitee' } };
    const t = new LetterTemplate(await renderLetter(numbered, SENTINEL_VALUES), letterDate(numbered));
    expect(t.slots).toContain('number');
    const values = { recipient: 'Sở Tài chính', number: '123' };
    expect(part(t.fill(values), 'word/document.xml')).toBe(part(await renderLetter(numbered, values), 'word/document.xml'));
    expect(part(t.fill(values), 'word/document.xml')).toContain('Số: 123/GM-KHCN');
  });

  it('keeps the zip deterministic and readable by a standard unzipper', () => {
    const values = { recipient: 'Báo Bắc Giang', number: '06' };
    expect(Buffer.from(template.fill(values)).equals(Buffer.from(template.fill(values)))).toBe(true);
    expect(() => unzipSync(template.fill(values))).not.toThrow();
  });

  it('has exactly one recipient slot and no number slot in batch numbering', () => {
    expect(template.slots).toEqual(['recipient']);
  });
});

describe('values', () => {
  it('lose XML-forbidden characters and line breaks, and come out NFC', () => {
    expect(oneLineText('A\u0000B\u0008C\u000BD\u001FE\uFFFEF\uD800G')).toBe('ABCDEFG');
    expect(oneLineText('  Sở\tY tế\r\n tỉnh  ')).toBe('Sở Y tế tỉnh');
    expect(oneLineText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(oneLineText('😀')).toBe('😀');
  });

  it('make the recipient: salutation and name, title, organisation', () => {
    expect(inviteeName({ salutation: 'Ông', name: 'Nguyễn Văn An', title: 'Giám đốc', organization: 'Sở Y tế' })).toBe('Ông Nguyễn Văn An, Giám đốc, Sở Y tế');
    expect(inviteeName({ organization: 'Báo Bắc Giang' })).toBe('Báo Bắc Giang');
    expect(inviteeName({ name: 'Trần Thị Bình' })).toBe('Trần Thị Bình');
  });

});

describe('the merged file', () => {
  it('deflates to the same XML as joining the letters by hand', async () => {
    const names = ['A & B', 'C <D>', 'Đ'];
    const merged = await template.merged(names.map((n) => ({ recipient: n, number: '06' })), names.length);
    const xml = part(merged, 'word/document.xml');
    const one = part(template.fill({ recipient: 'A & B', number: '06' }), 'word/document.xml');
    expect(xml.startsWith(one.slice(0, one.indexOf('<w:body>') + 8))).toBe(true);
    expect(xml.split('<w:sectPr').length - 1).toBe(3);
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('C &lt;D&gt;');
    expect(() => openDocx(merged).dom('word/document.xml')).not.toThrow();
  });

  it('refuses an empty batch', async () => {
    await expect(template.merged([], 0)).rejects.toThrow(RangeError);
  });
});


describe('the reserved character', () => {
  it('is reported as a problem of the plan, not an internal error', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'plan-reserved-'));
    const seed = readFileSync(SEED_PLAN, 'utf8');
    writeFileSync(join(dir, 'p.yaml'), seed.replace('  chair: Lãnh đạo Sở Khoa học và Công nghệ', '  chair: "Lãnh đạo Sở \uE000RECIPIENT\uE001"'));
    const run = await runCli(['invite', join(dir, 'p.yaml'), '--out', dir, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('U+E000');
    expect(run.stderr).not.toContain('Internal error');
  });
});
