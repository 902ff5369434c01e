import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Decoder } from '../../src/data/utf8Decoder.js';
import { utf8Faults, utf8TailStart } from '../../src/data/utf8Faults.js';

/** Bytes that are mostly UTF-8 with stray, cut and overlong sequences mixed in. */
const messyBytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => [...Buffer.from(s, 'utf8')]),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 4 }),
      fc.constantFrom([0x0a], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xef, 0xbb, 0xbf]),
    ),
    { maxLength: 30 },
  )
  .map((parts) => Buffer.from(parts.flat()));

/** Decodes `b` cut at `cuts` through one Utf8Decoder; returns the text and the faults' bytes. */
function decodeInChunks(b: Buffer, cuts: number[]): { text: string; bytes: number[]; indexes: number[] } {
  const d = new Utf8Decoder();
  let text = '';
  const bytes: number[] = [];
  const indexes: number[] = [];
  const points = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  let from = 0;
  const take = (t: string): void => {
    for (const f of d.faults) {
      bytes.push(f.byte);
      indexes.push(text.length + f.index);
    }
    text += t;
  };
  for (const p of [...points, b.length]) {
    if (p < from) continue;
    take(d.write(b.subarray(from, p)));
    from = p;
  }
  take(d.end());
  return { text, bytes, indexes };
}

describe('utf8Faults', () => {
  it('finds each maximal invalid subpart, as the WHATWG decoder replaces them', () => {
    expect(utf8Faults(Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62]), 0, 5)).toEqual([[1, 1], [2, 2]]);
    expect(utf8Faults(Buffer.from([0xc0, 0xaf]), 0, 2)).toEqual([[0, 1], [1, 1]]); // overlong
    expect(utf8Faults(Buffer.from([0xed, 0xa0, 0x80]), 0, 3)).toEqual([[0, 1], [1, 1], [2, 1]]); // surrogate
    expect(utf8Faults(Buffer.from('é€😀', 'utf8'), 0, 9)).toEqual([]);
  });

  it('cuts before a character the chunk ends inside', () => {
    expect(utf8TailStart(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(utf8TailStart(Buffer.from('a€', 'utf8'))).toBe(4);
    expect(utf8TailStart(Buffer.from([0x61]))).toBe(1);
  });
});

describe('Utf8Decoder', () => {
  it('decodes any chunking exactly as Buffer.toString does, and reports a fault for each U+FFFD it had to make', () => {
    fc.assert(
      fc.property(messyBytes, fc.array(fc.nat(), { maxLength: 5 }), (b, cuts) => {
        const { text, bytes, indexes } = decodeInChunks(b, cuts);
        const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
        expect(text).toBe(b.toString('utf8', bom ? 3 : 0));
        expect(bytes.length === 0).toBe(isUtf8(b));
        expect(bytes).toEqual(utf8Faults(b, 0, b.length).map(([at]) => at));
        for (const i of indexes) expect(text[i]).toBe('\ufffd');
      }),
      { numRuns: 500 },
    );
  });

  it('names the file offset of a fault split across chunks and of a cut last character', () => {
    const d = new Utf8Decoder();
    expect(d.write(Buffer.from([0x61, 0xe2]))).toBe('a');
    expect(d.faults).toEqual([]);
    expect(d.write(Buffer.from([0x82, 0x0a, 0x62]))).toBe('\ufffd\nb');
    expect(d.faults).toEqual([{ byte: 1, index: 0 }]);
    expect(d.write(Buffer.from([0xc3]))).toBe('');
    expect(d.end()).toBe('\ufffd');
    expect(d.faults).toEqual([{ byte: 5, index: 0 }]);
  });
});
