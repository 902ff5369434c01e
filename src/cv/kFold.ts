import { foldsFromAssignment } from './splitAssign.js';
import { checkKFoldOptions, checkSplitsVsSamples, rngFrom } from './splitChecks.js';
import type { Fold, KFoldOptions, SplitResult } from './splitTypes.js';

/**
 * K-fold splits of n samples, exactly scikit-learn 1.9's `KFold(n_splits, shuffle, random_state)`:
 * the (optionally shuffled with numpy's `RandomState(seed).shuffle`) indices 0..n−1 are cut into
 * k contiguous blocks, the first n % k of size ⌊n/k⌋ + 1, the rest ⌊n/k⌋; block f is fold f's
 * test set, the rest its train set (both ascending). Cost O(n·k) time and output.
 * Throws scikit-learn's messages for non-integral folds, folds ≤ 1, a seed without shuffle,
 * folds > n; and when shuffling without a seed. No warnings.
 * @example kFold(5, { folds: 2 }).folds[0].test // Uint32Array [0, 1, 2]
 */
export function kFold(n: number, opts: KFoldOptions = {}): SplitResult {
  const { k, shuffle } = checkKFoldOptions(opts);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new Error(`n must be a non-negative integer below 2**32 (got ${n})`);
  }
  checkSplitsVsSamples(k, n);
  const base = Math.floor(n / k);
  const extra = n % k;
  if (!shuffle) {
    // Contiguous blocks: test = [start, end), train = the rest, written directly.
    const folds: Fold[] = [];
    let start = 0;
    for (let f = 0; f < k; f++) {
      const end = start + base + (f < extra ? 1 : 0);
      const test = new Uint32Array(end - start);
      const train = new Uint32Array(n - (end - start));
      for (let i = start; i < end; i++) test[i - start] = i;
      for (let i = 0; i < start; i++) train[i] = i;
      for (let i = end; i < n; i++) train[i - (end - start)] = i;
      folds.push({ train, test });
      start = end;
    }
    return { folds, warnings: [] };
  }
  const assign = new Int32Array(n);
  const order = rngFrom(opts.seed!).permutation(n);
  let p = 0;
  for (let f = 0; f < k; f++) {
    const end = p + base + (f < extra ? 1 : 0);
    for (; p < end; p++) assign[order[p]] = f;
  }
  return { folds: foldsFromAssignment(assign, k), warnings: [] };
}
