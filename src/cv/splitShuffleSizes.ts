import { pyFloatRepr } from './splitChecks.js';

/** Python's `str()` of a size as scikit-learn prints it: integers as ints, fractions as floats, None. */
function pySize(x: number | undefined): string {
  if (x === undefined) return 'None';
  return Number.isInteger(x) ? String(x) : pyFloatRepr(x);
}

/**
 * train_test_split's parameter constraint on test_size/train_size: an integer ≥ 1 (a count) or a
 * non-integer in (0, 1) (a fraction); JavaScript cannot tell 1.0 from 1, so integers are counts.
 * Throws scikit-learn's `InvalidParameterError` message. O(1).
 */
export function checkSizeParam(name: 'test_size' | 'train_size', x: number | undefined): void {
  if (x === undefined) return;
  const ok = typeof x === 'number' && (Number.isInteger(x) ? x >= 1 : x > 0 && x < 1);
  if (!ok) {
    const shown = typeof x === 'number' ? pySize(x) : JSON.stringify(x);
    throw new Error(
      `The '${name}' parameter of train_test_split must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None. Got ${shown} instead.`,
    );
  }
}

/**
 * scikit-learn's `_validate_shuffle_split(n_samples, test_size, train_size, default_test_size)`:
 * a fraction gives ⌈f·n⌉ test or ⌊f·n⌋ train samples, a count itself; a missing side is the rest.
 * Returns [nTrain, nTest]. Throws its messages (a count ≥ n, fractions summing above 1, more than
 * n samples in all, an empty train set). O(1).
 * @example shuffleSplitSizes(10, 0.25, undefined, 0.25) // [7, 3]
 */
export function shuffleSplitSizes(
  n: number, testSize: number | undefined, trainSize: number | undefined, defaultTest: number,
): [number, number] {
  let test = testSize;
  if (test === undefined && trainSize === undefined) test = defaultTest;
  const isFrac = (x: number | undefined): boolean => x !== undefined && !Number.isInteger(x);
  const isCount = (x: number | undefined): boolean => x !== undefined && Number.isInteger(x);
  for (const [name, x] of [['test_size', test], ['train_size', trainSize]] as const) {
    if ((isCount(x) && (x! >= n || x! <= 0)) || (isFrac(x) && (x! <= 0 || x! >= 1))) {
      throw new Error(
        `${name}=${pySize(x)} should be either positive and smaller than the number of samples ${n} or a float in the (0, 1) range`,
      );
    }
  }
  if (isFrac(test) && isFrac(trainSize) && test! + trainSize! > 1) {
    throw new Error(
      `The sum of test_size and train_size = ${pyFloatRepr(test! + trainSize!)}, should be in the (0, 1) range. Reduce test_size and/or train_size.`,
    );
  }
  let nTest = test === undefined ? NaN : isFrac(test) ? Math.ceil(test * n) : test;
  let nTrain = trainSize === undefined ? NaN : isFrac(trainSize) ? Math.floor(trainSize * n) : trainSize;
  if (trainSize === undefined) nTrain = n - nTest;
  else if (test === undefined) nTest = n - nTrain;
  if (nTrain + nTest > n) {
    throw new Error(
      `The sum of train_size and test_size = ${nTrain + nTest}, should be smaller than the number of samples ${n}. Reduce test_size and/or train_size.`,
    );
  }
  if (nTrain === 0) {
    throw new Error(
      `With n_samples=${n}, test_size=${pySize(test)} and train_size=${pySize(trainSize)}, the resulting train set will be empty. Adjust any of the aforementioned parameters.`,
    );
  }
  return [nTrain, nTest];
}
