// A stand-in for LibreOffice (PLAN_SOFFICE) that writes a small real PDF for every DOCX it is given, in milliseconds:
// for tests about what happens around the conversion (which files are recorded, attached, removed), not about the PDF.
import { CONVERT_F, fakeSoffice as writeFake } from '../helpers/fake-soffice.js';

export function fakeSoffice(dir: string): string {
  return writeFake(dir, 'fake', `for f in "$@"; do\n${CONVERT_F}\ndone`);
}
