import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { ROOT, SEED_PLAN } from '../../helpers/seed.js';

export { ROOT, SEED_PLAN };

/** Builds the seed's Kế hoạch through the command line into a fresh folder and returns the DOCX path. */
export async function buildSeedPlan(): Promise<{ dir: string; docx: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-build-'));
  const run = await runCli(['build', SEED_PLAN, '--only', 'plan', '--out', dir, '--json'], { cwd: ROOT });
  if (run.code !== 0) throw new Error(`build failed (${run.code}):\n${run.stderr}`);
  const manifest = JSON.parse(run.stdout) as { files: { kind: string; path: string }[] };
  const plan = manifest.files.find((f) => f.kind === 'plan');
  if (!plan) throw new Error(`no plan in manifest: ${run.stdout}`);
  return { dir, docx: join(ROOT, plan.path) };
}
