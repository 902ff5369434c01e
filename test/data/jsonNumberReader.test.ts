import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonNumberReader } from '../../src/data/jsonNumberReader.js';

/** Any JSON number text: sign, integer digits, fraction and exponent, of every length. */
const numberText = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.stringMatching(/^(0|[1-9][0-9]{0,24})$/),
    fc.option(fc.stringMatching(/^[0-9]{1,30}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E', 'e+', 'e-', 'E+', 'E-'), fc.stringMatching(/^[0-9]{1,3}$/))),
  )
  .map(([sign, int, frac, exp]) => `${sign}${int}${frac !== null ? `.${frac}` : ''}${exp !== null ? exp.join('') : ''}`);

const read = (s: string): { end: number; value: number } => {
  const r = new JsonNumberReader();
  const end = r.read(Buffer.from(s, 'latin1'), 0, s.length);
  return { end, value: r.value };
};

describe('JsonNumberReader', () => {
  it('reads every JSON number to the double JSON.parse gives, -0 included (property)', () => {
    fc.assert(
      fc.property(fc.oneof(numberText, fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => JSON.stringify(v))), (s) => {
        const { end, value } = read(s);
        expect(end).toBe(s.length);
        expect(Object.is(value, JSON.parse(s))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('is exact on the short decimals of its fast path, where a division could be off', () => {
    // 15 significant digits are the most the fast path takes; these are spot checks at that edge.
    for (const s of ['0.123456789012345', '999999999999999', '0.000000000000001', '-0.5', '-0', '-0.0', '0.731', '1', '0', '0.1', '0.3']) {
      expect(Object.is(read(s).value, JSON.parse(s)), s).toBe(true);
    }
    for (const s of ['0.1234567890123456', '9007199254740993', '1.7976931348623157e308', '5e-324', '2.2250738585072011e-308']) {
      expect(Object.is(read(s).value, JSON.parse(s)), s).toBe(true);
    }
  });

  it('stops where the number stops and refuses what is not one', () => {
    expect(read('0.731,')).toEqual({ end: 5, value: 0.731 });
    expect(read('01').end).toBe(1);
    for (const s of ['-', '.5', '1.', '1e', '1e+', '+1', 'x']) expect(read(s).end, s).toBe(-1);
  });
});
