import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AtomicBatch } from './atomic.js';
import { inParallel } from './in-parallel.js';
import { makeDir, trackTemp, untrackTemp } from './temps.js';

/** Where LibreOffice lives when it is not on PATH (the macOS and Windows installers do not add it). */
const WELL_KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
};

const executable = (path: string): boolean => {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The LibreOffice program: PLAN_SOFFICE when set (and nothing else, so a wrong value is noticed), else `soffice` on
 * PATH, else the installers' usual places on macOS and Windows. Undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PLAN_SOFFICE) return executable(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  const path = env.PATH ?? env.Path ?? process.env.PATH ?? '';
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return (WELL_KNOWN[process.platform] ?? []).find(executable);
}

/** One document to convert: the DOCX already written, and where its PDF goes. */
export interface PdfJob {
  source: string;
  target: string;
}

export class PdfError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PdfError';
  }
}

export interface PdfOptions {
  soffice: string;
  /** A folder on the same file system as the targets (the output folder): the PDFs are made here, then renamed. */
  workDir: string;
  /** Default: 60 s plus 2 s a document. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Converts every DOCX in ONE LibreOffice run (starting LibreOffice costs seconds; each further document is cheap).
 * The DOCX files are copied into a private folder under `workDir` with numbered names, so letters with the same
 * name in different folders cannot collide; LibreOffice writes the PDFs beside them; then all are put in place as one
 * {@link AtomicBatch}, as the documents are: a reader sees the old PDF or the whole new one, and when one cannot be
 * placed (a folder in the way, a PDF held open on Windows) every PDF already replaced gets its old file back. LibreOffice gets its own throw-away profile
 * (`-env:UserInstallation`), so it neither joins a LibreOffice the clerk has open nor trips on another run's lock.
 * Throws PdfError when LibreOffice fails or leaves a PDF out; no PDF is moved into place then.
 */
export async function convertToPdf(jobs: readonly PdfJob[], options: PdfOptions): Promise<void> {
  if (jobs.length === 0) return;
  await makeDir(options.workDir);
  // The pid in the name lets a later run remove the folder if this one is killed (see sweepStaleTemps); both folders
  // are registered so Ctrl+C removes them.
  const work = await mkdtemp(join(options.workDir, `.pdf-${process.pid}-`));
  trackTemp(work, true);
  const profile = await mkdtemp(join(tmpdir(), 'plan-lo-profile-'));
  trackTemp(profile, true);
  try {
    const width = String(jobs.length).length;
    const inputs = jobs.map((_, i) => join(work, `${String(i + 1).padStart(width, '0')}.docx`));
    await Promise.all(jobs.map((job, i) => copyFile(job.source, inputs[i]!)));
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...inputs,
    ];
    const timeout = options.timeoutMs ?? 60_000 + 2_000 * jobs.length;
    const output = await new Promise<string>((resolvePromise, reject) => {
      execFile(options.soffice, args, { timeout, killSignal: 'SIGKILL', env: options.env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) {
          const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${options.soffice}: ENOENT` : error.killed ? `timeout ${timeout} ms` : `${stderr || stdout || error.message}`.trim();
          reject(new PdfError(why));
        } else resolvePromise(`${stdout}${stderr}`);
      });
    });
    const pdfs = inputs.map((input) => input.replace(/\.docx$/, '.pdf'));
    for (const [i, pdf] of pdfs.entries()) {
      const size = await stat(pdf).then((s) => s.size, () => 0);
      if (size === 0) throw new PdfError(`no PDF for ${jobs[i]!.source}${output.trim() ? ` (${output.trim().split('\n').slice(-1)[0]})` : ''}`);
    }
    await placeAll(pdfs.map((pdf, i) => ({ pdf, target: jobs[i]!.target })));
  } finally {
    await rm(work, { recursive: true, force: true });
    untrackTemp(work);
    await rm(profile, { recursive: true, force: true });
    untrackTemp(profile);
  }
}

/** PDFs read at once while they are staged: a few, so ten thousand letters are never all in memory. */
const STAGING_CONCURRENCY = 8;

/** Every PDF to its target, all or none (see AtomicBatch). */
async function placeAll(placements: readonly { pdf: string; target: string }[]): Promise<void> {
  const batch = new AtomicBatch();
  try {
    await inParallel(placements.map(({ pdf, target }) => async () => batch.write(target, await readFile(pdf))), STAGING_CONCURRENCY);
    await batch.commit();
  } catch (error) {
    await batch.abort();
    throw error;
  }
}
