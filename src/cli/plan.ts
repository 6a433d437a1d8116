import { resolveLang, t } from '../i18n/index.js';
import type { Lang } from '../i18n/messages/types.js';
import { installInterruptCleanup } from '../write/interrupt.js';
import { main } from './main.js';
import { processIo } from './io.js';

const argv = process.argv.slice(2);

// Ctrl+C or SIGTERM mid-run: remove the temporary files, say so in the CLI's language, exit 130/143. `build --watch`
// handles Ctrl+C itself (the handler steps aside while it listens). The language is found as main finds it; a bad
// --lang is main's to report, the message then is Vietnamese.
const langFlag = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');
let lang: Lang = 'vi';
try {
  lang = resolveLang(langFlag, process.env);
} catch {
  // main reports it
}
installInterruptCleanup((signal) => t('io/interrupted', { signal }, lang));

process.exitCode = await main(argv, processIo());
