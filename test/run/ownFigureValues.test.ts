import { describe, expect, it } from 'vitest';
import { ownFigureValues } from '../../src/run/ownFigureValues.js';
import type { ComparisonFigure } from '../../src/contract/comparisonResults.js';

const fig = (figure: string, baseline: number, candidate: number): ComparisonFigure =>
  ({ figure, baseline, candidate, delta: candidate - baseline, ci_low: 0, ci_high: 0, confidence: 0.95, higher_is_better: false, p_worse: 1, p_better: 1, test: 'paired-bootstrap-rows', resamples: 10 }) as ComparisonFigure;

describe('ownFigureValues', () => {
  it('takes the runs\' own values when the recomputation differs only by summation order, and keeps a recomputation over other units', () => {
    const [ece, brier] = ownFigureValues([fig('ece', 0.1 + 1e-17, 0.30000000000000004), fig('brier', 0.2, 0.25)], { ece: { value: 0.1 }, brier: { value: 0.21 } }, { ece: { value: 0.3 }, brier: { value: 0.25 } });
    expect([ece.baseline, ece.candidate, ece.delta]).toEqual([0.1, 0.3, 0.3 - 0.1]);
    expect([brier.baseline, brier.candidate, brier.delta]).toEqual([0.2, 0.25, 0.25 - 0.2]);
  });
});
