// npm run bench: the paired bootstrap of evalgate compare for figures that are not functions of a
// confusion matrix, through the code evalgate compare runs on the pairs it reads from records.
//   1. a robustness failure rate over 1,000,000 paired (example, perturbation) units, 10,000
//      resamples: outcome pairs → outcomeStatistics (the rate's integer terms fall into 4 joint
//      cells, resampled from a multinomial) → pairedStatisticFigures; and, for scale, the same
//      figure by row resampling, a few resamples timed and extrapolated to 10,000.
//   2. ROC AUC over 1,000,000 paired scored examples: scoreStatistics (both runs' scores sorted
//      once) → pairedStatisticFigures by row resampling; a few resamples timed and extrapolated.
// Best of RUNS runs in this process. EVALGATE_BENCH_PAIRS changes the number of pairs.
import { RandomState } from '../dist/cv/randomState.js';
import { outcomeStatistics } from '../dist/run/outcomeStatistics.js';
import { pairedStatisticFigures } from '../dist/run/pairedStatisticFigures.js';
import { scoreStatistics } from '../dist/run/scoreStatistics.js';

const N = Number(process.env.EVALGATE_BENCH_PAIRS ?? 1_000_000);
const B = 10_000;
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);
const ROW_RESAMPLES = 3;
const o = { seed: 7, resamples: B, confidence: 0.95, levels: [] };
const rng = new RandomState(2026);
const best = (f) => {
  let ms = Infinity;
  let out;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    out = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, out };
};
/** Time of a few row resamples, extrapolated to B (the observed value is computed too: r + 1 passes). */
const rowsExtrapolated = (spec) => {
  const t = performance.now();
  pairedStatisticFigures([{ ...spec, cells: undefined }], { ...o, resamples: ROW_RESAMPLES });
  return ((performance.now() - t) / (ROW_RESAMPLES + 1)) * B;
};

// 1. failure rate: the baseline fails 8 % of the units, the candidate 9 %.
const figure = 'robustness.typo.failure_rate';
const outcomes = new Array(N);
for (let i = 0; i < N; i++) {
  outcomes[i] = {
    check: 'robustness', variant: 'typo', id: `e${i}`,
    baseline: { terms: { [figure]: [rng.randomSample() < 0.08 ? 1 : 0, 1] } },
    candidate: { terms: { [figure]: [rng.randomSample() < 0.09 ? 1 : 0, 1] } },
  };
}
const rate = best(() => pairedStatisticFigures(outcomeStatistics(outcomes, () => true), o).figures[0]);
const [rateSpec] = outcomeStatistics(outcomes, () => true);
const rateRows = rowsExtrapolated(rateSpec);
outcomes.length = 0;

// 2. ROC AUC: scores that separate the classes a little better for the candidate.
const pairs = new Array(N);
for (let i = 0; i < N; i++) {
  const pos = rng.randomSample() < 0.3;
  const s = (shift) => Math.min(1, Math.max(0, (pos ? 0.6 + shift : 0.4 - shift) + (rng.randomSample() - 0.5) * 0.8));
  pairs[i] = { check: 'metrics', variant: null, id: `e${i}`, expected: pos ? 'pos' : 'neg', baseline: null, candidate: null, error: false, baselineScores: { score: s(0) }, candidateScores: { score: s(0.02) } };
}
const detail = { target: 'binary', labels: ['neg', 'pos'], pos_label: 'pos', average: 'binary', zero_division: 'warn', confidence: 0.95, bootstrap: { resamples: 0, seed: 0 }, report: [], warnings: [] };
const t0 = performance.now();
const [aucSpec] = scoreStatistics(pairs, detail, (f) => f === 'roc_auc');
const prepareMs = performance.now() - t0;
const aucRows = rowsExtrapolated(aucSpec);

const s = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${ms.toFixed(0)} ms`);
console.log(`paired bootstrap of any figure: ${N.toLocaleString('en')} pairs, ${B.toLocaleString('en')} resamples (best of ${RUNS})`);
const r = rate.out;
console.log(`  failure rate, joint cells + multinomial : ${s(rate.ms)} (delta ${r.delta.toFixed(4)}, 95% [${r.ci_low.toFixed(4)}, ${r.ci_high.toFixed(4)}])`);
console.log(`  failure rate, row resampling (extrap.)  : ${s(rateRows)} (${(rateRows / rate.ms).toFixed(0)}x slower)`);
console.log(`  ROC AUC, both runs sorted once          : ${s(prepareMs)}`);
console.log(`  ROC AUC, row resampling (extrapolated)  : ${s(aucRows)} (${(aucRows / B).toFixed(0)} ms a resample)`);
