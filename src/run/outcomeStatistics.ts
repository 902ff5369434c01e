import type { OutcomePair } from './pairRecords.js';
import { ratioCells, type PairedStatistic } from './pairedStatisticFigures.js';
import { combinerOf, FAIRNESS_FIGURES, ratioStatistic, termStatistic } from './termStatistic.js';

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
  const push = (k: string, p: OutcomePair) => {
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(p);
  };
  for (const p of outcomes) {
    for (const k in p.baseline.terms) push(k, p);
    for (const k in p.candidate.terms) if (!(k in p.baseline.terms)) push(k, p);
  }
  const specs: PairedStatistic[] = [];
  for (const [key, units] of byKey) {
    const names = key === 'safety.fairness' ? Object.keys(FAIRNESS_FIGURES) : [key];
    for (const figure of names.filter(has)) {
      const n = units.length;
      if (combinerOf(figure) !== 'ratio') {
        specs.push({ figure, n, baseline: termStatistic(figure, units.map((u) => u.baseline)), candidate: termStatistic(figure, units.map((u) => u.candidate)) });
        continue;
      }
      // Rates and means: the four columns once, shared by the statistics and the cells.
      const col = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
      units.forEach((u, i) => {
        const b = u.baseline.terms[key];
        const c = u.candidate.terms[key];
        if (b) { col[0][i] = b[0]; col[1][i] = b[1]; }
        if (c) { col[2][i] = c[0]; col[3][i] = c[1]; }
      });
      const spec: PairedStatistic = { figure, n, baseline: ratioStatistic(col[0], col[1]), candidate: ratioStatistic(col[2], col[3]) };
      const cells = ratioCells(col[0], col[1], col[2], col[3], MAX_CELLS);
      if (cells && cells.counts.length * 4 <= n) spec.cells = cells;
      specs.push(spec);
    }
  }
  return specs.sort((x, y) => (x.figure < y.figure ? -1 : x.figure > y.figure ? 1 : 0));
}
