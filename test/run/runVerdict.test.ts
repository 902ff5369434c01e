import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GateResult, Results } from '../../src/contract/results.js';
import { runError, withRunError } from '../../src/run/runVerdict.js';
import { gateCounts } from '../../src/run/gateCounts.js';

const model = (calls: number, errors: number, max = 0.05): NonNullable<Results['model']> => ({
  name: 'm', parameters: {}, calls, errors, error_rate: calls === 0 ? 0 : errors / calls, max_error_rate: max, first_errors: errors ? [{ id: 'e0', error: 'boom' }] : [],
});
const gate = (figure: string, status: GateResult['status'], value: number): GateResult => ({
  name: `${figure} >= 0.5`, expression: `${figure} >= 0.5`, figure, stat: 'value', op: '>=', threshold: 0.5, severity: 'blocking', status, value, message: 'm',
});

describe('runError: each model held to its max_error_rate', () => {
  it('is undefined at or below the rate, an error_rate reason above it', () => {
    expect(runError([{ role: 'model', model: model(20, 1) }])).toBeUndefined(); // 5 % = 5 %
    expect(runError([{ role: 'model', model: undefined }])).toBeUndefined();
    const e = runError([{ role: 'model', model: model(20, 2) }])!;
    expect(e.reason).toBe('error_rate');
    expect(e.message).toBe("2 of 20 model calls failed (10.0%, above the suite's max_error_rate of 5%): the run could not complete; first: e0: boom");
    expect(e.models).toEqual([{ role: 'model', name: 'm', calls: 20, errors: 2, error_rate: 0.1, max_error_rate: 0.05, first_error: { id: 'e0', error: 'boom' } }]);
  });

  it('names the baseline and the candidate of a two-model suite, each against its own rate', () => {
    const e = runError([{ role: 'baseline', model: model(10, 10) }, { role: 'candidate', model: model(10, 1, 0.2) }])!;
    expect(e.models.map((m) => m.role)).toEqual(['baseline']);
    expect(e.message).toMatch(/^the baseline 'm': 10 of 10 model calls failed \(100\.0%, above the suite's max_error_rate of 5%\)/);
    expect(runError([{ role: 'baseline', model: model(10, 10) }, { role: 'candidate', model: model(10, 3) }])!.models.map((m) => m.role)).toEqual(['baseline', 'candidate']);
  });

  it('property: an error exactly when some model is above its rate', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 2 }), (ms) => {
      const models = ms.map(([calls, share, max]) => model(calls, Math.round(share * calls), max));
      const e = runError(models.map((m, i) => ({ role: i === 0 ? 'baseline' : 'candidate', model: m })));
      expect(e !== undefined).toBe(models.some((m) => m.error_rate > m.max_error_rate));
      if (e) expect(e.models).toHaveLength(models.filter((m) => m.error_rate > m.max_error_rate).length);
    }));
  });
});

describe('withRunError', () => {
  const results = { gates: [gate('accuracy', 'fail', NaN), gate('errors.rate', 'fail', 1), gate('n', 'pass', 3)], verdict: 'fail', counts: gateCounts([]) } as unknown as Results;
  const e = runError([{ role: 'model', model: model(4, 4) }])!;

  it('makes the verdict error, turns NaN gates into "no data" with the reason, keeps computed gates, recounts', () => {
    const r = withRunError(results, e);
    expect(r.verdict).toBe('error');
    expect(r.error).toBe(e);
    expect(r.gates.map((g) => g.status)).toEqual(['no_data', 'fail', 'pass']);
    expect(r.gates[0].message).toBe('accuracy: no data (4 of 4 model calls failed: the run could not complete)');
    expect(r.counts).toEqual({ gates: 3, passed: 1, failed: 1, warnings: 0, no_data: 1 });
  });

  it('counts the comparison gates too, and is idempotent', () => {
    const withCmp = { ...results, comparison: { gates: [{ status: 'fail', severity: 'warning' }] } } as unknown as Results;
    const r = withRunError(withRunError(withCmp, e), e);
    expect(r.counts).toEqual({ gates: 4, passed: 1, failed: 1, warnings: 1, no_data: 1 });
  });
});
