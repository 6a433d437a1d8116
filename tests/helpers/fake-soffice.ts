// Stand-ins for LibreOffice's `soffice`: shell scripts that fail in the ways LibreOffice does, in milliseconds.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shell: the node that runs the tests, and the script that writes a stand-in PDF (see fake-pdf.cjs). */
const FAKE_PDF = `'${process.execPath}' '${join(import.meta.dirname, 'fake-pdf.cjs')}'`;

/**
 * Shell that reads soffice's arguments: `$profile` is the -env:UserInstallation folder, `$out` the --outdir, and `$@`
 * the DOCX files.
 */
export const SOFFICE_ARGS = [
  'profile=""',
  'while [ "$1" != "--outdir" ]; do case "$1" in -env:UserInstallation=file://*) profile="${1#-env:UserInstallation=file://}";; esac; shift; done',
  'out="$2"; shift 2',
].join('\n');

/**
 * Shell that converts "$f" as LibreOffice reports it: a real PDF, one page per letter of a merged chunk with its named
 * destination, each page holding its letter's text in the clear (so a test can tell whose letter it is; see
 * fake-pdf.cjs), and the "convert … ->" line on stdout. `$skip` may name destinations to leave out.
 */
export const CONVERT_F = [
  'pdf="$out/$(basename "$f" .docx).pdf"',
  `unzip -p "$f" word/document.xml | ${FAKE_PDF} "$pdf" $skip`,
  'echo "convert $f -> $pdf using filter : writer_pdf_Export"',
].join('\n');

/** Writes an executable stand-in `soffice` in `dir` whose body (after {@link SOFFICE_ARGS}) is `body`. */
export function fakeSoffice(dir: string, name: string, body: string): string {
  const path = join(dir, `${name}-soffice.sh`);
  writeFileSync(path, `#!/bin/sh\n${SOFFICE_ARGS}\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
