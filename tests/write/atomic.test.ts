import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/write/atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const temps = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes a new file, creating the folders on the way', async () => {
    const target = join(dir, 'a', 'b', 'ke-hoach.docx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(temps(join(dir, 'a', 'b'))).toEqual([]);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'mới');
    expect(readFileSync(target, 'utf8')).toBe('mới');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('fails without harm when a folder is in the way of the target', async () => {
    const target = join(dir, 'out.docx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(temps(dir)).toEqual([]);
  });

  // Root ignores permissions, so this one cannot fail there.
  it.skipIf(process.getuid?.() === 0)('leaves the earlier file intact when the folder cannot be written', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'good');
    chmodSync(dir, 0o555);
    await expect(writeFileAtomic(target, 'bad')).rejects.toThrow(/EACCES|EPERM/);
    chmodSync(dir, 0o755);
    expect(readFileSync(target, 'utf8')).toBe('good');
    expect(temps(dir)).toEqual([]);
  });

  it('removes its temporary file when the data cannot be written', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'good');
    // A data argument that fails inside writeFile, after the temporary file was created.
    const bad = { length: 1 } as unknown as Uint8Array;
    await expect(writeFileAtomic(target, bad)).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('good');
    expect(temps(dir)).toEqual([]);
  });

  it('keeps concurrent writers to one target from corrupting it', async () => {
    const target = join(dir, 'out.txt');
    const payloads = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(payloads.map((p) => writeFileAtomic(target, p)));
    expect(payloads).toContain(readFileSync(target, 'utf8'));
    expect(temps(dir)).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});
