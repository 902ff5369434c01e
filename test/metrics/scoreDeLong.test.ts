import { describe, expect, it } from 'vitest';
import { rocAucVarianceDeLong } from '../../src/metrics/scoreDeLong.js';
import { prepareBinaryScores } from '../../src/metrics/scorePrepared.js';
import { casesFor, expectClose } from './scoreFixtures.js';

describe('rocAucVarianceDeLong against a numpy reimplementation of Sun & Xu (2014)', () => {
  for (const c of casesFor('delong')) {
    it(c.name, () => {
      const { y_true, y_score, sample_weight } = c.kwargs;
      const r = rocAucVarianceDeLong(y_true, y_score, { sampleWeight: sample_weight });
      expectClose(r.auc, c.expected.auc, 1e-12, 'auc');
      expectClose(r.auc, c.expected.sklearn_auc, 1e-12, 'auc vs sklearn');
      expectClose(r.variance, c.expected.variance, 1e-11, 'variance');
      const p = prepareBinaryScores(y_true, y_score).rocAucVarianceDeLong(sample_weight);
      expect(p.auc).toBe(r.auc);
      expect(p.variance).toBe(r.variance);
    });
  }

  it('hand-computed: AUC .75, variance .125', () => {
    // V10 = [.5, 1], V01 = [1, .5]: S10 = S01 = .125; Var = .125/2 + .125/2
    const r = rocAucVarianceDeLong([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(r.auc).toBe(0.75);
    expect(r.variance).toBe(0.125);
  });

  it('is NaN with a warning for one class, NaN variance for a single positive', () => {
    const one = rocAucVarianceDeLong([1, 1], [0.1, 0.2]);
    expect(one.auc).toBeNaN();
    expect(one.warnings.length).toBe(1);
    const single = rocAucVarianceDeLong([1, 0, 0], [0.5, 0.1, 0.9]);
    expect(single.auc).toBe(0.5);
    expect(single.variance).toBeNaN();
  });
});
