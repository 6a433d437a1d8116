// "+" sub-items under an item, as clerks write them on paper (Kế hoạch 976-KH/BDVTW, corpus source
// meeting-ban-dan-van-tw-2017): an item that starts with "+ " prints as a "+" line under the item above, is not counted
// in a numbered list, and takes the list's ";" … "." like the others. Through the built program, read back from the DOCX.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { ooxmlValidate } from './ooxml.js';
import { project, ROOT, runBuilt } from './run-built.js';

const SEED = readFileSync(join(ROOT, 'plans/hoi-nghi-giao-ban-2018.yaml'), 'utf8');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SECTION = `
sections:
  - id: noi-dung-them
    heading: Nội dung thảo luận
    list: "1."
    items:
      - Báo cáo kết quả 6 tháng đầu năm
      - "Tham luận của các đơn vị, tập trung vào các vấn đề sau:"
      - + Góp ý vào dự thảo báo cáo
      - + Kết quả nổi bật
      - Kết luận hội nghị
`;

describe('"+ " items are sub-items of the item above', () => {
  it('print as "+" lines, uncounted, punctuated as the list, and the DOCX passes the OOXML validator', async () => {
    const cwd = project(['plans', 'templates', 'schema']);
    made.push(cwd);
    expect(SEED).not.toMatch(/^sections:/m);
    writeFileSync(join(cwd, 'plans/sub.yaml'), `${SEED.trimEnd()}\n${SECTION}`);
    const r = await runBuilt(['build', 'plans/sub.yaml'], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const docx = join(cwd, 'out', 'sub', 'ke-hoach.docx');
    const lines = all(openDocx(docx).dom('word/document.xml'), 'p').map(paragraphText);
    const at = lines.findIndex((l) => l.includes('Báo cáo kết quả 6 tháng đầu năm'));
    expect(lines.slice(at, at + 5)).toEqual([
      '1. Báo cáo kết quả 6 tháng đầu năm;',
      '2. Tham luận của các đơn vị, tập trung vào các vấn đề sau:',
      '+ Góp ý vào dự thảo báo cáo;',
      '+ Kết quả nổi bật;',
      '3. Kết luận hội nghị.',
    ]);
    const verdict = await ooxmlValidate([docx]);
    expect(verdict.ok, verdict.output).toBe(true);
  });
});
