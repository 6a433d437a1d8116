import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { writeErrorDiagnostic } from '../../src/write/errors.js';
import { OpenInWordError } from '../../src/write/temps.js';

const failure = (code: string, target = '/work/out/ke-hoach.docx') => Object.assign(new Error(code), { code, target });
const message = (code: string, lang: 'vi' | 'en' = 'en') => {
  const d = writeErrorDiagnostic(failure(code), '/work', '/work/out');
  return t(d.messageId, d.params, lang);
};

describe('writeErrorDiagnostic', () => {
  it('names the file it was about to write, relative to the working folder, else the fallback', () => {
    expect(writeErrorDiagnostic(failure('ENOSPC'), '/work', '/work/out').file).toBe('out/ke-hoach.docx');
    expect(writeErrorDiagnostic(Object.assign(new Error(), { code: 'EIO' }), '/work', '/work/out').file).toBe('out');
  });

  it('says what each cause means instead of always blaming Word', () => {
    expect(message('ENOSPC')).toMatch(/^Could not write the file \(ENOSPC\): the disk is full/);
    expect(message('EACCES')).toMatch(/no permission/);
    expect(message('EPERM')).toMatch(/no permission.*Word/);
    expect(message('ENOTDIR')).toMatch(/in the way/);
    expect(message('EEXIST')).toMatch(/in the way/);
    expect(message('EISDIR')).toMatch(/in the way/);
    expect(message('EBUSY')).toMatch(/open in Word/);
    for (const code of ['ENOSPC', 'EACCES', 'ENOTDIR']) expect(message(code)).not.toMatch(/open in Word/);
    expect(message('ENOSPC', 'vi')).toMatch(/ổ đĩa đã đầy/);
  });

  it('keeps Word’s owner file as its own message', () => {
    const d = writeErrorDiagnostic(new OpenInWordError('/work/out/ke-hoach.docx', '~$ke-hoach.docx'), '/work', '/work/out');
    expect(d).toMatchObject({ file: 'out/ke-hoach.docx', messageId: 'io/open-in-word', params: { lock: '~$ke-hoach.docx' } });
  });
});
