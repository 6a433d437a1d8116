import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages/invitees.js';
import { ROOT } from '../../helpers/seed.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z0-9_.-]+)\}/g)].map((m) => m[1]))].sort();

async function emittedIds(): Promise<Set<string>> {
  const folder = join(ROOT, 'src', 'load', 'invitees');
  const ids = new Set<string>();
  for (const name of await readdir(folder)) {
    const source = await readFile(join(folder, name), 'utf8');
    for (const m of source.matchAll(/'(invitees\/[a-z0-9-]+)'/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('invitee messages', () => {
  it('has a text for every message id the loader can emit, and no unused ones', async () => {
    const emitted = await emittedIds();
    expect(emitted.size).toBeGreaterThan(20);
    expect([...emitted].filter((id) => !(id in messages))).toEqual([]);
    expect(Object.keys(messages).filter((id) => !emitted.has(id))).toEqual([]);
  });

  it('uses the same placeholders in Vietnamese and English, and Vietnamese with diacritics', () => {
    for (const [id, { vi, en }] of Object.entries(messages)) {
      expect(placeholders(vi), id).toEqual(placeholders(en));
      expect(vi, id).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
      expect(vi.normalize('NFC'), id).toBe(vi);
      expect(id).toMatch(/^invitees\/[a-z0-9-]+$/);
    }
  });
});
