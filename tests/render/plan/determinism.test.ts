import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_PLAN } from './build.js';

/** Builds with the real binary in a child process, under a given time zone. */
function buildIn(tz: string): Buffer {
  const out = mkdtempSync(join(tmpdir(), 'plan-det-'));
  execFileSync(process.execPath, [join(ROOT, 'dist', 'plan.js'), 'build', SEED_PLAN, '--only', 'plan', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    stdio: 'pipe',
  });
  return readFileSync(join(out, 'ke-hoach.docx'));
}

describe('plan build is deterministic', () => {
  it('gives byte-identical files seconds apart and in different time zones', async () => {
    const hanoi = buildIn('Asia/Ho_Chi_Minh');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the 2-second resolution of zip times
    const newYork = buildIn('America/New_York');
    const kiritimati = buildIn('Pacific/Kiritimati');
    expect(hanoi.length).toBeGreaterThan(5000);
    expect(newYork.equals(hanoi)).toBe(true);
    expect(kiritimati.equals(hanoi)).toBe(true);
  });
});
