// Loaded with `node --import` into a child process: writes the process's peak resident set size (KB) when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.PLAN_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
