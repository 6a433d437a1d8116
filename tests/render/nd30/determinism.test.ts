import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packSample, sampleDocument } from './sample.js';
import { openDocx } from '../../helpers/docx.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const originalTz = process.env.TZ;

afterEach(() => {
  vi.useRealTimers();
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('packDocx', () => {
  it('gives byte-identical files for the same input, also after building other documents', async () => {
    const a = await packSample();
    await packSample({ bodyParagraphs: 12 });
    const b = await packSample();
    expect(sha(b)).toBe(sha(a));
  });

  it('does not depend on the clock or the time zone', async () => {
    const reference = sha(await packSample());
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [tz, now] of [
      ['Pacific/Kiritimati', '2031-12-31T23:59:59Z'],
      ['America/Los_Angeles', '1999-03-01T08:00:00Z'],
      ['Asia/Ho_Chi_Minh', '2018-07-05T17:30:00Z'],
    ] as const) {
      process.env.TZ = tz;
      vi.setSystemTime(new Date(now));
      expect(sha(await packSample()), `${tz} ${now}`).toBe(reference);
    }
  });

  it('writes the metadata given, with the document date as created and modified', async () => {
    const core = openDocx(await packSample()).xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Kế hoạch tổ chức Hội nghị giao ban</dc:title>');
    expect(core).toContain('<dc:subject>Hội nghị giao ban KH&amp;CN cơ sở 2018</dc:subject>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2018-07-05T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2018-07-05T00:00:00Z</dcterms:modified>');
  });

  it('would notice: docx on its own stamps the clock into the file', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const a = await Packer.toBuffer(sampleDocument());
    vi.setSystemTime(new Date('2021-06-15T10:00:00Z'));
    const b = await Packer.toBuffer(sampleDocument());
    expect(sha(a)).not.toBe(sha(b));
  });

  it('gives the same bytes in separate processes with other time zones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd30-det-'));
    try {
      const entry = join(dir, 'entry.ts');
      const script = join(dir, 'pack.mjs');
      const sample = fileURLToPath(new URL('./sample.ts', import.meta.url));
      await build({
        stdin: {
          contents: `import { createHash } from 'node:crypto';
            import { packSample } from ${JSON.stringify(sample)};
            process.stdout.write(createHash('sha256').update(await packSample()).digest('hex'));`,
          resolveDir: dir,
          sourcefile: entry,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: script,
        logLevel: 'silent',
      });
      const reference = sha(await packSample());
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/St_Johns']) {
        const out = execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
        expect(out, tz).toBe(reference);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
