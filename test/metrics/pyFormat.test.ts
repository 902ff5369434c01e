import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numpyArrayStr, pyFixed, pyFloatRepr, pyRepr } from '../../src/metrics/pyFormat.js';

describe('pyFixed (Python format(x, ".Nf"))', () => {
  it('rounds exact ties to even', () => {
    expect(pyFixed(0.125, 2)).toBe('0.12');
    expect(pyFixed(0.375, 2)).toBe('0.38');
    expect(pyFixed(2.5, 0)).toBe('2');
    expect(pyFixed(3.5, 0)).toBe('4');
    expect(pyFixed(-0.125, 2)).toBe('-0.12');
    expect(pyFixed(0.5, 0)).toBe('0');
  });

  it('leaves non-ties to toFixed and spells NaN as Python', () => {
    expect(pyFixed(0.1 + 0.2, 2)).toBe('0.30');
    expect(pyFixed(2 / 3, 4)).toBe('0.6667');
    expect(pyFixed(NaN, 2)).toBe('nan');
    expect(pyFixed(1, 15)).toBe('1.000000000000000');
  });

  it('agrees with toFixed whenever the value is not an exact tie (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const long = x.toFixed(60);
        const cut = long.indexOf('.') + 1 + d;
        const isTie = long[cut] === '5' && /^0*$/.test(long.slice(cut + 1));
        if (!isTie) expect(pyFixed(x, d)).toBe(x.toFixed(d));
      }),
    );
  });
});

describe('pyFloatRepr / pyRepr / numpyArrayStr', () => {
  it('matches Python repr', () => {
    expect(pyFloatRepr(1e16)).toBe('1e+16');
    expect(pyFloatRepr(1e-5)).toBe('1e-05');
    expect(pyFloatRepr(123456789012345.6)).toBe('123456789012345.6');
    expect(pyFloatRepr(0.0001)).toBe('0.0001');
    expect(pyFloatRepr(2.5)).toBe('2.5');
    expect(pyFloatRepr(3)).toBe('3.0');
    expect(pyFloatRepr(-0)).toBe('-0.0');
    expect(pyFloatRepr(NaN)).toBe('nan');
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a"b\'c')).toBe("'a\"b\\'c'");
  });

  it('prints label arrays as numpy does', () => {
    expect(numpyArrayStr([1, 10])).toBe('[ 1 10]');
    expect(numpyArrayStr([-1, 1])).toBe('[-1  1]');
    expect(numpyArrayStr(['a', 'bb'])).toBe("['a' 'bb']");
  });
});
