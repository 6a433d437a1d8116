import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
import { processIo } from './io.js';

const argv = process.argv.slice(2);
// `plan check` and a one-off `plan build` are over in a few hundred milliseconds, before code optimised by V8's
// TurboFan pays for its compiling, which runs on a second thread and competes for the CPU: on a busy 2-core machine
// it cost `plan check` about 50 ms of its 225 ms of CPU. Long runs (invite's mail merge, build --watch) keep it.
// Only the JIT's tiers change; the program's behaviour does not.
if ((argv[0] === 'check' || argv[0] === 'build') && !argv.includes('--watch')) setFlagsFromString('--no-turbofan');

process.exitCode = await main(argv, processIo());
