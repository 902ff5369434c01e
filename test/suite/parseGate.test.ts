import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFigurePath, parseFigurePath, parseGate } from '../../src/suite/parseGate.js';

describe('parseGate', () => {
  it('reads figure, operator and threshold', () => {
    expect(parseGate('f1.macro >= 0.90')).toEqual({ ok: true, gate: { figure: ['f1', 'macro'], op: '>=', threshold: 0.9 } });
    expect(parseGate('mcc>0.8')).toEqual({ ok: true, gate: { figure: ['mcc'], op: '>', threshold: 0.8 } });
    expect(parseGate('ece <= 5%')).toEqual({ ok: true, gate: { figure: ['ece'], op: '<=', threshold: 0.05 } });
    expect(parseGate('recall["not spam"].ci_low != -1e-3')).toEqual({ ok: true, gate: { figure: ['recall', 'not spam', 'ci_low'], op: '!=', threshold: -0.001 } });
  });

  it('keeps operators inside quoted labels out of the split', () => {
    expect(parseGate('recall["a>=b"] < 1')).toEqual({ ok: true, gate: { figure: ['recall', 'a>=b'], op: '<', threshold: 1 } });
  });

  it('rejects what is not a gate, saying why', () => {
    const noOp = parseGate('f1.macro 0.9');
    expect(noOp.ok).toBe(false);
    expect(!noOp.ok && noOp.message).toMatch(/figure op number/);
    const badNumber = parseGate('f1 >= high');
    expect(!badNumber.ok && badNumber.message).toMatch(/threshold must be a number \(got "high"\)/);
    const badFigure = parseGate('f1..macro >= 1');
    expect(!badFigure.ok && badFigure.message).toMatch(/invalid figure/);
    expect(parseGate('f1 >= 1 2').ok).toBe(false);
    expect(parseGate('>= 1').ok).toBe(false);
  });

  it('formats figure paths back to text that parses to the same segments', () => {
    const segment = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const text = formatFigurePath(segments);
        const back = parseFigurePath(text);
        expect(back).toEqual({ ok: true, path: segments });
      }),
    );
  });
});
