// The floor under `plan invite --separate`: a process that does nothing but write the same bytes to COUNT files the
// way plan writes documents (a temporary file created beside the target, written, flushed, closed, then renamed over
// it; 16 at a time). No start-up work, no plan, no filling: what the file system alone costs.
//   node atomic-files.mjs FILE COUNT OUT_DIR
import { readFileSync, mkdirSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';

const [file, count, out] = process.argv.slice(2);
const bytes = readFileSync(file);
mkdirSync(out, { recursive: true });
let next = 0;
const worker = async () => {
  while (next < Number(count)) {
    const target = join(out, `${String(++next).padStart(4, '0')}.docx`);
    const temp = `${target}.${process.pid}.tmp`;
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  }
};
await Promise.all(Array.from({ length: 16 }, worker));
