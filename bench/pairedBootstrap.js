// npm run bench: the paired bootstrap of evalgate compare.
//   10,000 resamples of the difference in macro F1 over 1,000,000 paired predictions of 5 classes
//   (target: under 1 s), through the code evalgate compare runs: the joint (label, baseline,
//   candidate) cells, their multinomial resamples, and macro F1 with scikit-learn's semantics on
//   both models' matrices. For scale, one row resample (what a naive paired bootstrap pays per
//   resample) is timed in the same process and extrapolated to 10,000.
// Best of RUNS runs in this process.
import { RandomState } from '../dist/cv/randomState.js';
import { pairedCells } from '../dist/stats/pairedCells.js';
import { pairedBootstrapCells, pairedBootstrapRows } from '../dist/stats/pairedBootstrap.js';
import { splitPairedCells } from '../dist/stats/pairedCells.js';
import { confusionFigure, MatrixView } from '../dist/run/confusionFigure.js';

const N = Number(process.env.EVALGATE_BENCH_PAIRS ?? 1_000_000);
const B = 10_000;
const K = 5;
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 5);

const rng = new RandomState(2026);
const y = new Int32Array(N);
const a = new Int32Array(N);
const c = new Int32Array(N);
for (let i = 0; i < N; i++) {
  y[i] = rng.nextUint32() % K;
  a[i] = rng.randomSample() < 0.8 ? y[i] : rng.nextUint32() % K;
  c[i] = rng.randomSample() < 0.82 ? y[i] : rng.nextUint32() % K;
}
const labels = ['a', 'b', 'c', 'd', 'e'];
const f1 = confusionFigure(['f1', 'macro'], { matrixLabels: labels, labels, average: 'macro', zeroDivision: 'warn' });
const va = new MatrixView(labels);
const vb = new MatrixView(labels);
const ma = new Float64Array(K * K);
const mb = new Float64Array(K * K);
const delta = (cells, out) => {
  splitPairedCells(cells, K, ma, mb);
  out[0] = f1(vb.set(mb)) - f1(va.set(ma));
};

let best = Infinity;
let result;
for (let r = 0; r < RUNS; r++) {
  const t = performance.now();
  const joint = pairedCells(y, a, c, K);
  [result] = pairedBootstrapCells(joint, 1, delta, { resamples: B, rng: new RandomState(7) });
  best = Math.min(best, performance.now() - t);
}

// One row resample of the same statistic, the per-resample cost of resampling examples.
const rowMs = (() => {
  const t = performance.now();
  pairedBootstrapRows(N, 1, (w, out) => {
    ma.fill(0);
    mb.fill(0);
    for (let i = 0; i < N; i++) {
      ma[y[i] * K + a[i]] += w[i];
      mb[y[i] * K + c[i]] += w[i];
    }
    out[0] = f1(vb.set(mb)) - f1(va.set(ma));
  }, { resamples: 2, rng: new RandomState(7) });
  return (performance.now() - t) / 3; // the observed estimate plus 2 resamples
})();

console.log(`paired bootstrap benchmark: ${N.toLocaleString('en')} paired predictions, ${K} classes, ${B.toLocaleString('en')} resamples of macro F1 (best of ${RUNS})`);
console.log(`  joint cells + multinomial resamples : ${best.toFixed(0)} ms (target < 1000 ms)`);
console.log(`  delta ${result.estimate.toFixed(4)}, 95% interval [${result.low.toFixed(4)}, ${result.high.toFixed(4)}]`);
console.log(`  row resampling, extrapolated        : ${((rowMs * B) / 1000).toFixed(0)} s (${rowMs.toFixed(0)} ms a resample; ${((rowMs * B) / best).toFixed(0)}x slower)`);
if (best >= 1000) process.exitCode = 1;
