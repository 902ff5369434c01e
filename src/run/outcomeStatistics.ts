import type { OutcomePair } from './pairRecords.js';
import { ratioCells, type PairedStatistic } from './pairedStatisticFigures.js';
import { combinerOf, FAIRNESS_FIGURES, termStatistic } from './termStatistic.js';

/** Most distinct cells of a rate for which the multinomial cell bootstrap replaces the row bootstrap. */
const MAX_CELLS = 1024;

/**
 * The figures carried by outcome records (robustness, templates, safety, quality) that both runs
 * have (`has`), each as a paired statistic over the units holding its terms in either run (a unit
 * tested in one run only weighs in that run's figure alone, as it did in the run). Rates with
 * integer terms get the cells of {@link ratioCells}. Cost O(units · figures).
 * @example outcomeStatistics([], () => true) // []
 */
export function outcomeStatistics(outcomes: readonly OutcomePair[], has: (figure: string) => boolean): PairedStatistic[] {
  const byKey = new Map<string, OutcomePair[]>();
  for (const p of outcomes) {
    for (const k of new Set([...Object.keys(p.baseline.terms), ...Object.keys(p.candidate.terms)])) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(p);
    }
  }
  const specs: PairedStatistic[] = [];
  for (const [key, units] of byKey) {
    const names = key === 'safety.fairness' ? Object.keys(FAIRNESS_FIGURES) : [key];
    for (const figure of names.filter(has)) {
      const b = units.map((u) => u.baseline);
      const c = units.map((u) => u.candidate);
      const spec: PairedStatistic = { figure, n: units.length, baseline: termStatistic(figure, b), candidate: termStatistic(figure, c) };
      if (combinerOf(figure) === 'ratio') {
        const col = (side: typeof b, j: number) => Float64Array.from(side, (u) => u.terms[key]?.[j] ?? 0);
        const cells = ratioCells(col(b, 0), col(b, 1), col(c, 0), col(c, 1), MAX_CELLS);
        if (cells && cells.counts.length * 4 <= units.length) spec.cells = cells;
      }
      specs.push(spec);
    }
  }
  return specs.sort((x, y) => (x.figure < y.figure ? -1 : x.figure > y.figure ? 1 : 0));
}
