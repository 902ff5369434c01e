import { compareLabels } from '../../metrics/sortLabels.js';
import type { Label, MetricWarning } from '../../metrics/types.js';
import type { Example } from '../example.js';
import { lineOrder } from './inputGroups.js';
import { checkCount, qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link classImbalance}. */
export interface ImbalanceOptions {
  /** Declared classes: those absent from the data count as 0 (making the ratio Infinity). */
  labels?: readonly Label[];
  /** A class with fewer examples than this is rare and becomes a finding. Default 5. */
  minClassCount?: number;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/** A class and its examples: `share` = count / labeled examples (multi-label: the label's prevalence). */
export interface ClassCount {
  label: Label;
  count: number;
  share: number;
}

/** A rare class (fewer than `minClassCount` examples) with its examples (none for a declared, absent class). */
export interface RareClassFinding extends QualityFinding {
  label: Label;
}

/** Gate-able figures of the imbalance check besides total/count/rate. */
export interface ImbalanceFigures {
  /** Number of classes (observed plus declared). */
  classes: number;
  /** Majority count / minority count (Infinity when a class has 0 examples; NaN without classes). */
  ratio: number;
  minority_share: number;
  majority_share: number;
  /** Shannon entropy of the class distribution divided by ln(classes): 1 = balanced; NaN below 2 classes. */
  entropy: number;
}

/** `count`: labeled examples in a rare class; `total`: labeled examples; `classes` sorted by label. */
export interface ImbalanceResult extends QualityResult<'imbalance', RareClassFinding, ImbalanceFigures> {
  classes: ClassCount[];
  multilabel: boolean;
}

const tag = (l: Label): string => (typeof l === 'number' ? `n${String(l)}` : `s${l}`);
const byLabel = (a: Label, b: Label): number =>
  typeof a === typeof b ? compareLabels(a, b) : typeof a === 'number' ? -1 : 1;

/**
 * Class balance over the examples' labels: count per class, majority/minority ratio, the minority
 * and majority shares, and the normalized entropy H/ln K (Pielou's evenness). Multi-label data
 * (any array label) counts, per label, the examples carrying it; shares are then prevalences and
 * the entropy is taken over the label occurrences. Classes sort as numpy does (numbers before
 * strings). Unlabeled examples are skipped. Cost O(n + K log K). Warns (code `no-labels`,
 * `single-class`) when the entropy is undefined. Throws when a count option is invalid.
 * @example classImbalance([{ id: 'a', line: 1, label: 'x' }, { id: 'b', line: 2, label: 'x' }, { id: 'c', line: 3, label: 'y' }]).figures.ratio // 2
 */
export function classImbalance(examples: readonly Example[], options: ImbalanceOptions = {}): ImbalanceResult {
  const minCount = checkCount(options.minClassCount, 'minClassCount', 5);
  const index = new Map<string, number>();
  const labels: Label[] = [];
  const counts: number[] = [];
  const add = (l: Label): number => {
    let k = index.get(tag(l));
    if (k === undefined) {
      k = labels.length;
      index.set(tag(l), k);
      labels.push(l);
      counts.push(0);
    }
    return k;
  };
  for (const l of options.labels ?? []) add(l);
  const order = lineOrder(examples);
  let total = 0;
  let multilabel = false;
  for (let o = 0; o < order.length; o++) {
    const label = examples[order[o]].label;
    if (label === undefined) continue;
    total++;
    if (!Array.isArray(label)) counts[add(label)]++;
    else {
      multilabel = true;
      for (const k of new Set(label.map(add))) counts[k]++;
    }
  }
  const K = labels.length;
  const sum = counts.reduce((a, b) => a + b, 0);
  let max = K > 0 ? counts[0] : NaN;
  let min = max;
  let h = 0;
  for (let k = 0; k < K; k++) {
    if (counts[k] > max) max = counts[k];
    if (counts[k] < min) min = counts[k];
    if (counts[k] > 0) h -= (counts[k] / sum) * Math.log(counts[k] / sum);
  }
  const warnings: MetricWarning[] = [];
  if (total === 0) warnings.push({ code: 'no-labels', message: 'no example has a label: the class balance is undefined' });
  else if (K < 2) warnings.push({ code: 'single-class', message: `only one class (${String(labels[0])}): the entropy is undefined` });
  const share = (c: number): number => (total > 0 ? c / total : NaN);
  const rare = new Map<number, RareClassFinding>();
  for (let k = 0; k < K; k++) if (counts[k] < minCount) rare.set(k, { ids: [], lines: [], label: labels[k] });
  let count = 0;
  for (let o = 0; o < order.length && rare.size > 0; o++) {
    const e = examples[order[o]];
    if (e.label === undefined) continue;
    let hit = false;
    for (const l of new Set(Array.isArray(e.label) ? e.label.map(tag) : [tag(e.label)])) {
      const f = rare.get(index.get(l)!);
      if (f === undefined) continue;
      f.ids.push(e.id);
      f.lines.push(e.line);
      hit = true;
    }
    if (hit) count++;
  }
  const figures: ImbalanceFigures = {
    classes: K,
    ratio: K === 0 ? NaN : min === 0 ? Infinity : max / min,
    minority_share: K === 0 ? NaN : share(min),
    majority_share: K === 0 ? NaN : share(max),
    entropy: K < 2 || sum === 0 ? NaN : h / Math.log(K),
  };
  const classes = labels
    .map((label, k) => ({ label, count: counts[k], share: share(counts[k]) }))
    .sort((a, b) => byLabel(a.label, b.label));
  const base = qualityResult('imbalance', total, count, figures, [...rare.values()], options.maxFindings, warnings);
  return { ...base, classes, multilabel };
}
