// The floor under `plan invite --separate`: a process that does nothing but write the same bytes to COUNT files the
// way plan writes documents (src/write/atomic.ts): each to a temporary file beside its target, created and written
// synchronously, flushed on libuv's pool (16 at a time) and closed; once all are on disk, each is renamed over its
// target and the folder is flushed. No start-up work, no plan, no filling: what the file system alone costs.
//   node atomic-files.mjs FILE COUNT OUT_DIR
import { closeSync, fsync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [file, count, out] = process.argv.slice(2);
const bytes = readFileSync(file);
mkdirSync(out, { recursive: true });
const staged = [];
let next = 0;
const worker = async () => {
  while (next < Number(count)) {
    const target = join(out, `${String(++next).padStart(4, '0')}.docx`);
    const temp = join(out, `.${next}.docx.${process.pid}.tmp`);
    const fd = openSync(temp, 'wx');
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      await new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())));
    } finally {
      closeSync(fd);
    }
    staged.push([temp, target]);
  }
};
await Promise.all(Array.from({ length: 16 }, worker));
for (const [temp, target] of staged) renameSync(temp, target);
const folder = openSync(out, 'r');
fsyncSync(folder);
closeSync(folder);
