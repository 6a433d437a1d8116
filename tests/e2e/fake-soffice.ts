// A stand-in for LibreOffice (PLAN_SOFFICE) that writes a small PDF for every DOCX it is given, in milliseconds: for
// tests about what happens around the conversion (which files are recorded, attached, removed), not about the PDF.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function fakeSoffice(dir: string): string {
  const path = join(dir, 'fake-soffice');
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      'out=""; prev=""',
      'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done',
      'for a in "$@"; do case "$a" in *.docx) printf "%%PDF-1.4\\n%%%%EOF\\n" > "$out/$(basename "$a" .docx).pdf";; esac; done',
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return path;
}
