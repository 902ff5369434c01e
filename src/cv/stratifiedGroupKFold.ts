import { foldsFromAssignment } from './splitAssign.js';
import { checkClassCounts, checkKFoldOptions, checkSplitsVsSamples, rngFrom } from './splitChecks.js';
import { checkClassTarget, encodeLabels, sortedCodes } from './splitEncode.js';
import { isClose, numpyStd } from './splitNumpy.js';
import { pairwiseSum } from '../stats/pairwiseSum.js';
import type { KFoldOptions, Label, SplitResult } from './splitTypes.js';

/**
 * Stratified k-fold splits that never split a group, exactly scikit-learn 1.9's
 * `StratifiedGroupKFold`: per-group class counts (classes and groups in `np.unique` order;
 * rows permuted by `RandomState.shuffle` when `shuffle`), groups visited by descending std of
 * their class counts (stable), each put in the fold minimising the mean over classes of the std
 * over folds of fold-class-count / class-count, ties (`np.isclose`) to the fold with fewer
 * samples, then the first. Floats are summed in numpy's order, so choices match bit for bit.
 * Test/train sets ascending. Cost O(G·k²·C + n) for G groups and C classes.
 * Throws scikit-learn's messages: folds ≤ 1 or non-integral, a seed without shuffle, folds > n,
 * NaN/infinite or non-integral (continuous) labels, every class smaller than folds, fewer groups
 * than folds; and for y/groups of different lengths, strings mixed with numbers, or shuffling
 * without a seed. Warns (`least-populated-class`) when the smallest class is smaller than folds.
 * @example stratifiedGroupKFold([0, 1, 0, 1], [1, 1, 2, 2], { folds: 2 }).folds[0].test // Uint32Array [0, 1]
 */
export function stratifiedGroupKFold(y: readonly Label[], groups: readonly Label[], opts: KFoldOptions = {}): SplitResult {
  const { k, shuffle } = checkKFoldOptions(opts);
  const n = y.length;
  if (groups.length !== n) {
    throw new Error(`Found input variables with inconsistent numbers of samples: [${n}, ${groups.length}]`);
  }
  checkSplitsVsSamples(k, n);
  const yEnc = encodeLabels(y, '');
  checkClassTarget(yEnc);
  const { codes: yInv, counts: yCnt } = sortedCodes(yEnc);
  const warnings = checkClassCounts(yCnt, k);
  const C = yCnt.length;
  const g = sortedCodes(encodeLabels(groups));
  const G = g.counts.length;
  if (k > G) throw new Error(`Cannot have number of splits n_splits=${k} greater than the number of groups: ${G}.`);

  // rowOf[old group] = its row after the optional shuffle (sklearn's inv_perm).
  const rowOf = new Int32Array(G);
  for (let j = 0; j < G; j++) rowOf[j] = j;
  if (shuffle) {
    const perm = rngFrom(opts.seed!).permutation(G);
    for (let j = 0; j < G; j++) rowOf[perm[j]] = j;
  }
  const perGroup = new Float64Array(G * C);
  for (let i = 0; i < n; i++) perGroup[rowOf[g.codes[i]] * C + yInv[i]]++;

  const scratch = new Float64Array(Math.max(C, k));
  const negStd = new Float64Array(G);
  for (let j = 0; j < G; j++) negStd[j] = -numpyStd(perGroup, j * C, C, scratch);
  const order = Array.from({ length: G }, (_, j) => j).sort((a, b) => negStd[a] - negStd[b]);

  const perFold = new Float64Array(k * C);
  const column = new Float64Array(k);
  const stds = new Float64Array(C);
  const groupFold = new Int32Array(G);
  for (const j of order) {
    const row = j * C;
    let best = -1;
    let minEval = Infinity;
    let minSamples = Infinity;
    for (let i = 0; i < k; i++) {
      for (let c = 0; c < C; c++) {
        for (let f = 0; f < k; f++) {
          const count = perFold[f * C + c] + (f === i ? perGroup[row + c] : 0);
          column[f] = count / yCnt[c];
        }
        // Reducing axis 0 of a (k, C) array: plain order when C > 1, pairwise when C = 1.
        stds[c] = numpyStd(column, 0, k, scratch, C > 1);
      }
      const evalI = pairwiseSum(stds, 0, C) / C;
      let samples = 0;
      for (let c = 0; c < C; c++) samples += perFold[i * C + c];
      if (evalI < minEval || (isClose(evalI, minEval) && samples < minSamples)) {
        minEval = evalI;
        minSamples = samples;
        best = i;
      }
    }
    for (let c = 0; c < C; c++) perFold[best * C + c] += perGroup[row + c];
    groupFold[j] = best;
  }
  const assign = new Int32Array(n);
  for (let i = 0; i < n; i++) assign[i] = groupFold[rowOf[g.codes[i]]];
  return { folds: foldsFromAssignment(assign, k), warnings };
}
