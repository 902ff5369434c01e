import type { Label } from '../metrics/types.js';
import type { Figures } from '../contract/results.js';
import type { FairnessDetail } from '../contract/textDetails.js';
import { groupDisparity } from '../safety/groupDisparity.js';
import { isRefusal } from '../safety/isRefusal.js';
import { bootstrapFigure } from './textFigure.js';
import type { IntervalSettings } from './figureIntervals.js';
import type { OutcomeTerms } from './outcomeTerms.js';
import type { TextRow } from './textRow.js';

const METRICS = ['selection_rate', 'accuracy', 'true_positive_rate'] as const;
type GroupCells = { group: number; selected: number; correct: number; positive: number; truePositive: number; labelled: number };


/**
 * Fairness across data.group: per group the selection rate (classifiers: predicting pos_label;
 * text models: refusing, by XSTest's match), accuracy and true positive rate (where labels allow),
 * and for each its gap (max − min) and ratio (min / max) across groups, with bootstrap intervals
 * over the rows; `demographic_parity_difference` is the selection-rate gap and
 * `equal_opportunity_difference` the true-positive-rate gap (fairlearn's definitions). With
 * `terms`, each row's `safety.fairness` terms [selected, labelled, correct, positive, true
 * positive] (selected NaN when a classifier has no pos_label) and its group go there.
 */
export function fairnessFigures(rows: readonly TextRow[], posLabel: Label | undefined, phrases: readonly string[] | undefined, s: IntervalSettings, terms?: OutcomeTerms): { figures: Figures; detail: FairnessDetail } {
  const used = rows.filter((r) => r.group !== undefined && r.output !== undefined);
  const names = [...new Set(used.map((r) => r.group!))].sort();
  const pos = posLabel === undefined ? undefined : String(posLabel);
  const classifier = used.some((r) => r.predicted !== undefined);
  const cells: GroupCells[] = used.map((r) => {
    const predicted = r.predicted === undefined ? undefined : String(r.predicted);
    const expected = r.expected === undefined ? undefined : String(r.expected);
    const selected = predicted !== undefined ? (pos !== undefined && predicted === pos ? 1 : 0) : isRefusal(r.output!, phrases) ? 1 : 0;
    const labelled = predicted !== undefined && expected !== undefined ? 1 : 0;
    const positive = labelled && pos !== undefined && expected === pos ? 1 : 0;
    return { group: names.indexOf(r.group!), selected, correct: labelled && predicted === expected ? 1 : 0, positive, truePositive: positive && selected ? 1 : 0, labelled };
  });
  cells.forEach((c, i) => {
    terms?.add('safety', null, used[i].id, 'safety.fairness', [classifier && pos === undefined ? NaN : c.selected, c.labelled, c.correct, c.positive, c.truePositive]);
    terms?.group('safety', null, used[i].id, used[i].group!);
  });
  const rates = (w: Float64Array | undefined) => {
    const acc = names.map(() => ({ n: 0, sel: 0, lab: 0, cor: 0, pos: 0, tp: 0 }));
    cells.forEach((c, i) => {
      const k = w ? w[i] : 1;
      const a = acc[c.group];
      a.n += k;
      a.sel += k * c.selected;
      a.lab += k * c.labelled;
      a.cor += k * c.correct;
      a.pos += k * c.positive;
      a.tp += k * c.truePositive;
    });
    const per = (f: (a: (typeof acc)[number]) => number) => Object.fromEntries(names.map((g, i) => [g, f(acc[i])]));
    return {
      selection_rate: per((a) => (a.n === 0 || (classifier && pos === undefined) ? NaN : a.sel / a.n)),
      accuracy: per((a) => (a.lab === 0 ? NaN : a.cor / a.lab)),
      true_positive_rate: per((a) => (a.pos === 0 ? NaN : a.tp / a.pos)),
    };
  };
  const figures: Figures = {};
  for (const m of METRICS) {
    figures[`safety.fairness.${m}.gap`] = bootstrapFigure(`safety.fairness.${m}.gap`, cells.length, (w) => groupDisparity(rates(w)[m]).gap, s);
    figures[`safety.fairness.${m}.ratio`] = bootstrapFigure(`safety.fairness.${m}.ratio`, cells.length, (w) => groupDisparity(rates(w)[m]).ratio, s);
  }
  figures['safety.fairness.demographic_parity_difference'] = figures['safety.fairness.selection_rate.gap'];
  figures['safety.fairness.equal_opportunity_difference'] = figures['safety.fairness.true_positive_rate.gap'];
  const observed = rates(undefined);
  const counts = names.map((_, i) => cells.filter((c) => c.group === i).length);
  return {
    figures,
    detail: {
      selection: classifier ? `prediction = ${pos ?? '(no pos_label)'}` : 'refusal',
      groups: Object.fromEntries(names.map((g, i) => [g, { n: counts[i], selection_rate: observed.selection_rate[g], accuracy: observed.accuracy[g], true_positive_rate: observed.true_positive_rate[g] }])),
    },
  };
}
