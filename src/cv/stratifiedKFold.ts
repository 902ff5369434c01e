import { foldsFromAssignment } from './splitAssign.js';
import { checkClassCounts, checkKFoldOptions, checkSplitsVsSamples, EMPTY_Y, rngFrom } from './splitChecks.js';
import { checkClassTarget, encodeLabels } from './splitEncode.js';
import type { KFoldOptions, Label, SplitResult } from './splitTypes.js';

/**
 * Stratified k-fold splits, exactly scikit-learn 1.9's `StratifiedKFold` (`_make_test_folds`):
 * classes encoded by first appearance in y; allocation[f][c] = the number of class-c entries in
 * sort(y_encoded)[f::k]; for each class in that order the fold labels repeat(0..k−1, allocation)
 * (shuffled with one shared `RandomState` when `shuffle`) go to the class's samples in original
 * order. Test and train sets ascending. Cost O(n·k) plus one Map lookup per sample.
 * Throws scikit-learn's messages: folds ≤ 1 or non-integral, a seed without shuffle, empty y,
 * NaN/infinite labels, folds > n, non-integral numbers ('continuous'), every class smaller than
 * folds; and for strings mixed with numbers or shuffling without a seed.
 * Warns (`least-populated-class`) when the smallest class has fewer members than folds.
 * @example stratifiedKFold(['a', 'b', 'a', 'b'], { folds: 2 }).folds[0].test // Uint32Array [0, 1]
 */
export function stratifiedKFold(y: readonly Label[], opts: KFoldOptions = {}): SplitResult {
  const { k, shuffle } = checkKFoldOptions(opts);
  const n = y.length;
  if (n === 0) throw new Error(EMPTY_Y);
  const enc = encodeLabels(y, 'y');
  checkSplitsVsSamples(k, n);
  checkClassTarget(enc);
  const counts = enc.counts;
  const warnings = checkClassCounts(counts, k);
  const nClasses = counts.length;
  // Class c occupies [start[c], start[c] + counts[c]) of sort(y_encoded); position p goes to fold p % k.
  const start = new Int32Array(nClasses + 1);
  for (let c = 0; c < nClasses; c++) start[c + 1] = start[c] + counts[c];
  const foldSeq = new Int32Array(n);
  const perFold = new Int32Array(k);
  const rng = shuffle ? rngFrom(opts.seed!) : undefined;
  for (let c = 0; c < nClasses; c++) {
    const s = start[c];
    const cnt = counts[c];
    const full = Math.floor(cnt / k);
    perFold.fill(full);
    for (let r = 0; r < cnt % k; r++) perFold[(s + r) % k]++;
    let p = s;
    for (let f = 0; f < k; f++) {
      foldSeq.fill(f, p, p + perFold[f]);
      p += perFold[f];
    }
    if (rng !== undefined) rng.shuffle(foldSeq.subarray(s, s + cnt));
  }
  const cursor = start.slice(0, nClasses);
  const assign = new Int32Array(n);
  const codes = enc.codes;
  for (let i = 0; i < n; i++) assign[i] = foldSeq[cursor[codes[i]]++];
  return { folds: foldsFromAssignment(assign, k), warnings };
}
