import { describe, expect, it } from 'vitest';
import { parseComparisonGate } from '../../src/suite/parseComparisonGate.js';

describe('parseComparisonGate', () => {
  it('reads the three claims', () => {
    expect(parseComparisonGate('f1.macro: candidate - baseline >= -0.01 at 95%')).toEqual({ ok: true, gate: { figure: ['f1', 'macro'], claim: { kind: 'non-inferiority', op: '>=', threshold: -0.01, confidence: 0.95 } } });
    expect(parseComparisonGate('ece: candidate - baseline <= 1%')).toEqual({ ok: true, gate: { figure: ['ece'], claim: { kind: 'non-inferiority', op: '<=', threshold: 0.01 } } });
    expect(parseComparisonGate('accuracy: no significant regression at alpha 0.01')).toEqual({ ok: true, gate: { figure: ['accuracy'], claim: { kind: 'no-regression', alpha: 0.01 } } });
    expect(parseComparisonGate('recall["not spam"]: No  Regression')).toEqual({ ok: true, gate: { figure: ['recall', 'not spam'], claim: { kind: 'no-regression' } } });
    expect(parseComparisonGate('mcc: candidate > baseline')).toEqual({ ok: true, gate: { figure: ['mcc'], claim: { kind: 'improvement' } } });
    expect(parseComparisonGate('cross-validation.f1.macro.mean: improves at alpha=0.1')).toEqual({ ok: true, gate: { figure: ['cross-validation', 'f1', 'macro', 'mean'], claim: { kind: 'improvement', alpha: 0.1 } } });
  });

  it('says what is wrong', () => {
    expect(parseComparisonGate('f1.macro >= 0.9')).toMatchObject({ ok: false, message: expect.stringMatching(/reads 'FIGURE: CLAIM'/) });
    expect(parseComparisonGate('f1: gets better')).toMatchObject({ ok: false, message: expect.stringMatching(/unknown claim/) });
    expect(parseComparisonGate('f1: candidate - baseline > 0')).toMatchObject({ ok: false, message: expect.stringMatching(/'candidate - baseline >= NUMBER' or '<= NUMBER'/) });
    expect(parseComparisonGate('f1: improves at 95%')).toMatchObject({ ok: false, message: expect.stringMatching(/tests take 'at alpha 0.05'/) });
    expect(parseComparisonGate('f1: candidate - baseline >= 0 at alpha 0.05')).toMatchObject({ ok: false, message: expect.stringMatching(/judged on an interval/) });
    expect(parseComparisonGate('f1: improves at alpha 2')).toMatchObject({ ok: false, message: expect.stringMatching(/alpha must be strictly between 0 and 1/) });
  });
});
