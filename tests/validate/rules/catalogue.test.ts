import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../../src/i18n/index.js';
import { RULE_DESCRIPTIONS } from '../../../src/i18n/messages/rule-descriptions.js';
import { messages as ruleMessages } from '../../../src/i18n/messages/rules.js';
import { RULES, ruleCatalogue } from '../../../src/validate/rules/index.js';

const RULE_DIR = 'src/validate/rules';
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the rule catalogue', () => {
  test('lists every rule with id, severity and description in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const catalogue = ruleCatalogue(lang);
      expect(catalogue.map((e) => e.id)).toEqual(RULES.map((r) => r.id));
      for (const entry of catalogue) {
        expect(['error', 'warning', 'info']).toContain(entry.severity);
        expect(entry.description.trim().length, entry.id).toBeGreaterThan(20);
      }
    }
    expect(ruleCatalogue('vi')[0]!.description).not.toBe(ruleCatalogue('en')[0]!.description);
  });

  test('describes exactly the rules there are: none missing, none left over', () => {
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  test('ids are unique, namespaced, and each rule lives in src/validate/rules/<id>.ts', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(readFileSync(join(RULE_DIR, `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
    }
  });

  test('rules whose source is the decree cite it', () => {
    const cited = ruleCatalogue('vi').filter((e) => e.citation);
    for (const e of cited) expect(e.citation).toMatch(/^Nghị định 30\/2020\/NĐ-CP, Phụ lục (I|II|III)\b/);
    expect(cited.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'citation/format',
        'signer/authority',
        'signer/name',
        'lists/punctuation',
        'lists/archive-in-list',
        'lists/archive',
        'capitalisation/unit-type',
        'capitalisation/after-semicolon',
      ]),
    );
  });

  test('a plan’s rules block shows in the catalogue, off included', () => {
    const catalogue = ruleCatalogue('en', { 'abbreviations/variant': 'off', 'capitalisation/after-semicolon': 'error' });
    expect(catalogue.find((e) => e.id === 'abbreviations/variant')!.severity).toBe('off');
    expect(catalogue.find((e) => e.id === 'capitalisation/after-semicolon')!.severity).toBe('error');
  });

  test('every message id a rule uses is in the rules table, in both languages', () => {
    const used = new Set<string>();
    for (const file of sources(RULE_DIR)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/messageId:\s*(?:[^'\n]*\?\s*)?'([^']+)'(?:\s*:\s*'([^']+)')?/g)) {
        used.add(m[1]!);
        if (m[2]) used.add(m[2]);
      }
    }
    expect(used.size).toBeGreaterThan(30);
    for (const id of used) {
      expect(Object.hasOwn(ruleMessages, id), id).toBe(true);
      expect(Object.hasOwn(MESSAGES, id), id).toBe(true);
    }
  });
});
