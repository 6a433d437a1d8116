import { describe, expect, it } from 'vitest';
import { CHUNK, chunksOf } from '../../src/write/pdf.js';

describe('chunksOf: how documents are shared out among LibreOffice processes', () => {
  it.each([
    [1003, 2, []],
    [1003, 2, [1001, 1002]],
    [29, 2, []],
    [29, 8, []],
    [5, 4, []],
    [253, 1, [252]],
  ] as const)('%i documents, %i processes, big %j: each once, none over the chunk size, big ones first and alone', (n, processes, big) => {
    const chunks = chunksOf(n, processes, CHUNK, big);
    expect(chunks.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(CHUNK);
    expect(chunks.slice(0, big.length)).toEqual(big.map((i) => [i]));
  });

  it('keeps every process busy when there are enough documents, and starts one process for a few', () => {
    expect(chunksOf(29, 2, CHUNK)).toHaveLength(2);
    expect(chunksOf(5, 4, CHUNK)).toHaveLength(1);
    expect(chunksOf(1003, 2, CHUNK)).toHaveLength(11);
  });
});
