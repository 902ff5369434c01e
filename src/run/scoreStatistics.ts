import { averagePrecision } from '../metrics/averagePrecision.js';
import { brierScore } from '../metrics/brierScore.js';
import { expectedCalibrationError } from '../metrics/calibration.js';
import { logLoss, LOG_LOSS_EPS } from '../metrics/logLoss.js';
import { rocAucScore } from '../metrics/rocAucScore.js';
import { prepareBinaryScores } from '../metrics/scorePrepared.js';
import type { Label } from '../metrics/types.js';
import { sortLabels } from '../metrics/sortLabels.js';
import { sortProbabilityColumns } from '../metrics/sortProbabilityColumns.js';
import type { MetricsDetail } from '../contract/results.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { AnswerScores, RecordPair } from './pairRecords.js';
import type { PairedStatistic, } from './pairedStatisticFigures.js';
import type { WeightedStatistic } from './termStatistic.js';

/** One run's score-based figures: the run's own value and the statistic of row weights behind its interval. */
type Side = Record<string, { value: () => number; stat: WeightedStatistic }>;

const mean = (values: Float64Array): WeightedStatistic => (w) => {
  let s = 0, t = 0;
  for (let i = 0; i < values.length; i++) { s += w[i] * values[i]; t += w[i]; }
  return t === 0 ? NaN : s / t;
};

// Values are computed only for the figures compared; a figure the data cannot support is NaN.
const tryValue = (f: () => number) => () => { try { return f(); } catch { return NaN; } };

/** Class-probability rows in `classes` order, or undefined when a record lacks them. */
function probabilityRows(scores: readonly AnswerScores[], classes: readonly Label[]): number[][] | undefined {
  const rows: number[][] = [];
  for (const s of scores) {
    const p = s.probabilities;
    if (p === undefined) return undefined;
    const row = Array.isArray(p) ? p : classes.map((c) => (p as Record<string, number>)[String(c)]);
    if (row.length !== classes.length || row.some((x) => typeof x !== 'number')) return undefined;
    rows.push(row);
  }
  return rows;
}

function calibration(confidence: Float64Array, correct: Uint8Array, bins: number, out: Side): void {
  const at = (which: 'ece' | 'mce', w?: Float64Array) => tryValue(() => expectedCalibrationError(confidence, correct as unknown as ArrayLike<0 | 1>, { bins, ...(w ? { sampleWeight: w } : {}) })[which])();
  for (const which of ['ece', 'mce'] as const) out[which] = { value: () => at(which), stat: (w) => at(which, w) };
}

function binarySide(isPos: Uint8Array, score: Float64Array, bins: number | undefined): Side {
  const y = Array.from(isPos);
  const n = score.length;
  const prepared = prepareBinaryScores(y, score, 1);
  const out: Side = {
    roc_auc: { value: tryValue(() => prepared.rocAucVarianceDeLong().auc), stat: (w) => prepared.rocAuc(w) },
    average_precision: { value: tryValue(() => averagePrecision(y, score, { posLabel: 1 }).value), stat: (w) => prepared.averagePrecision(w) },
    log_loss: { value: tryValue(() => logLoss(y, score, { labels: [0, 1] }).value), stat: mean(Float64Array.from(score, (p, i) => -Math.log(Math.min(Math.max(isPos[i] ? p : 1 - p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS)))) },
    brier: { value: tryValue(() => brierScore(y, score, { posLabel: 1 }).value), stat: mean(Float64Array.from(score, (p, i) => (isPos[i] - p) ** 2)) },
  };
  if (bins !== undefined) {
    const confidence = new Float64Array(n);
    const correct = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const predPos = score[i] > 0.5;
      confidence[i] = predPos ? score[i] : 1 - score[i];
      correct[i] = (predPos ? 1 : 0) === isPos[i] ? 1 : 0;
    }
    calibration(confidence, correct, bins, out);
  }
  return out;
}

function multiclassSide(yTrue: readonly Label[], probs: number[][], classes: readonly Label[], bins: number | undefined): Side {
  const n = yTrue.length;
  const trueIndex = Int32Array.from(yTrue, (t) => classes.indexOf(t));
  const ovr = classes.map((_, j) => prepareBinaryScores(Array.from(trueIndex, (t) => (t === j ? 1 : 0)), Float64Array.from(probs, (r) => r[j]), 1));
  const averaged = (metric: 'rocAuc' | 'averagePrecision', weighted: boolean): WeightedStatistic => (w) => {
    let num = 0, den = 0;
    ovr.forEach((p, j) => {
      let weight = 1;
      if (weighted) { weight = 0; for (let i = 0; i < n; i++) if (trueIndex[i] === j) weight += w[i]; }
      if (weight === 0) return;
      num += p[metric](w) * weight;
      den += weight;
    });
    return den === 0 ? NaN : num / den;
  };
  const labels = { labels: classes };
  const out: Side = {};
  for (const average of ['macro', 'weighted'] as const) {
    out[`roc_auc.${average}`] = { value: tryValue(() => rocAucScore(yTrue, probs, { ...labels, multiClass: 'ovr', average }).value), stat: averaged('rocAuc', average === 'weighted') };
    out[`average_precision.${average}`] = { value: tryValue(() => averagePrecision(yTrue, probs, { average }).value), stat: averaged('averagePrecision', average === 'weighted') };
  }
  out.roc_auc = out['roc_auc.macro'];
  out.average_precision = out['average_precision.macro'];
  classes.forEach((c, j) => {
    out[formatFigurePath(['roc_auc', String(c)])] = { value: tryValue(() => ovr[j].rocAuc()), stat: (w) => ovr[j].rocAuc(w) };
    out[formatFigurePath(['average_precision', String(c)])] = { value: tryValue(() => ovr[j].averagePrecision()), stat: (w) => ovr[j].averagePrecision(w) };
  });
  out.log_loss = { value: tryValue(() => logLoss(yTrue, probs, labels).value), stat: mean(Float64Array.from(probs, (r, i) => -Math.log(Math.min(Math.max(r[trueIndex[i]], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS)))) };
  out.brier = { value: tryValue(() => brierScore(yTrue, probs, labels).value), stat: mean(Float64Array.from(probs, (r, i) => r.reduce((a, p, j) => a + ((j === trueIndex[i] ? 1 : 0) - p) ** 2, 0))) };
  if (bins !== undefined) {
    const confidence = new Float64Array(n);
    const correct = new Uint8Array(n);
    probs.forEach((r, i) => {
      let best = 0;
      for (let j = 1; j < r.length; j++) if (r[j] > r[best]) best = j;
      confidence[i] = r[best];
      correct[i] = best === trueIndex[i] ? 1 : 0;
    });
    calibration(confidence, correct, bins, out);
  }
  return out;
}

/**
 * The score-based figures of the metrics check (ROC AUC, average precision, log loss, Brier, ECE,
 * MCE; for multiclass also their macro, weighted and per-label forms) that both runs have, as
 * paired statistics over the paired examples, recomputed from the records' scores and class
 * probabilities: each run's value as the run computed it (scikit-learn's definitions), its
 * resampled value by the weighted statistic behind the run's own interval. The calibration bins are
 * the runs' reliability curve's. Returns [] when a record lacks the scores a figure needs.
 * Cost O(n log n) once, then O(n·K) per resample.
 * @example scoreStatistics([], detail, () => true) // []
 */
export function scoreStatistics(pairs: readonly RecordPair[], detail: MetricsDetail, has: (figure: string) => boolean): PairedStatistic[] {
  const n = pairs.length;
  if (n === 0 || detail.target === 'multilabel') return [];
  const bins = detail.curves?.reliability?.length;
  // Array rows are in the run's column order (detail.classes); every figure reads them sorted.
  const columns = detail.classes ?? detail.confusion_matrix?.labels ?? detail.labels;
  const classes = sortLabels(columns);
  const sides: Side[] = [];
  for (const side of ['baselineScores', 'candidateScores'] as const) {
    const scores = pairs.map((p) => p[side]);
    if (detail.target === 'binary' && detail.pos_label !== undefined) {
      const pos = JSON.stringify(detail.pos_label);
      const isPos = Uint8Array.from(pairs, (p) => (JSON.stringify(p.expected) === pos ? 1 : 0));
      const score = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const s = scores[i];
        const p = s.probabilities;
        const v = s.score ?? (p === undefined ? undefined : Array.isArray(p) ? p[columns.findIndex((c) => JSON.stringify(c) === pos)] : p[String(detail.pos_label)]);
        if (typeof v !== 'number') return [];
        score[i] = v;
      }
      sides.push(binarySide(isPos, score, bins));
    } else {
      const rows = probabilityRows(scores, columns);
      if (!rows) return [];
      const probs = sortProbabilityColumns(rows, columns).probs;
      sides.push(multiclassSide(pairs.map((p) => p.expected as Label), probs, classes, bins));
    }
  }
  const [b, c] = sides;
  return Object.keys(c).filter((f) => f in b && has(f)).map((figure) => ({
    figure, n, baseline: b[figure].stat, candidate: c[figure].stat, values: { baseline: b[figure].value(), candidate: c[figure].value() },
  }));
}
