#!/usr/bin/env node
// The benchmark suite of issue 7: start-up, whole builds, the mail merge against docxtemplater, and the merged file's
// memory. Run with `npm run bench` (it builds dist/ first). Every contender is measured in the same run, in interleaved
// rounds (the order rotates each round), and reported as the median; start-up goals are ratios to a bare `node -e 0`
// measured in the same rounds, because these machines are noisy, next to the floors (lib/floors.mjs) that the
// libraries alone set under them. Prints one table and PASS/FAIL per goal; exits non-zero on a FAIL only with
// `--strict`.
//
//   node bench/run.mjs [--strict] [--quick] [--rounds N]
//
// Generates its own data in a temporary folder and removes it at the end.
import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inviteesCsv } from './lib/data.mjs';
import { bundleFloors } from './lib/floors.mjs';
import { checkLetters, docxtemplaterFiller, loadOurs } from './lib/merge.mjs';
import { median, rotate, table } from './lib/stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const quick = args.includes('--quick');
const roundsArg = args.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : quick ? 5 : 15;
const LETTER_ROUNDS = quick ? 2 : 5;
const MERGED_ROUNDS = quick ? 1 : 3;
const SEPARATE = 1000;
const MERGED = quick ? 2000 : 10_000;
/** docxtemplater is slow: its in-process rate is taken on fewer letters (the rate, not the count, is compared). */
const DOCXTEMPLATER_LETTERS = quick ? 50 : 200;

const GOALS = { check: 1.3, build: 2.5, separate: 10, mergedMb: 200, pdfRate: 35 };
/**
 * Letters for the --pdf row: a real mailing, where LibreOffice's start-up, the merged chunks and cutting them into
 * letters weigh as they do for a clerk (the 1,000); 100 in --quick.
 */
const PDF_LETTERS = quick ? 100 : 1000;
const PDF_ROUNDS = quick ? 1 : 2;

const example = join(root, 'plans', 'hoi-nghi-giao-ban-2018.yaml');
const work = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// Our own build of the CLI, exactly as scripts/build.mjs makes dist/, but in the temporary folder: a concurrent
// `npm run build` (which empties dist/) cannot pull it from under the measurements. The program finds its
// templates/ by walking up from itself, hence the link.
const dist = join(work, 'dist');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', dist], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(2);
symlinkSync(join(root, 'templates'), join(dist, 'templates'), 'dir');
const plan = join(dist, 'plan.js');
const floors = await bundleFloors(root, work, plan, example);

/** Runs a child process to the end; returns wall milliseconds (and the child's peak RSS when a probe file is given). */
function run(argv, { rssFile } = {}) {
  const nodeArgs = rssFile ? ['--import', new URL('./lib/rss-probe.mjs', import.meta.url).href] : [];
  const env = { ...process.env, NO_COLOR: '1', ...(rssFile ? { PLAN_BENCH_RSS_FILE: rssFile } : {}) };
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, ...argv], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !(argv.includes('check') && r.status === 1)) {
    throw new Error(`${argv.join(' ')} exited ${r.status ?? r.signal}:\n${r.stderr?.toString().slice(-2000)}`);
  }
  const rssKb = rssFile ? Number(readFileSync(rssFile, 'utf8')) : undefined;
  return { ms, rssKb };
}

const progress = (s) => process.stderr.write(`\r\u001b[K${s}`);

// --- Start-up: node -e 0, plan check, plan build and the libraries' floors under them, interleaved ---------------------
const startup = { node: [], floorYaml: [], floorSchema: [], check: [], floorDocx: [], build: [] };
const buildOut = join(work, 'build');
const startupRuns = {
  node: () => run(['-e', '0']).ms,
  floorYaml: () => run([floors.yaml, example]).ms,
  floorSchema: () => run([floors.schema, example]).ms,
  floorDocx: () => run([floors.docx, example]).ms,
  check: () => run([plan, 'check', example]).ms,
  build: () => run([plan, 'build', example, '--out', buildOut]).ms,
};
// One run of each first (the disk cache; the code caches were written when each program was built).
for (const f of Object.values(startupRuns)) f();
for (let round = 0; round < ROUNDS; round++) {
  for (const name of rotate(Object.keys(startupRuns), round)) startup[name].push(startupRuns[name]());
  progress(`start-up round ${round + 1}/${ROUNDS}`);
}

// --- 1000 separate letters: ours and docxtemplater as whole processes, and both fillers in-process ---------------------
const csv1k = join(work, 'invitees-1000.csv');
writeFileSync(csv1k, inviteesCsv(SEPARATE));
const ours = await loadOurs(root, work, example, csv1k);
const dxt = await docxtemplaterFiller(ours.templateDocx);
// docxtemplater's process gets the same template and the same letters' values.
const templateFile = join(work, 'template.docx');
writeFileSync(templateFile, ours.templateDocx);
const valuesFile = join(work, `values-${SEPARATE}.json`);
writeFileSync(valuesFile, JSON.stringify(ours.values));
const dxtSeparate = fileURLToPath(new URL('./lib/docxtemplater-separate.mjs', import.meta.url));
const atomicFiles = fileURLToPath(new URL('./lib/atomic-files.mjs', import.meta.url));
/** Runs one separate-letters process into a fresh folder, checks every letter, and returns letters per second. */
function separateRate(argv, out, folder) {
  const { ms } = run(argv);
  checkLetters(folder, ours.values);
  rmSync(out, { recursive: true, force: true });
  return (SEPARATE / ms) * 1000;
}
const letters = { process: [], dxtProcess: [], floorFiles: [], fill: [], docxtemplater: [] };
const letterRuns = {
  process: (round) => {
    const out = join(work, `separate-${round}`);
    return separateRate([plan, 'invite', example, '--data', csv1k, '--separate', '--out', out], out, join(out, 'giay-moi'));
  },
  dxtProcess: (round) => {
    const out = join(work, `docxtemplater-${round}`);
    return separateRate([dxtSeparate, templateFile, valuesFile, out], out, out);
  },
  floorFiles: (round) => {
    const out = join(work, `files-${round}`);
    const { ms } = run([atomicFiles, templateFile, String(SEPARATE), out]);
    if (readdirSync(out).length !== SEPARATE) throw new Error(`expected ${SEPARATE} files in ${out}`);
    rmSync(out, { recursive: true, force: true });
    return (SEPARATE / ms) * 1000;
  },
  fill: () => {
    const start = process.hrtime.bigint();
    let bytes = 0;
    for (const values of ours.values) bytes += ours.fill(values).length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (bytes === 0) throw new Error('no bytes');
    return (ours.values.length / ms) * 1000;
  },
  docxtemplater: () => {
    const start = process.hrtime.bigint();
    let bytes = 0;
    for (const values of ours.values.slice(0, DOCXTEMPLATER_LETTERS)) bytes += dxt(values).length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (bytes === 0) throw new Error('no bytes');
    return (DOCXTEMPLATER_LETTERS / ms) * 1000;
  },
};
// Warm both in-process fillers up (JIT) before measuring either.
for (const values of ours.values.slice(0, 50)) ours.fill(values), dxt(values);
for (let round = 0; round < LETTER_ROUNDS; round++) {
  for (const name of rotate(Object.keys(letterRuns), round)) letters[name].push(letterRuns[name](round));
  progress(`letters round ${round + 1}/${LETTER_ROUNDS}`);
}

// --- 10,000 letters merged into one file: time and peak memory of the whole process -----------------------------------
const csvMerged = join(work, `invitees-${MERGED}.csv`);
writeFileSync(csvMerged, inviteesCsv(MERGED));
const merged = { ms: [], rssKb: [] };
for (let round = 0; round < MERGED_ROUNDS; round++) {
  const out = join(work, `merged-${round}`);
  const r = run([plan, 'invite', example, '--data', csvMerged, '--merged', '--out', out], { rssFile: join(work, 'rss') });
  merged.ms.push(r.ms);
  merged.rssKb.push(r.rssKb);
  rmSync(out, { recursive: true, force: true });
  progress(`merged round ${round + 1}/${MERGED_ROUNDS}`);
}
// --- build --pdf: the example with PDF_LETTERS invitees from a CSV, through LibreOffice; letters per second ------------
const soffice = (process.env.PATH ?? '').split(':').map((d) => join(d, 'soffice')).find((p) => existsSync(p));
const pdfMs = [];
/** The 1-minute load average before each --pdf round: these machines are shared, and LibreOffice is CPU-bound. */
const pdfLoad = [];
if (soffice) {
  const csvPdf = join(work, `invitees-${PDF_LETTERS}.csv`);
  writeFileSync(csvPdf, inviteesCsv(PDF_LETTERS));
  const doc = parseDocument(readFileSync(example, 'utf8'));
  doc.deleteIn(['invitations', 'invitees']);
  doc.setIn(['invitations', 'data'], csvPdf);
  const pdfPlan = join(work, 'pdf-plan.yaml');
  writeFileSync(pdfPlan, doc.toString());
  for (let round = 0; round < PDF_ROUNDS; round++) {
    const out = join(work, `pdf-${round}`);
    pdfLoad.push(loadavg()[0]);
    pdfMs.push(run([plan, 'build', pdfPlan, '--pdf', '--out', out]).ms);
    const pdfs = readdirSync(join(out, 'giay-moi')).filter((f) => f.endsWith('.pdf')).length;
    if (pdfs !== PDF_LETTERS) throw new Error(`expected ${PDF_LETTERS} letter PDFs in ${out}, found ${pdfs}`);
    if (!existsSync(join(out, 'giay-moi-tat-ca.pdf'))) throw new Error(`no merged letters PDF in ${out}`);
    rmSync(out, { recursive: true, force: true });
    progress(`pdf round ${round + 1}/${PDF_ROUNDS}`);
  }
}
progress('');

// --- The table ---------------------------------------------------------------------------------------------------------
const m = Object.fromEntries(Object.entries(startup).map(([k, v]) => [k, median(v)]));
const L = Object.fromEntries(Object.entries(letters).map(([k, v]) => [k, median(v)]));
const checkRatio = m.check / m.node;
const buildRatio = m.build / m.node;
const separateRatio = L.process / L.dxtProcess;
const peakMb = Math.max(...merged.rssKb) / 1024;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const floor = (goal, ms) => ({ goal, measured: `${ms.toFixed(0)} ms`, ratio: `${(ms / m.node).toFixed(2)}×`, target: '', verdict: '' });
const results = [
  { goal: 'node -e 0 (baseline)', measured: `${m.node.toFixed(0)} ms`, ratio: '1.00×', target: '', verdict: '' },
  floor('floor: yaml.parse of the example', m.floorYaml),
  floor('floor: yaml.parse + schema validator', m.floorSchema),
  { goal: 'plan check (example)', measured: `${m.check.toFixed(0)} ms`, ratio: `${checkRatio.toFixed(2)}×`, target: `≤ ${GOALS.check}× node`, verdict: verdict(checkRatio <= GOALS.check) },
  floor('floor: docx, pack one paragraph', m.floorDocx),
  { goal: 'plan build (example, 26 letters)', measured: `${m.build.toFixed(0)} ms`, ratio: `${buildRatio.toFixed(2)}×`, target: `≤ ${GOALS.build}× node`, verdict: verdict(buildRatio <= GOALS.build) },
  { goal: `docxtemplater, ${SEPARATE} separate files (process)`, measured: `${L.dxtProcess.toFixed(0)} letters/s`, ratio: '1.00×', target: '', verdict: '' },
  { goal: `floor: ${SEPARATE} files written atomically (process)`, measured: `${L.floorFiles.toFixed(0)} files/s`, ratio: `${(L.floorFiles / L.dxtProcess).toFixed(1)}×`, target: '', verdict: '' },
  { goal: `plan invite --separate ${SEPARATE} (process)`, measured: `${L.process.toFixed(0)} letters/s`, ratio: `${separateRatio.toFixed(1)}×`, target: `≥ ${GOALS.separate}× docxtemplater`, verdict: verdict(separateRatio >= GOALS.separate) },
  { goal: 'docxtemplater fill (in-process)', measured: `${L.docxtemplater.toFixed(0)} letters/s`, ratio: '1.00×', target: '', verdict: '' },
  { goal: 'our fill only (in-process)', measured: `${L.fill.toFixed(0)} letters/s`, ratio: `${(L.fill / L.docxtemplater).toFixed(1)}×`, target: '', verdict: '' },
  { goal: `plan invite --merged ${MERGED} (process)`, measured: `${(median(merged.ms) / 1000).toFixed(2)} s`, ratio: `${((MERGED / median(merged.ms)) * 1000).toFixed(0)} letters/s`, target: '', verdict: '' },
  { goal: `  peak RSS of that process`, measured: `${peakMb.toFixed(0)} MB`, ratio: '', target: `< ${GOALS.mergedMb} MB`, verdict: verdict(peakMb < GOALS.mergedMb) },
];
if (pdfMs.length > 0) {
  const rate = (PDF_LETTERS / median(pdfMs)) * 1000;
  const cores = (await import('node:os')).availableParallelism();
  results.push({
    goal: `plan build --pdf, ${PDF_LETTERS} letters (process, ${cores} cores, load ${median(pdfLoad).toFixed(1)})`,
    measured: `${(median(pdfMs) / 1000).toFixed(1)} s`,
    ratio: `${rate.toFixed(1)} letters/s`,
    target: `≥ ${GOALS.pdfRate} letters/s`,
    verdict: verdict(rate >= GOALS.pdfRate),
  });
} else results.push({ goal: 'plan build --pdf: skipped, no soffice on PATH', measured: '', ratio: '', target: '', verdict: '' });
console.log(table(['measure', 'median', 'ratio', 'goal', ''], results.map((r) => [r.goal, r.measured, r.ratio, r.target, r.verdict])));
console.log(
  `\n${ROUNDS} start-up rounds, ${LETTER_ROUNDS} letter rounds (docxtemplater in-process on ${DOCXTEMPLATER_LETTERS} letters each), ` +
    `${MERGED_ROUNDS} merged rounds; Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs.` +
    (quick ? ' --quick: fewer rounds and a smaller merged file; not the goal measurement.' : ''),
);
const failed = results.some((r) => r.verdict === 'FAIL');
process.exitCode = strict && failed ? 1 : 0;
