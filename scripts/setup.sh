#!/usr/bin/env bash
# Everything the tests need on a fresh machine: npm packages from the lock file, and LibreOffice with the
# fonts that carry every Vietnamese letter (fonts-liberation2; the older fonts-liberation lacks ệ, ộ, ắ …).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)
# xmllint: ../shared/tools/ooxml/ooxml-validate checks every DOCX the end-to-end suite writes against Word's rules.
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# chromium: the browser tests of `plan serve` drive Debian's build through playwright-core (its own download cannot
# reach the internet here).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: please install as root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
