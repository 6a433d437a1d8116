import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicBatch, failedTarget, writeFileAtomic, writeNewFileAtomic } from '../../src/write/atomic.js';
import { hookWriteFs, writeFs } from '../../src/write/temps.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
let unhook = () => {};
afterEach(() => {
  unhook();
  unhook = () => {};
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const temps = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('writeNewFileAtomic', () => {
  it('creates a file, with its folders, and leaves no temporary file', async () => {
    const target = join(dir, 'plans', 'ke-hoach.yaml');
    await writeNewFileAtomic(target, 'a: 1\n');
    expect(readFileSync(target, 'utf8')).toBe('a: 1\n');
    expect(readdirSync(join(dir, 'plans'))).toEqual(['ke-hoach.yaml']);
  });

  it('never replaces a file: EEXIST naming the target, the old file as it was, no temporary file', async () => {
    const target = join(dir, 'ke-hoach.yaml');
    writeFileSync(target, 'old');
    const error = await writeNewFileAtomic(target, 'new').catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(failedTarget(error)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['ke-hoach.yaml']);
  });

  it('removes temporary files a killed run left beside it (they are of the sweepable kind)', async () => {
    writeFileSync(join(dir, '.ke-hoach.yaml.999999999.0123456789ab.tmp'), 'left');
    await writeNewFileAtomic(join(dir, 'ke-hoach.yaml'), 'new');
    expect(readdirSync(dir)).toEqual(['ke-hoach.yaml']);
  });
});

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

  // Root ignores permissions, and CI runs as root: the refusal is the file system's answer, injected where the writer
  // opens its temporary file (tests/e2e/write-errors.test.ts has the real one, run as an ordinary user).
  it('leaves the earlier file intact when the folder cannot be written', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'good');
    const writeNew = writeFs.writeNew;
    unhook = hookWriteFs({
      writeNew: async (path, data) => {
        if (path.startsWith(dir)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', syscall: 'open', path });
        return writeNew(path, data);
      },
    });
    await expect(writeFileAtomic(target, 'bad')).rejects.toThrow(/EACCES/);
    unhook();
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

describe('AtomicBatch', () => {
  it('writes nothing visible until commit, then every file at once, creating folders on the way', async () => {
    const batch = new AtomicBatch();
    const targets = Array.from({ length: 30 }, (_, i) => join(dir, 'giay-moi', `${String(i).padStart(3, '0')}.docx`));
    await Promise.all(targets.map((t, i) => batch.write(t, `thư ${i}`)));
    expect(readdirSync(join(dir, 'giay-moi')).filter((f) => !f.endsWith('.tmp'))).toEqual([]);
    expect(temps(join(dir, 'giay-moi'))).toHaveLength(30);
    await batch.commit();
    targets.forEach((t, i) => expect(readFileSync(t, 'utf8')).toBe(`thư ${i}`));
    expect(temps(join(dir, 'giay-moi'))).toEqual([]);
  });

  it('replaces existing files and leaves them as they were on abort', async () => {
    const kept = join(dir, 'a.docx');
    writeFileSync(kept, 'old');
    const batch = new AtomicBatch();
    await batch.write(kept, 'new');
    await batch.write(join(dir, 'b.docx'), 'b');
    await batch.abort();
    expect(readFileSync(kept, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.docx']);

    const again = new AtomicBatch();
    await again.write(kept, 'new');
    await again.commit();
    expect(readFileSync(kept, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('abort waits for writes still running, so no temporary file is left behind', async () => {
    const batch = new AtomicBatch();
    const writes = Array.from({ length: 20 }, (_, i) => batch.write(join(dir, `${i}.docx`), 'x'.repeat(50_000)));
    await batch.abort();
    await Promise.allSettled(writes);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed write removes its temporary file; the others can still be aborted cleanly', async () => {
    const batch = new AtomicBatch();
    await batch.write(join(dir, 'ok.docx'), 'ok');
    await expect(batch.write(join(dir, 'bad.docx'), { length: 1 } as unknown as Uint8Array)).rejects.toThrow();
    expect(temps(dir)).toHaveLength(1);
    await batch.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed rename names its target and changes no target: replaced ones get their old file back, new ones go', async () => {
    const blocked = join(dir, 'b.docx');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'keep.txt'), 'keep');
    writeFileSync(join(dir, 'a.docx'), 'old a');
    writeFileSync(join(dir, 'c.docx'), 'old c');
    const batch = new AtomicBatch();
    await batch.write(join(dir, 'a.docx'), 'new a');
    await batch.write(join(dir, 'new.docx'), 'new');
    await batch.write(blocked, 'new b');
    await batch.write(join(dir, 'c.docx'), 'new c');
    const error = await batch.commit().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(failedTarget(error)).toBe(blocked);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('old a');
    expect(existsSync(join(dir, 'new.docx'))).toBe(false);
    expect(readFileSync(join(blocked, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readFileSync(join(dir, 'c.docx'), 'utf8')).toBe('old c');
    expect(temps(dir)).toEqual([]);
  });

  it('a failed commit removes a new target only while it holds the file the batch put there', async () => {
    // new.docx did not exist when the folder was listed; after the batch renamed its file there, another program
    // put its own file in its place. The rename after it fails: the batch takes its own files back, not theirs.
    const blocked = join(dir, 'b.docx');
    mkdirSync(blocked);
    const batch = new AtomicBatch();
    await batch.write(join(dir, 'mine.docx'), 'mine');
    await batch.write(join(dir, 'new.docx'), 'ours');
    await batch.write(blocked, 'new b');
    const renameSync = writeFs.renameSync;
    unhook = hookWriteFs({
      renameSync: (from, to) => {
        if (to === blocked) {
          writeFileSync(join(dir, 'theirs.partial'), 'theirs');
          renameSync(join(dir, 'theirs.partial'), join(dir, 'new.docx'));
        }
        renameSync(from, to);
      },
    });
    await expect(batch.commit()).rejects.toThrow();
    expect(readFileSync(join(dir, 'new.docx'), 'utf8')).toBe('theirs');
    expect(existsSync(join(dir, 'mine.docx'))).toBe(false);
    expect(temps(dir)).toEqual([]);
  });

  it('flushes each temporary file as it writes it, all before any target is touched, few at once', async () => {
    const real = { writeNew: writeFs.writeNew, renameSync: writeFs.renameSync };
    const events: string[] = [];
    const opened: string[] = [];
    let open = 0;
    let mostOpen = 0;
    unhook = hookWriteFs({
      writeNew: async (path, data) => {
        opened.push(path);
        mostOpen = Math.max(mostOpen, ++open);
        try {
          return await real.writeNew(path, data);
        } finally {
          events.push(`sync ${path}`);
          open--;
        }
      },
      renameSync: (from, to) => {
        if (from.endsWith('.tmp')) events.push(`place ${from}`);
        real.renameSync(from, to);
      },
    });
    const targets = Array.from({ length: 100 }, (_, i) => join(dir, `${String(i).padStart(3, '0')}.docx`));
    targets.filter((_, i) => i % 2 === 0).forEach((t) => writeFileSync(t, 'old'));
    const batch = new AtomicBatch();
    await Promise.all(targets.map((t, i) => batch.write(t, `thư ${i}`)));
    await batch.commit();
    targets.forEach((t, i) => expect(readFileSync(t, 'utf8')).toBe(`thư ${i}`));
    expect(readdirSync(dir)).toHaveLength(100);
    // One write (with its flush) per temporary file, never more than a few at once.
    expect(opened).toHaveLength(100);
    expect(new Set(opened).size).toBe(100);
    expect(mostOpen).toBeGreaterThan(1);
    expect(mostOpen).toBeLessThanOrEqual(64);
    const firstPlaced = events.findIndex((e) => e.startsWith('place '));
    expect(events.slice(0, firstPlaced).sort()).toEqual(opened.map((p) => `sync ${p}`).sort());
    expect(events.slice(firstPlaced).every((e) => e.startsWith('place '))).toBe(true);
  });

  it('abort stops the writes still waiting for their turn: they create nothing', async () => {
    const batch = new AtomicBatch();
    const writes = Array.from({ length: 200 }, (_, i) => batch.write(join(dir, `${i}.docx`), 'x'.repeat(1000)));
    await batch.abort();
    const settled = await Promise.allSettled(writes);
    expect(settled.some((s) => s.status === 'rejected' && /aborted/.test(String(s.reason)))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to be used after commit', async () => {
    const batch = new AtomicBatch();
    await batch.write(join(dir, 'a.docx'), 'a');
    await batch.commit();
    await expect(batch.write(join(dir, 'b.docx'), 'b')).rejects.toThrow(/after commit/);
    await expect(batch.commit()).rejects.toThrow(/twice/);
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });

  it('refuses to commit while writes are still running, and cleans up', async () => {
    const batch = new AtomicBatch();
    const write = batch.write(join(dir, 'a.docx'), 'a');
    await expect(batch.commit()).rejects.toThrow(/still running/);
    await write.catch(() => undefined);
    expect(readdirSync(dir)).toEqual([]);
  });
});
