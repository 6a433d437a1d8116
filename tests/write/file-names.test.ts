import { describe, expect, it } from 'vitest';
import { isWindowsReserved } from '../../src/write/file-names.js';

describe('isWindowsReserved', () => {
  it('refuses the device names of Microsoft’s list, in any case, with or without an extension', () => {
    for (const name of ['CON', 'prn', 'Aux', 'nul', 'COM0', 'com1', 'COM9', 'LPT0', 'lpt5', 'COM¹', 'com²', 'LPT³', 'nul.docx', 'com1.yaml']) {
      expect(isWindowsReserved(name), name).toBe(true);
    }
  });

  it('allows names that only start like one', () => {
    for (const name of ['console', 'com10', 'lpt', 'nul-1', '001-con', 'auxiliary.docx', 'com⁴']) {
      expect(isWindowsReserved(name), name).toBe(false);
    }
  });
});
