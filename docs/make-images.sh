#!/bin/sh
# Renders the README's pictures of the example's documents: plan build --pdf (LibreOffice), then pdftoppm at 75 dpi in
# grey, stored as 16-grey-level PNGs (20–40 KB a page). Needs soffice, poppler-utils and python3. Run from the repository.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run --silent build
node dist/plan.js build plans/hoi-nghi-giao-ban-2018.yaml --pdf --out "$work/out" 2>/dev/null
letter=$(ls "$work"/out/giay-moi/001-*.pdf)
pdftoppm -r 75 -gray -f 1 -l 2 "$work/out/ke-hoach.pdf" "$work/ke-hoach"
pdftoppm -r 75 -gray -f 1 -l 1 "$letter" "$work/giay-moi"
pdftoppm -r 75 -gray -f 1 -l 1 "$work/out/danh-sach-phat-hanh.pdf" "$work/danh-sach"
png() {
  python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
fields, i = [], 0
while len(fields) < 4:  # P5 width height maxval, separated by whitespace (no comments from pdftoppm)
    while data[i:i + 1].isspace(): i += 1
    j = i
    while not data[j:j + 1].isspace(): j += 1
    fields.append(data[i:j]); i = j
i += 1
w, h = int(fields[1]), int(fields[2])
pixels = data[i:i + w * h]
rows = []
for y in range(h):
    q = [min(15, (v + 8) // 17) for v in pixels[y * w:(y + 1) * w]]
    if len(q) % 2: q.append(15)
    rows.append(b'\0' + bytes((q[k] << 4) | q[k + 1] for k in range(0, len(q), 2)))
chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[2], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 4, 0, 0, 0, 0))
                              + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))
PY
}
png "$work/ke-hoach-1.pgm" docs/images/ke-hoach-trang-1.png
png "$work/ke-hoach-2.pgm" docs/images/ke-hoach-trang-2.png
png "$work/giay-moi-1.pgm" docs/images/giay-moi.png
png "$work/danh-sach-1.pgm" docs/images/danh-sach-phat-hanh.png
# One page of each letter form, from its real example (tests/fixtures/real): docs/images/mau-<form>.png.
for pair in giay-moi-thanh-phan:giay-moi-thanh-phan-ubnd-tinh-hai-duong-2018 thu-moi:thu-moi-bql-di-tich-den-van-hien-2018 \
  trieu-tap:trieu-tap-hdnd-tinh-hai-duong-2023 cong-van:cong-van-moi-bo-gddt-2016 thong-bao:thong-bao-hoi-thao-hoi-khvl-2015; do
  form=${pair%%:*}
  node dist/plan.js build "tests/fixtures/real/${pair#*:}.yaml" --only invitations --pdf --out "$work/$form" 2>/dev/null
  pdftoppm -r 75 -gray -f 1 -l 1 "$(ls "$work/$form"/giay-moi/*.pdf)" "$work/mau-$form"
  png "$work/mau-$form-1.pgm" "docs/images/mau-$form.png"
done
# plan serve, in chromium (skipped where there is none: scripts/setup.sh installs it).
if command -v chromium >/dev/null 2>&1; then node docs/serve-screenshot.mjs docs/images; fi
ls -l docs/images
