import { t } from '../i18n/index.js';
import { installInterruptCleanup } from './interrupt.js';
import { langFromArgv, main } from './main.js';
import { processIo } from './io.js';

const argv = process.argv.slice(2);

// Ctrl+C or SIGTERM mid-run: remove the temporary files, say so in the CLI's language, exit 130/143. `build --watch`
// handles Ctrl+C itself (the handler steps aside while it listens). The language is found as main finds it; a bad
// --lang is main's to report, the message then is Vietnamese.
const { lang } = langFromArgv(argv, process.env);
installInterruptCleanup((signal) => t('io/interrupted', { signal }, lang));

main(argv, processIo()).then((code) => {
  process.exitCode = code;
});
