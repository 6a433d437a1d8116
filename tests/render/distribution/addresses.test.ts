// E-mail addresses have no place to break: in the list rendered by LibreOffice, each must stand whole on one line of
// its cell (the address column widens for them), and one too long for any column is split after its `@`, not at
// whatever letter reached the edge.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeRendering, pdfLines, toPdfs, type PdfLine } from '../../helpers/libreoffice.js';
import { produce, seedModel } from './helpers.js';

const FITTING = ['bgh@example.edu.vn', 'hungnv@example.edu.vn', 'qlkh@bacgiang.gov.vn', 'vanthu@skhcn.bacgiang.vn'];
const TOO_LONG = ['vanthu@skhcn.bacgiang.gov.vn', 'phongqlkh.skhcn@bacgiang.gov.vn'];

let dir: string;
let withFitting: PdfLine[];
let withTooLong: PdfLine[];
let narrowPage: PdfLine[];

/** The seed with electronic recipients at these addresses (and, optionally, the decree's narrowest margins). */
async function listWith(emails: string[], name: string, margins?: { left: number; right: number }): Promise<string> {
  const model = await seedModel();
  const electronic = emails.map((email, i) => ({ name: `Đơn vị nhận số ${i + 1}`, email }));
  const page = margins ? { ...model.page, margins: { ...model.page.margins, ...margins } } : model.page;
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, (await produce({ ...model, page, recipients: { ...model.recipients, electronic } })).bytes);
  return path;
}

describeRendering('e-mail addresses in the distribution list rendered by LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'distribution-addresses-'));
    const paths = [
      await listWith(FITTING, 'fitting'),
      await listWith([...FITTING, ...TOO_LONG], 'too-long'),
      await listWith(FITTING, 'wide-margins', { left: 35, right: 20 }),
    ];
    const [fitting, tooLong, narrow] = await Promise.all((await toPdfs(paths, dir)).map(pdfLines));
    [withFitting, withTooLong, narrowPage] = [fitting!, tooLong!, narrow!];
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const wholeOnALine = (lines: PdfLine[], email: string) => lines.some((l) => l.words.some((w) => w.text === email));

  it('shows every address that fits the widest column whole, on one line', () => {
    for (const email of FITTING) expect(wholeOnALine(withFitting, email), email).toBe(true);
  });

  it('keeps them whole on a page with wider margins too', () => {
    for (const email of FITTING) expect(wholeOnALine(narrowPage, email), email).toBe(true);
  });

  it('splits a longer address after its @, each part whole', () => {
    for (const email of TOO_LONG) {
      const at = email.indexOf('@');
      expect(wholeOnALine(withTooLong, email.slice(0, at + 1)), email).toBe(true);
      expect(wholeOnALine(withTooLong, email.slice(at + 1)), email).toBe(true);
    }
    for (const email of FITTING) expect(wholeOnALine(withTooLong, email), email).toBe(true);
  });
});

