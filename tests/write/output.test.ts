// Output that cannot be written: a file in the way, a folder that cannot exist, a full disk, a document held open by
// Word. Each run must fail with a message naming the file and exit 2, and leave every earlier document byte-identical
// and no temporary file behind. A full disk and Word's lock on Windows cannot be produced on a Linux test machine
// running as root, so they are injected through the file-system seam of src/write (hookWriteFs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicBatch } from '../../src/write/atomic.js';
import { hookWriteFs, removeTrackedTemps, trackedTemps, writeFs } from '../../src/write/temps.js';
import { filesUnder, runCli, SEED, STACK_TRACE, tempDir } from '../helpers/robustness.js';

/** The seed with other numbers: every document of a second build differs from the first. */
const CHANGED = SEED.replace('number: "05"', 'number: "15"').replace('number: "06"', 'number: "16"');

let unhook = () => {};
afterEach(() => {
  unhook();
  unhook = () => {};
});

type Snapshot = Map<string, string>;
/** Every file under `dir` with its bytes (as base64, so toEqual prints something readable on failure). */
const snapshot = (dir: string, skip: (f: string) => boolean = () => false): Snapshot =>
  new Map(filesUnder(dir).filter((f) => !skip(f)).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
const temps = (dir: string): string[] => filesUnder(dir).filter((f) => /\.tmp$/.test(f) || /(^|\/)\.pdf-/.test(f));

/** A first good build of the seed into `out/`, then the plan changed: the next build would replace every document. */
async function builtOnce(): Promise<{ cwd: string; out: string; before: Snapshot }> {
  const cwd = tempDir('plan-output-');
  writeFileSync(join(cwd, 'plan.yaml'), SEED);
  const first = await runCli(['build', 'plan.yaml', '--out', 'out', '--lang', 'en'], { cwd });
  expect(first.code, first.stderr).toBe(0);
  writeFileSync(join(cwd, 'plan.yaml'), CHANGED);
  const out = join(cwd, 'out');
  return { cwd, out, before: snapshot(out) };
}

const build = (cwd: string, lang: string[] = ['--lang', 'en']) => runCli(['build', 'plan.yaml', '--out', 'out', ...lang], { cwd });

/** After the obstacle is gone the same build succeeds and changes the documents: the checks above could fail. */
async function provesChange(cwd: string, before: Snapshot): Promise<void> {
  unhook();
  const again = await build(cwd);
  expect(again.code, again.stderr).toBe(0);
  const after = snapshot(join(cwd, 'out'));
  expect(after.get('ke-hoach.docx')).not.toBe(before.get('ke-hoach.docx'));
  expect(after.get('giay-moi-tat-ca.docx')).not.toBe(before.get('giay-moi-tat-ca.docx'));
  expect(temps(join(cwd, 'out'))).toEqual([]);
}

/** The real writer of temporary files, for the hooks that fail only some. */
const REAL_WRITE_NEW = writeFs.writeNew;

const errnoError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path });

describe('plan build: a document that cannot be written changes no document', () => {
  it('a folder in the way of one document: exit 2 naming it, every earlier file byte-identical, no temporary file', async () => {
    const { cwd, out, before } = await builtOnce();
    rmSync(join(out, 'danh-sach-phat-hanh.docx'));
    mkdirSync(join(out, 'danh-sach-phat-hanh.docx'));
    writeFileSync(join(out, 'danh-sach-phat-hanh.docx', 'keep.txt'), 'keep');
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/danh-sach-phat-hanh\.docx .*Could not write the file \((EISDIR|ENOTEMPTY|EEXIST|EPERM)\)/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const now = snapshot(out);
    expect(now.get('danh-sach-phat-hanh.docx/keep.txt')).toBe(Buffer.from('keep').toString('base64'));
    now.delete('danh-sach-phat-hanh.docx/keep.txt');
    before.delete('danh-sach-phat-hanh.docx');
    expect(now).toEqual(before);
    expect(temps(out)).toEqual([]);
    rmSync(join(out, 'danh-sach-phat-hanh.docx'), { recursive: true });
    await provesChange(cwd, before);
  });

  it('a full disk while a letter is written (ENOSPC, half the bytes on disk): exit 2 naming the letter, nothing changed', async () => {
    const { cwd, out, before } = await builtOnce();
    unhook = hookWriteFs({
      writeNew: async (path, data) => {
        if (!/\/\.005-[^/]*\.tmp$/.test(path)) return REAL_WRITE_NEW(path, data);
        writeFileSync(path, Buffer.from(data).subarray(0, data.length >> 1), { flag: 'wx' });
        throw errnoError('ENOSPC', 'write', path);
      },
    });
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/giay-moi\/005-[a-z0-9-]+\.docx .*\(ENOSPC\)/);
    expect(snapshot(out)).toEqual(before);
    expect(temps(out)).toEqual([]);
    await provesChange(cwd, before);
  });

  it('a full disk found when the files are flushed (ENOSPC on fsync): exit 2, nothing changed', async () => {
    const { cwd, out, before } = await builtOnce();
    let refused = 0;
    unhook = hookWriteFs({
      writeNew: async (path, data) => {
        if (!/\/\.ke-hoach\.docx\.[^/]*\.tmp$/.test(path)) return REAL_WRITE_NEW(path, data);
        // The whole file is written; its flush, through the descriptor that wrote it, fails.
        writeFileSync(path, data, { flag: 'wx' });
        refused++;
        throw errnoError('ENOSPC', 'fsync', path);
      },
    });
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/ke-hoach\.docx .*\(ENOSPC\)/);
    expect(refused).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(temps(out)).toEqual([]);
    await provesChange(cwd, before);
  });

  it.each(['EBUSY', 'EPERM'])('Word holding a document on Windows (%s on the 10th rename): the 9 already replaced are put back', async (code) => {
    const { cwd, out, before } = await builtOnce();
    const renameSync = writeFs.renameSync;
    let renames = 0;
    let refused = '';
    unhook = hookWriteFs({
      renameSync: (from, to) => {
        if (from.endsWith('.tmp') && ++renames === 10) {
          refused = relative(cwd, to);
          throw errnoError(code, 'rename', from);
        }
        renameSync(from, to);
      },
    });
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(refused).not.toBe('');
    expect(run.stderr).toContain(`${refused}  error  Could not write the file (${code})`);
    expect(snapshot(out)).toEqual(before);
    expect(temps(out)).toEqual([]);
    await provesChange(cwd, before);
  });

  it.each([
    ['~$ke-hoach.docx', 'ke-hoach.docx'],
    ['~$-hoach.docx', 'ke-hoach.docx'],
    ['~$AY-MOI-TAT-CA.DOCX', 'giay-moi-tat-ca.docx'],
  ])('Word owner file %s beside %s: exit 2 naming both, before any document is replaced', async (lock, target) => {
    const { cwd, out, before } = await builtOnce();
    writeFileSync(join(out, lock), 'owner');
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`out/${target}`);
    expect(run.stderr).toContain(`The file is open in Word (${lock} is beside it)`);
    expect(snapshot(out, (f) => f === lock)).toEqual(before);
    expect(temps(out)).toEqual([]);
    rmSync(join(out, lock));
    await provesChange(cwd, before);
  });

  it("the owner file of a letter in giay-moi/ (long name: first two characters replaced) stops it too; another document's does not", async () => {
    const { cwd, out, before } = await builtOnce();
    const letter = readdirSync(join(out, 'giay-moi')).find((f) => f.startsWith('003-'))!;
    writeFileSync(join(out, 'giay-moi', `~$${letter.slice(2)}`), 'owner');
    const run = await build(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`out/giay-moi/${letter}`);
    expect(snapshot(out, (f) => f.includes('~$'))).toEqual(before);
    rmSync(join(out, 'giay-moi', `~$${letter.slice(2)}`));
    writeFileSync(join(out, '~$bao-cao-khac.docx'), 'owner of another document');
    await provesChange(cwd, before);
  });

  it('says it in Vietnamese by default', async () => {
    const { cwd, out } = await builtOnce();
    writeFileSync(join(out, '~$ke-hoach.docx'), 'owner');
    const run = await build(cwd, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tệp đang mở trong Word (có tệp ~$ke-hoach.docx bên cạnh)');
  });
});

describe('an output folder that cannot be made', () => {
  it.each([
    ['under a regular file', 'afile/out', /afile\/out\/ke-hoach\.docx .*\(ENOTDIR\)/],
    ['under a file of /proc', '/proc/version/out', /proc\/version\/out\/ke-hoach\.docx .*\(ENOTDIR\)/],
    // Node 20's mkdir {recursive: true} loops for ever here (mkdir answers ENOENT under an existing parent).
    ['in /proc, where nothing can be created', '/proc/plan-output-test', /proc\/plan-output-test\/ke-hoach\.docx .*\(ENOENT\)/],
  ])('plan build --out %s: exit 2 naming the file, no stack trace', async (_name, dir, message) => {
    const cwd = tempDir('plan-output-');
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    writeFileSync(join(cwd, 'afile'), 'a file, not a folder');
    const run = await runCli(['build', 'plan.yaml', '--out', dir, '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(cwd, 'afile'), 'utf8')).toBe('a file, not a folder');
  }, 10_000);

  it('plan invite --out under a regular file: exit 2 naming a letter, not just the folder', async () => {
    const cwd = tempDir('plan-output-');
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    writeFileSync(join(cwd, 'afile'), 'x');
    const run = await runCli(['invite', 'plan.yaml', '--out', 'afile/out', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/afile\/out\/giay-moi\/\d{3}-[a-z0-9-]+\.docx .*\(ENOTDIR\)/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  }, 10_000);
});

describe('plan invite', () => {
  it('letters and the merged file are one batch: when the merged file cannot be written, no letter is either', async () => {
    const cwd = tempDir('plan-output-');
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    mkdirSync(join(cwd, 'out', 'giay-moi-tat-ca.docx'), { recursive: true });
    writeFileSync(join(cwd, 'out', 'giay-moi-tat-ca.docx', 'keep.txt'), 'keep');
    const run = await runCli(['invite', 'plan.yaml', '--out', 'out', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/giay-moi-tat-ca\.docx .*Could not write the file/);
    expect(filesUnder(join(cwd, 'out'))).toEqual(['giay-moi-tat-ca.docx/keep.txt']);
  });

  it('an owner file beside the merged file stops the run before any letter is written', async () => {
    const cwd = tempDir('plan-output-');
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    mkdirSync(join(cwd, 'out'));
    writeFileSync(join(cwd, 'out', '~$ay-moi-tat-ca.docx'), 'owner');
    const run = await runCli(['invite', 'plan.yaml', '--out', 'out', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('out/giay-moi-tat-ca.docx');
    expect(run.stderr).toContain('open in Word');
    expect(filesUnder(join(cwd, 'out'))).toEqual(['~$ay-moi-tat-ca.docx']);
  });

  it('a full disk on one letter leaves every letter of the earlier run byte-identical', async () => {
    const cwd = tempDir('plan-output-');
    writeFileSync(join(cwd, 'plan.yaml'), SEED);
    expect((await runCli(['invite', 'plan.yaml', '--out', 'out', '--separate'], { cwd })).code).toBe(0);
    const before = snapshot(join(cwd, 'out'));
    writeFileSync(join(cwd, 'plan.yaml'), CHANGED);
    const renameSync = writeFs.renameSync;
    let renames = 0;
    unhook = hookWriteFs({
      renameSync: (from, to) => {
        if (from.endsWith('.tmp') && ++renames === 20) throw errnoError('ENOSPC', 'rename', from);
        renameSync(from, to);
      },
    });
    const run = await runCli(['invite', 'plan.yaml', '--out', 'out', '--separate', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/giay-moi\/\d{3}-[a-z0-9-]+\.docx .*\(ENOSPC\)/);
    expect(snapshot(join(cwd, 'out'))).toEqual(before);
    expect(temps(join(cwd, 'out'))).toEqual([]);
  });
});

describe('temporary files', () => {
  it('are registered from before they exist until renamed, and removed synchronously on an interrupt', async () => {
    const cwd = tempDir('plan-output-');
    const batch = new AtomicBatch();
    await batch.write(join(cwd, 'a.docx'), 'a');
    await batch.write(join(cwd, 'sub', 'b.docx'), 'b');
    const live = trackedTemps().filter((t) => t.startsWith(cwd));
    expect(live).toHaveLength(2);
    expect(live.every((t) => existsSync(t))).toBe(true);
    removeTrackedTemps(); // what the SIGINT handler does
    expect(live.some((t) => existsSync(t))).toBe(false);
    expect(filesUnder(cwd)).toEqual([]);
    const later = new AtomicBatch();
    await later.write(join(cwd, 'a.docx'), 'a');
    await later.commit();
    expect(trackedTemps().filter((t) => t.startsWith(cwd))).toEqual([]);
  });

  it('left by a run that is gone (SIGKILL) are removed by the next run; those of a running process are not', async () => {
    const { cwd, out } = await builtOnce();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const livePid = process.ppid;
    const stale = [`.ke-hoach.docx.${deadPid}.0123456789ab.tmp`, `giay-moi/.001-x.docx.${deadPid}.ba9876543210.tmp`, `.pdf-${deadPid}-AbC123/01.docx`];
    const kept = [`.ke-hoach.docx.${livePid}.0123456789ab.tmp`, `giay-moi/.x.docx.${livePid}.aaaaaaaaaaaa.tmp`, 'notes.tmp'];
    for (const f of [...stale, ...kept]) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), 'left');
    }
    expect((await build(cwd)).code).toBe(0);
    expect(stale.filter((f) => existsSync(join(out, f)))).toEqual([]);
    expect(existsSync(join(out, `.pdf-${deadPid}-AbC123`))).toBe(false);
    expect(kept.filter((f) => existsSync(join(out, f)))).toEqual(kept);
  });
});

describe('only --out chooses where files go', () => {
  it('invitee names from the YAML that look like paths stay file names inside the output folder', async () => {
    const cwd = tempDir('plan-output-');
    const hostile = ['../../escaped', '/etc/passwd', '..\\..\\win', 'CON', '~$lock', '.hidden', 'a/b/c'];
    const invitees = hostile.map((name) => `    - { name: ${JSON.stringify(name)}, organization: ${JSON.stringify(name)} }`).join('\n');
    writeFileSync(join(cwd, 'plan.yaml'), SEED.replace(/  invitees:\n(    - .*\n)+/, `  invitees:\n${invitees}\n`));
    mkdirSync(join(cwd, 'deep', 'er'), { recursive: true });
    const run = await runCli(['build', '../../plan.yaml', '--out', 'out', '--lang', 'en'], { cwd: join(cwd, 'deep', 'er') });
    expect(run.code, run.stderr).toBe(0);
    const all = filesUnder(cwd);
    expect(all.filter((f) => f !== 'plan.yaml' && !f.startsWith('deep/er/out/'))).toEqual([]);
    const letters = readdirSync(join(cwd, 'deep', 'er', 'out', 'giay-moi'));
    expect(letters).toHaveLength(hostile.length);
    expect(letters.every((f) => /^\d{3}-[a-z0-9-]+\.docx$/.test(f) && statSync(join(cwd, 'deep', 'er', 'out', 'giay-moi', f)).isFile())).toBe(true);
  });
});
