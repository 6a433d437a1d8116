import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/engine/check-plan.js';
import { SEED_MARKDOWN, SEED_PLAN } from '../helpers/seed.js';

// SEED_MARKDOWN is a copy of shared/seed, so the repository tests itself wherever it is cloned.
const SEED_MD = SEED_MARKDOWN;
const PLAN = SEED_PLAN;

/** The seed's evident typos, fixed in the example (the issue asks for it). */
const TYPO_FIXES: [string, string][] = [
  ['KKH&CN', 'KH&CN'],
  ['Hội đồng KH&CN các sở, ngành,', 'Hội đồng KH&CN các sở, ngành;'],
  ['UBND các huyện thành phố', 'UBND các huyện, thành phố'],
];

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').replace(/(\.\/\.|[;.,])+$/, '').trim();

function seedLines(): string[] {
  const md = readFileSync(SEED_MD, 'utf8').normalize('NFC');
  return md
    .split('\n')
    .map((line) => line.replace(/\*\*|\*|^#+ /g, '').trim())
    .filter((line) => line.startsWith('- ') || /^\d\. [^:]+: /.test(line))
    .map((line) => line.replace(/^- /, '').replace(/^\d\. [^:]+: /, ''))
    .map((line) => TYPO_FIXES.reduce((text, [from, to]) => text.replaceAll(from, to), line))
    .map(squash);
}

function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('\n');
  return '';
}

describe('the example plan carries every fact of the seed', async () => {
  const check = await checkPlan(PLAN);
  const model = check.model!;
  const haystack = squash(allText(model).replace(/\n/g, ' | '));

  it('passes the checker', () => {
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
  });

  it.each(seedLines())('keeps the seed line «%s»', (line) => {
    // Lưu and list items are split into fields; everything else must be there word for word.
    if (line.startsWith('Lưu:')) {
      expect(model.recipients.archive.join(', ')).toBe(line.replace('Lưu: ', ''));
      return;
    }
    // Time and venue are structured fields; the rendered plan puts the sentence back together (tests/render/plan).
    if (line.startsWith('01 ngày, 31/7/2018')) {
      expect([model.time.duration, model.time.from, model.time.note]).toEqual(['01 ngày', { year: 2018, month: 7, day: 31 }, '(có Giấy mời kèm theo)']);
      return;
    }
    if (line.includes('; địa chỉ: ')) {
      expect(`${model.venue!.name}; địa chỉ: ${model.venue!.address}`).toBe(line);
      return;
    }
    const members = line.split(': ');
    if (members.length === 2 && model.attendees.some((g) => g.members.length > 0 && line.startsWith(g.text))) {
      const group = model.attendees.find((g) => line.startsWith(g.text))!;
      expect(`${group.text}: ${group.members.join('; ')}`).toBe(line);
      return;
    }
    expect(haystack).toContain(line.replace(/ \(có Giấy mời kèm theo\)$/, ''));
  });

  it('keeps the header facts, time, venue and signer', () => {
    expect(model.document.title).toBe('Tổ chức Hội nghị giao ban hoạt động KH&CN cấp cơ sở năm 2018');
    expect(model.time.from).toEqual({ year: 2018, month: 7, day: 31 });
    expect(model.time.duration).toBe('01 ngày');
    expect(model.time.note).toBe('(có Giấy mời kèm theo)');
    expect(model.venue!.name).toBe('Hội trường tầng 5, Sở Khoa học và Công nghệ');
    expect(model.venue!.address).toBe('Lô 10, đường Lý Tự Trọng, thành phố Bắc Giang');
    expect(model.signer.name).toBe('Nguyễn Phúc Thương');
    expect(model.signer.authorityLines).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(model.recipients.electronic).toHaveLength(6);
    expect(model.invitations!.invitees.length).toBeGreaterThanOrEqual(20);
  });
});
