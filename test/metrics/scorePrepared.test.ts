import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../src/metrics/averagePrecision.js';
import { rocAucScore } from '../../src/metrics/rocAucScore.js';
import { rocAucVarianceDeLong } from '../../src/metrics/scoreDeLong.js';
import { prepareBinaryScores } from '../../src/metrics/scorePrepared.js';
import { casesFor, expectClose, reference } from './scoreFixtures.js';

describe(`prepareBinaryScores against sklearn ${reference['scikit-learn']}`, () => {
  for (const c of casesFor('roc_auc_score').filter((x) => !x.error && !x.kwargs.max_fpr && /^n\d+|^pm1/.test(x.name))) {
    it(`rocAuc ${c.name}`, () => {
      const p = prepareBinaryScores(c.kwargs.y_true, c.kwargs.y_score);
      expectClose(p.rocAuc(c.kwargs.sample_weight), c.expected, 1e-12, c.name);
    });
  }
  for (const c of casesFor('average_precision_score').filter((x) => !x.error && /^n\d+|^pm1/.test(x.name))) {
    it(`averagePrecision ${c.name}`, () => {
      const p = prepareBinaryScores(c.kwargs.y_true, c.kwargs.y_score);
      expectClose(p.averagePrecision(c.kwargs.sample_weight), c.expected, 1e-12, c.name);
    });
  }
});

describe('prepareBinaryScores properties', () => {
  const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: 0, max: 4 })), {
    minLength: 2,
    maxLength: 80,
  });

  it('weights equal the metrics of the repeated rows (bootstrap counts)', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const y = r.map((x) => x[0]);
        const s = r.map((x) => x[1]);
        const w = r.map((x) => x[2]);
        const rep = r.flatMap((x) => Array.from({ length: x[2] }, () => x));
        const p = prepareBinaryScores(y, s);
        const ry = rep.map((x) => x[0]);
        const rs = rep.map((x) => x[1]);
        const hasBoth = new Set(ry).size === 2;
        if (hasBoth) expect(p.rocAuc(w)).toBeCloseTo(rocAucScore(ry, rs).value, 14);
        else expect(p.rocAuc(w)).toBeNaN();
        if (rep.length > 0) expect(p.averagePrecision(w)).toBeCloseTo(averagePrecision(ry, rs).value, 14);
        if (hasBoth) {
          const a = p.rocAucVarianceDeLong(w);
          const b = rocAucVarianceDeLong(ry, rs);
          expect(a.auc).toBeCloseTo(b.auc, 14);
          if (Number.isNaN(b.variance)) expect(a.variance).toBeNaN();
          else expect(a.variance).toBeCloseTo(b.variance, 14);
        }
      }),
    );
  });

  it('unweighted values equal rocAucScore and averagePrecision', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const y = r.map((x) => x[0]);
        const s = r.map((x) => x[1] / 3);
        const p = prepareBinaryScores(y, s);
        if (new Set(y).size === 2) expect(p.rocAuc()).toBeCloseTo(rocAucScore(y, s).value, 14);
        expect(p.averagePrecision()).toBeCloseTo(averagePrecision(y, s).value, 14);
      }),
    );
  });

  it('rejects weights of the wrong length', () => {
    expect(() => prepareBinaryScores([0, 1], [0.1, 0.2]).rocAuc([1])).toThrow(/inconsistent numbers of samples: \[2, 1\]/);
  });
});

describe('prepareBinaryScores on 1,000,000 rows', () => {
  it('agrees with rocAucScore and averagePrecision under a resample weight vector', () => {
    const n = 1_000_000;
    const y = new Array<number>(n);
    const s = new Float64Array(n);
    let state = 12345;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < n; i++) {
      y[i] = next() < 0.3 ? 1 : 0;
      s[i] = Math.round((next() + 0.4 * y[i]) * 1000) / 1000;
    }
    const p = prepareBinaryScores(y, s);
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) w[Math.floor(next() * n)]++;
    const auc = p.rocAuc(w);
    expect(auc).toBeGreaterThan(0.5);
    expect(auc).toBeCloseTo(rocAucScore(y, s, { sampleWeight: w }).value, 12);
    expect(p.averagePrecision(w)).toBeCloseTo(averagePrecision(y, s, { sampleWeight: w }).value, 12);
  });
});
