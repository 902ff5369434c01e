import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { brierScore } from '../../src/metrics/brierScore.js';
import { logLoss } from '../../src/metrics/logLoss.js';
import { rocAucScore } from '../../src/metrics/rocAucScore.js';
import { averagePrecision } from '../../src/metrics/averagePrecision.js';
import type { MetricsDetail } from '../../src/contract/results.js';
import type { RecordPair } from '../../src/run/pairRecords.js';
import { pairedStatisticFigures } from '../../src/run/pairedStatisticFigures.js';
import { scoreStatistics } from '../../src/run/scoreStatistics.js';

const classes = ['a', 'b', 'c'];
const rng = new RandomState(3);
const row = (sharp: number, label: number) => {
  const raw = classes.map((_, j) => rng.randomSample() + (j === label ? sharp : 0));
  const t = raw.reduce((x, y) => x + y, 0);
  return raw.map((x) => x / t);
};
const labels = Array.from({ length: 90 }, (_, i) => i % 3);
const base = labels.map((l) => row(0.3, l));
const cand = labels.map((l) => row(1.2, l));
const pairs: RecordPair[] = labels.map((l, i) => ({
  check: 'metrics', variant: null, id: `e${i}`, expected: classes[l], baseline: null, candidate: null, error: false,
  // the baseline's probabilities keyed by label, the candidate's as an array in class order
  baselineScores: { score: null, probabilities: Object.fromEntries(classes.map((c, j) => [c, base[i][j]])) },
  candidateScores: { score: null, probabilities: cand[i] },
}));
const detail: MetricsDetail = {
  target: 'multiclass', labels: classes, average: 'macro', zero_division: 'warn', confidence: 0.95, bootstrap: { resamples: 0, seed: 0 },
  confusion_matrix: { labels: classes, matrix: [] }, report: [], warnings: [], curves: { reliability: Array.from({ length: 10 }, () => ({ lower: 0, upper: 0, count: 0, accuracy: 0, confidence: 0 })) },
};
const y = labels.map((l) => classes[l]);

describe('scoreStatistics (multiclass, from the records\' probabilities)', () => {
  const specs = scoreStatistics(pairs, detail, () => true);
  const by = (f: string) => specs.find((s) => s.figure === f)!;

  it('gives each run the value scikit-learn defines, and a resample statistic that agrees with it at unit weights', () => {
    expect(specs.map((s) => s.figure)).toEqual(expect.arrayContaining(['roc_auc', 'roc_auc.macro', 'roc_auc.weighted', 'roc_auc.b', 'average_precision.macro', 'log_loss', 'brier', 'ece', 'mce']));
    const ones = new Float64Array(90).fill(1);
    const expected: Record<string, [number, number]> = {
      'roc_auc.macro': [rocAucScore(y, base, { labels: classes, multiClass: 'ovr', average: 'macro' }).value, rocAucScore(y, cand, { labels: classes, multiClass: 'ovr', average: 'macro' }).value],
      'roc_auc.weighted': [rocAucScore(y, base, { labels: classes, multiClass: 'ovr', average: 'weighted' }).value, rocAucScore(y, cand, { labels: classes, multiClass: 'ovr', average: 'weighted' }).value],
      'average_precision.macro': [averagePrecision(y, base, { average: 'macro' }).value, averagePrecision(y, cand, { average: 'macro' }).value],
      log_loss: [logLoss(y, base, { labels: classes }).value, logLoss(y, cand, { labels: classes }).value],
      brier: [brierScore(y, base, { labels: classes }).value, brierScore(y, cand, { labels: classes }).value],
    };
    for (const [f, [b, c]] of Object.entries(expected)) {
      expect(by(f).values, f).toEqual({ baseline: b, candidate: c });
      expect(by(f).baseline(ones), f).toBeCloseTo(b, 12);
      expect(by(f).candidate(ones), f).toBeCloseTo(c, 12);
    }
  });

  it('the sharper candidate is better on AUC and log loss, with intervals clear of zero', () => {
    const figs = pairedStatisticFigures([by('roc_auc'), by('log_loss')], { seed: 1, resamples: 500, confidence: 0.95, levels: [] }).figures;
    expect(figs[0]).toMatchObject({ higher_is_better: true, test: 'paired-bootstrap-rows', pairs: 90 });
    expect(figs[0].ci_low).toBeGreaterThan(0);
    expect(figs[1].higher_is_better).toBe(false);
    expect(figs[1].ci_high).toBeLessThan(0);
    expect(figs[1].p_better).toBeLessThan(0.01);
  });

  it('gives nothing when a record has no probabilities', () => {
    const bare = pairs.map((p, i) => (i === 5 ? { ...p, candidateScores: { score: null } } : p));
    expect(scoreStatistics(bare, detail, () => true)).toEqual([]);
  });
});
