import type { Fold } from './splitTypes.js';

/**
 * Turns a fold assignment (`assign[i]` = the test fold of sample i, every one in 0..k−1) into
 * k folds whose test set is {i : assign[i] = f} and train set the rest, both ascending, as
 * scikit-learn's `_iter_test_masks` → `split` produce them. One counting pass, then one pass
 * per fold into exact-size arrays; O(n·k) time, the output's size. Throws nothing.
 * @example foldsFromAssignment(Int32Array.of(1, 0, 1), 2)[0].test // Uint32Array [1]
 */
export function foldsFromAssignment(assign: Int32Array, k: number): Fold[] {
  const n = assign.length;
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[assign[i]]++;
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const test = new Uint32Array(sizes[f]);
    const train = new Uint32Array(n - sizes[f]);
    let t = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      if (assign[i] === f) test[t++] = i;
      else train[r++] = i;
    }
    folds.push({ train, test });
  }
  return folds;
}
