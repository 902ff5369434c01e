import { RandomState } from '../cv/randomState.js';
import { seedFrom } from '../cv/seedFrom.js';
import type { ComparisonFigure } from '../contract/results.js';
import { pairedBootstrapCells, pairedBootstrapRows, type PairedBootstrapResult } from '../stats/pairedBootstrap.js';
import { lowerIsBetter } from '../suite/comparableFigure.js';
import type { IntervalAt } from './compareFigures.js';
import { ROW_BOOTSTRAP_BUDGET } from './figureIntervals.js';
import type { WeightedStatistic } from './termStatistic.js';

/** One figure to compare over n paired units: each run's figure as a statistic of the units' weights. */
export interface PairedStatistic {
  figure: string;
  n: number;
  baseline: WeightedStatistic;
  candidate: WeightedStatistic;
  /** The runs' own values when the run computed them by another route than the statistic at all-ones weights. */
  values?: { baseline: number; candidate: number };
  /**
   * When the units fall into few distinct cells (a rate's integer terms): the cell counts and the
   * difference as a function of resampled counts, the same distribution at O(cells) per resample.
   */
  cells?: { counts: Float64Array; delta: (cells: Float64Array) => number };
}

const ones = (n: number) => new Float64Array(n).fill(1);

/** Fewest resamples an ungated figure's row bootstrap takes when the budget would allow fewer. */
const MIN_RESAMPLES = 200;

/**
 * Paired-bootstrap differences candidate − baseline of figures that are not functions of a
 * confusion matrix: every resample draws the n paired units with replacement, the same draw for
 * both runs (REFERENCES.md, "Comparing two models"), from a stream seeded by (seed, 'compare',
 * 'rows', figure), so a figure's interval never depends on which other figures are compared; a
 * percentile interval and Koehn's one-sided p-values, as the confusion-matrix entries. The point
 * delta is the difference of the two runs' own figures on the pairs. With `gated`, a figure no gate
 * names that is resampled by rows takes min(B, max(200, ⌊budget/n⌋)) resamples (budget: ROW_BOOTSTRAP_BUDGET row visits) (its
 * `resamples` says so), as a run's own row-bootstrap intervals do; gated figures always take B.
 * Cost O(levels·B·n) per figure (O(levels·B·cells) with cells). Throws as pairedBootstrapRows for n < 1.
 * @example pairedStatisticFigures([{ figure: 'x.rate', n: 1, baseline: () => 0, candidate: () => 1 }], { seed: 0, resamples: 10, confidence: 0.95, levels: [] }).figures[0].delta // 1
 */
export function pairedStatisticFigures(
  specs: readonly PairedStatistic[],
  o: { seed: number; resamples: number; confidence: number; levels: readonly number[]; gated?: ReadonlySet<string>; budget?: number },
): { figures: ComparisonFigure[]; intervalAt: IntervalAt } {
  const run = (p: PairedStatistic, confidence: number): PairedBootstrapResult => {
    const resamples = p.cells || o.gated === undefined || o.gated.has(p.figure) ? o.resamples : Math.min(o.resamples, Math.max(MIN_RESAMPLES, Math.floor((o.budget ?? ROW_BOOTSTRAP_BUDGET) / p.n)));
    const options = { resamples, confidence, rng: new RandomState(seedFrom(o.seed, 'compare', 'rows', p.figure)) };
    if (p.cells) return pairedBootstrapCells(p.cells.counts, 1, (c, out) => { out[0] = p.cells!.delta(c); }, options)[0];
    return pairedBootstrapRows(p.n, 1, (w, out) => { out[0] = p.candidate(w) - p.baseline(w); }, options)[0];
  };
  const main = specs.map((p) => run(p, o.confidence));
  const others = new Map<string, PairedBootstrapResult>();
  const figures = specs.map((p, j): ComparisonFigure => {
    const r = main[j];
    const w = ones(p.n);
    const baseline = p.values?.baseline ?? p.baseline(w);
    const candidate = p.values?.candidate ?? p.candidate(w);
    const higher = !lowerIsBetter(p.figure);
    return {
      figure: p.figure, baseline, candidate, delta: candidate - baseline, ci_low: r.low, ci_high: r.high, confidence: o.confidence,
      higher_is_better: higher, p_worse: higher ? r.pNotLess : r.pNotGreater, p_better: higher ? r.pNotGreater : r.pNotLess,
      test: 'paired-bootstrap-rows', resamples: r.resamples, undefined_resamples: r.undefinedResamples, pairs: p.n,
    };
  });
  const intervalAt: IntervalAt = (figure, confidence) => {
    const j = specs.findIndex((p) => p.figure === figure);
    if (j < 0) return undefined;
    if (confidence === o.confidence) return { low: main[j].low, high: main[j].high };
    if (!o.levels.includes(confidence)) return undefined;
    const key = `${figure}\u0000${confidence}`;
    if (!others.has(key)) others.set(key, run(specs[j], confidence));
    const r = others.get(key)!;
    return { low: r.low, high: r.high };
  };
  return { figures, intervalAt };
}

/**
 * Cells of a ratio figure over paired units with integer terms (hits, of) in each run: the distinct
 * (baseline hits, baseline of, candidate hits, candidate of) tuples and their counts, when there
 * are at most `max` of them; else undefined (the rows are resampled instead).
 * @example ratioCells([1, 0], [1, 1], [1, 1], [1, 1], 8)!.counts // Float64Array [1, 1]
 */
export function ratioCells(bNum: ArrayLike<number>, bDen: ArrayLike<number>, cNum: ArrayLike<number>, cDen: ArrayLike<number>, max: number): PairedStatistic['cells'] | undefined {
  // Terms in [0, 2^13) pack into one number key (4 × 13 bits); others into a string key.
  const index = new Map<number | string, number>();
  const tuples: number[][] = [];
  const counts: number[] = [];
  const small = (v: number) => v >= 0 && v < 8192;
  for (let i = 0; i < bNum.length; i++) {
    const a = bNum[i], b = bDen[i], c = cNum[i], d = cDen[i];
    if (!(Number.isInteger(a) && Number.isInteger(b) && Number.isInteger(c) && Number.isInteger(d))) return undefined;
    const key = small(a) && small(b) && small(c) && small(d) ? ((a * 8192 + b) * 8192 + c) * 8192 + d : `${a},${b},${c},${d}`;
    let k = index.get(key);
    if (k === undefined) {
      if (tuples.length >= max) return undefined;
      k = tuples.length;
      index.set(key, k);
      tuples.push([a, b, c, d]);
      counts.push(0);
    }
    counts[k]++;
  }
  return {
    counts: Float64Array.from(counts),
    delta: (c) => {
      let bn = 0, bd = 0, cn = 0, cd = 0;
      for (let k = 0; k < tuples.length; k++) {
        const t = tuples[k];
        bn += c[k] * t[0];
        bd += c[k] * t[1];
        cn += c[k] * t[2];
        cd += c[k] * t[3];
      }
      return (cd === 0 ? NaN : cn / cd) - (bd === 0 ? NaN : bn / bd);
    },
  };
}
