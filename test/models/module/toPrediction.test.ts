import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toPrediction } from '../../../src/models/module/toPrediction.js';
import { toPredictions } from '../../../src/models/module/toPredictions.js';

describe('toPrediction', () => {
  it('copies the known fields and drops the rest', () => {
    const raw = { label: ['a', 2], text: 't', probabilities: { a: 0.25, b: 0.75 }, score: 0.75, latencyMs: 3, extra: { x: 1 } };
    const p = toPrediction(raw, 'out');
    expect(p).toEqual({ label: ['a', 2], text: 't', probabilities: { a: 0.25, b: 0.75 }, score: 0.75, latencyMs: 3 });
    expect(p.label).not.toBe(raw.label);
    expect(p.probabilities).not.toBe(raw.probabilities);
  });

  it('keeps only the error (and latency) of a failed answer', () => {
    expect(toPrediction({ error: 'no', label: 'a', latencyMs: 1 }, 'out')).toEqual({ error: 'no', latencyMs: 1 });
    expect(toPrediction({ error: null, label: 'a' }, 'out')).toEqual({ label: 'a' });
  });

  it('names the field that has the wrong type', () => {
    expect(toPrediction({ label: true }, 'out [0]').error).toBe('out [0].label must be a string, a finite number or an array of them (got a boolean)');
    expect(toPrediction({ label: ['a', null] }, 'o').error).toBe('o.label[1] must be a string or a finite number (got null)');
    expect(toPrediction({ label: NaN }, 'o').error).toBe('o.label must be a string, a finite number or an array of them (got a number)');
    expect(toPrediction({ text: 3 }, 'o').error).toBe('o.text must be a string (got a number)');
    expect(toPrediction({ score: '0.5' }, 'o').error).toBe('o.score must be a finite number (got a string)');
    expect(toPrediction({ probabilities: { a: '1' } }, 'o').error).toBe('o.probabilities["a"] must be a finite number (got a string)');
    expect(toPrediction({ probabilities: [0.5] }, 'o').error).toBe('o.probabilities must be an object of label → number (got an array)');
    expect(toPrediction({ error: 5 }, 'o').error).toBe('o.error must be a string (got a number)');
    expect(toPrediction({ label: 'a', latencyMs: -1 }, 'o').error).toBe('o.latencyMs must be a number >= 0 (got a number)');
    expect(toPrediction({}, 'o').error).toBe('o has none of label, text, probabilities, score (keys: none)');
    expect(toPrediction(new Map(), 'o').error).toBe('o is an object, expected an object with label, text, probabilities or score');
  });

  it('never throws and always returns either an error or at least one answer field', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const p = toPrediction(v, 'o');
        const answered = p.label !== undefined || p.text !== undefined || p.probabilities !== undefined || p.score !== undefined;
        return typeof p.error === 'string' ? !answered : answered;
      }),
    );
  });
});

describe('toPredictions', () => {
  it('fills in the batch latency only where the model gave none', () => {
    expect(toPredictions([{ label: 'a' }, { label: 'b', latencyMs: 1 }], 2, 'p', 9)).toEqual([
      { label: 'a', latencyMs: 9 },
      { label: 'b', latencyMs: 1 },
    ]);
  });

  it('gives one distinct error object per input for a wrong count', () => {
    const out = toPredictions([{ label: 'a' }], 2, 'predict()');
    expect(out).toEqual([{ error: 'predict() returned 1 prediction for 2 inputs' }, { error: 'predict() returned 1 prediction for 2 inputs' }]);
    expect(out[0]).not.toBe(out[1]);
    expect(toPredictions(undefined, 1, 'predict()')).toEqual([{ error: 'predict() returned undefined, expected an array of 1 prediction' }]);
  });
});
