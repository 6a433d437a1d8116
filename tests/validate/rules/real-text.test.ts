// The rules of issue 14 item 8 over every real document the corpus helper transcribed (tests/fixtures/real/sources,
// each file naming its source address): what fires must be what a clerk would want told, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildModel, type PlanSource } from '../../../src/model/plan.js';
import { parsePlanYaml } from '../../../src/load/yaml.js';
import { capitalisationTitleCase } from '../../../src/validate/rules/capitalisation/title-case.js';
import { capitalisationUnitType } from '../../../src/validate/rules/capitalisation/unit-type.js';
import { citationFormat } from '../../../src/validate/rules/citation/format.js';
import { citationReference } from '../../../src/validate/rules/citation/reference.js';
import { encodingLegacy } from '../../../src/validate/rules/encoding/legacy.js';
import type { Rule } from '../../../src/validate/rules/index.js';
import { SEED } from './helpers.js';

const DIR = 'tests/fixtures/real/sources';
const model = buildModel(parsePlanYaml('plan.yaml', SEED).data as PlanSource);

/** The transcribed prose of each source: between the front matter and the encoder's notes, as NFC (as plans are read). */
const SOURCES = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((file) => {
    const text = readFileSync(join(DIR, file), 'utf8').normalize('NFC');
    const body = text.split(/^---$/mu).slice(2).join('---').split(/^## Notes/mu)[0]!;
    return { file, lines: body.split('\n').filter((l) => l.trim() !== '') };
  });

/** What one rule finds in every source, as "file: found". */
function fired(rule: Rule, describe: (params: Record<string, unknown>) => unknown = (p) => p.found ?? p.reference): string[] {
  return SOURCES.flatMap(({ file, lines }) =>
    rule.check({ model, data: { content: { items: lines } } }).map((f) => `${file.replace(/\.md$/u, '')}: ${String(describe(f.params ?? {}))}`),
  );
}

describe('the rules over the real corpus sources', () => {
  test('there are sources to read', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(12);
  });

  test('citation/format stops the build on none of them (real "&", Party, multi-segment and suffixed numbers)', () => {
    expect(fired(citationFormat)).toEqual([]);
  });

  test('citation/reference warns only where the number itself is not written the usual way', () => {
    expect(fired(citationReference).sort()).toEqual([
      // "Nghị quyết số 35/NQ – CP": spaces and an en dash inside the ký hiệu.
      'conference-ubnd-tinh-hai-duong-2018: 35/NQ',
      // "Quyết định số 26/2003/QĐ–BGDĐT": an en dash for the hyphen.
      'contest-so-gddt-binh-duong-2012: 26/2003/QĐ–BGDĐT',
      // "Kế hoạch số 12 KH/TĐTN-BTG": no hyphen after the number.
      'contest-thanh-doan-ha-noi-2018: 12',
      // "Kế hoạch số 976 - KH/BDVTW": spaces around the hyphen.
      'meeting-ban-dan-van-tw-2017: 976',
    ]);
  });

  test('encoding/legacy fires on the Dân Lực plan’s "ngµy" and nowhere else', () => {
    expect(fired(encodingLegacy, (p) => String(p.converted).match(/ngày \d+\/\d+\/\d+/u)?.[0])).toEqual([
      'ceremony-ubnd-xa-dan-luc-2019: ngày 23/01/2015',
    ]);
  });

  test('capitalisation/title-case fires on the Hải Dương Giấy mời’s "Chủ Tịch Quốc Hội" and nowhere else', () => {
    const found = fired(capitalisationTitleCase);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.startsWith('giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018: '))).toBe(true);
    // "Chủ Tịch Quốc Hội Nước Cộng hòa …" (the run reaches "Nước Cộng"), and "Văn phòng Quốc Hội".
    expect(found).toEqual([
      'giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018: Chủ Tịch Quốc Hội Nước Cộng',
      'giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018: Quốc Hội',
    ]);
  });

  test('capitalisation/unit-type leaves "Ủy ban MTTQ" and "Tiểu ban KHXH" alone', () => {
    expect(fired(capitalisationUnitType)).toEqual([
      // "Liên đội trường TH Tân Hoà": the school's name wants "Trường".
      'contest-lien-doi-truong-th-tan-hoa-2010: trường TH',
      'contest-lien-doi-truong-th-tan-hoa-2010: trường TH',
    ]);
  });
});
