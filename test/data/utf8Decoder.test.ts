import fc from 'fast-check';
import { StringDecoder } from 'node:string_decoder';
import { describe, expect, it } from 'vitest';
import { Utf8Decoder } from '../../src/data/utf8Decoder.js';

function decodeAll(chunks: Buffer[]): string {
  const d = new Utf8Decoder();
  return chunks.map((c) => d.write(c)).join('') + d.end();
}

function cut(bytes: Buffer, points: number[]): Buffer[] {
  const ps = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...ps, bytes.length]) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  return out;
}

describe('Utf8Decoder', () => {
  it('decodes characters split across chunks, including after ASCII-only chunks', () => {
    const bytes = Buffer.from('ab é€ 😀 cd', 'utf8');
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j++) {
        expect(decodeAll([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)])).toBe('ab é€ 😀 cd');
      }
    }
  });

  it('drops a leading BOM only', () => {
    expect(decodeAll([Buffer.from('\uFEFFa\uFEFF', 'utf8')])).toBe('a\uFEFF');
    expect(decodeAll([Buffer.from([0xef]), Buffer.from([0xbb, 0xbf, 0x61])])).toBe('a');
    const d = new Utf8Decoder();
    expect(d.write('\uFEFFx')).toBe('x');
  });

  it('matches StringDecoder on any bytes, valid UTF-8 or not, however they are chunked (property)', () => {
    const bytesArb = fc.oneof(
      fc.string({ unit: 'binary' }).map((s) => Buffer.from(s, 'utf8')),
      fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      fc.array(fc.constantFrom(0x61, 0x0a, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x80), { maxLength: 40 }).map((a) => Buffer.from(a)),
    );
    fc.assert(
      fc.property(bytesArb, fc.array(fc.nat(), { maxLength: 6 }), (bytes, points) => {
        const sd = new StringDecoder('utf8');
        let expected = sd.write(bytes) + sd.end();
        if (expected.charCodeAt(0) === 0xfeff) expected = expected.slice(1);
        expect(decodeAll(cut(bytes, points))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
