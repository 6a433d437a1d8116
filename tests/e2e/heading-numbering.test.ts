// numbering: I-1.a and I-1-a, the hyphenated forms of the Party's and the mass organisations' plans ("I- MỤC ĐÍCH, YÊU
// CẦU", then "1." or "1-": corpus sources online-meeting-ban-dan-van-tw-2022, ceremony-hoi-nong-dan-viet-nam-2014).
// Through the built program, read back from the DOCX.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { all, openDocx, paragraphText } from '../helpers/docx.js';
import { project, ROOT, runBuilt } from './run-built.js';

const SEED = readFileSync(join(ROOT, 'plans/hoi-nghi-giao-ban-2018.yaml'), 'utf8');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function headings(scheme: string): Promise<string[]> {
  const cwd = project(['plans', 'templates', 'schema']);
  made.push(cwd);
  expect(SEED).not.toMatch(/^numbering:/m);
  writeFileSync(join(cwd, 'plans/p.yaml'), `numbering: ${scheme}\n${SEED}`);
  const r = await runBuilt(['build', 'plans/p.yaml'], { cwd });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return all(openDocx(join(cwd, 'out', 'p', 'ke-hoach.docx')).dom('word/document.xml'), 'p').map(paragraphText);
}

describe('hyphenated heading numbers', () => {
  it('I-1-a: "I- …" at the top, "1- …" below', async () => {
    const text = await headings('I-1-a');
    expect(text).toContain('I- MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('II- NỘI DUNG THỰC HIỆN');
    expect(text).toContain('1- Nội dung');
    expect(text.some((t) => /^(I|II|III)\. /u.test(t))).toBe(false);
  });
  it('I-1.a: "I- …" at the top, "1. …" below', async () => {
    const text = await headings('I-1.a');
    expect(text).toContain('III- TỔ CHỨC THỰC HIỆN');
    expect(text).toContain('1. Nội dung');
  });
});
