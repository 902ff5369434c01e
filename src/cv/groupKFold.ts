import { foldsFromAssignment } from './splitAssign.js';
import { checkKFoldOptions, checkSplitsVsSamples, rngFrom } from './splitChecks.js';
import { encodeLabels, sortedCodes } from './splitEncode.js';
import type { KFoldOptions, Label, SplitResult } from './splitTypes.js';

/**
 * K-fold splits that never split a group, exactly scikit-learn 1.9's `GroupKFold`. Groups are
 * the sorted distinct values (`np.unique`). Without shuffle: groups are placed largest first
 * (stable argsort of sizes, reversed: among equal sizes the later group first), each into the
 * fold with the smallest sample total (first minimum). With shuffle (scikit-learn ≥ 1.6): the
 * sorted groups are permuted by `RandomState.permutation` and cut by `np.array_split` into k runs
 * (the first G % k one group longer). Test/train sets ascending. Cost O(n·k + G log G).
 * Throws scikit-learn's messages: folds ≤ 1 or non-integral, a seed without shuffle, folds > n,
 * NaN/infinite groups, fewer groups than folds; and for strings mixed with numbers or shuffling
 * without a seed. No warnings.
 * @example groupKFold([1, 1, 2, 3], { folds: 2 }).folds[0].test // Uint32Array [0, 1]
 */
export function groupKFold(groups: readonly Label[], opts: KFoldOptions = {}): SplitResult {
  const { k, shuffle } = checkKFoldOptions(opts);
  const n = groups.length;
  checkSplitsVsSamples(k, n);
  const { codes, counts } = sortedCodes(encodeLabels(groups, 'groups'));
  const nGroups = counts.length;
  if (k > nGroups) {
    throw new Error(`Cannot have number of splits n_splits=${k} greater than the number of groups: ${nGroups}.`);
  }
  const groupFold = new Int32Array(nGroups);
  if (shuffle) {
    const perm = rngFrom(opts.seed!).permutation(nGroups);
    const base = Math.floor(nGroups / k);
    const extra = nGroups % k;
    let j = 0;
    for (let f = 0; f < k; f++) {
      const end = j + base + (f < extra ? 1 : 0);
      for (; j < end; j++) groupFold[perm[j]] = f;
    }
  } else {
    // Stable ascending by size, then reversed: descending size, later group first among ties.
    const order = Array.from({ length: nGroups }, (_, g) => g).sort((a, b) => counts[a] - counts[b]);
    const totals = new Float64Array(k);
    for (let r = nGroups - 1; r >= 0; r--) {
      const g = order[r];
      let lightest = 0;
      for (let f = 1; f < k; f++) if (totals[f] < totals[lightest]) lightest = f;
      totals[lightest] += counts[g];
      groupFold[g] = lightest;
    }
  }
  const assign = new Int32Array(n);
  for (let i = 0; i < n; i++) assign[i] = groupFold[codes[i]];
  return { folds: foldsFromAssignment(assign, k), warnings: [] };
}
