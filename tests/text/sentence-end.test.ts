import { describe, expect, it } from 'vitest';
import { endsWithPunctuation, trailingPunctuation, withEnd, withEndMark } from '../../src/text/sentence-end.js';

describe('sentence-end', () => {
  it.each([
    ['tốt đẹp', 'tốt đẹp./.'],
    ['tốt đẹp.', 'tốt đẹp./.'],
    ['tốt đẹp./.', 'tốt đẹp./.'],
    ['tốt đẹp././.', 'tốt đẹp./.'],
    ['tốt đẹp ./. ', 'tốt đẹp./.'],
    ['thực hiện;', 'thực hiện./.'],
    ['như sau:', 'như sau./.'],
    ['Trân trọng!', 'Trân trọng!./.'],
  ])('closes %j as %j, with ./. exactly once', (text, closed) => {
    expect(withEndMark(text)).toBe(closed);
    expect(withEndMark(text).split('./.').length - 1).toBe(1);
  });

  it.each([
    ['Như trên', ';', 'Như trên;'],
    ['Như trên,', ';', 'Như trên,'],
    ['UBND tỉnh (b/c)', '.', 'UBND tỉnh (b/c).'],
    ['Xong…', '.', 'Xong…'],
    ['Hết./.', '.', 'Hết./.'],
  ] as const)('withEnd(%j, %j) keeps the author’s mark', (text, end, out) => {
    expect(withEnd(text, end)).toBe(out);
  });

  it('names the trailing marks', () => {
    expect(trailingPunctuation('Sở Tài chính;, ')).toBe(';,');
    expect(trailingPunctuation('Sở Tài chính')).toBe('');
    expect(endsWithPunctuation('a./.')).toBe(true);
  });
});
