import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInside } from '../../src/write/inside.js';

describe('pathInside', () => {
  const out = join('/tmp', 'out', 'plan');

  it('joins a plain name or a name below a subfolder', () => {
    expect(pathInside(out, 'ke-hoach.docx')).toBe(join(out, 'ke-hoach.docx'));
    expect(pathInside(out, 'giay-moi/001-a.docx')).toBe(join(out, 'giay-moi', '001-a.docx'));
  });

  it.each(['../x.docx', '../../etc/passwd', 'giay-moi/../../x.docx', '.', '', '../plan-2/x.docx'])('refuses %j, which is not below the folder', (name) => {
    expect(() => pathInside(out, name)).toThrow(/outside the output folder/);
  });
});
