import type { RandomState } from './randomState.js';
import { approximateMode } from './splitApproximateMode.js';
import { pyFloatRepr } from './splitChecks.js';
import { encodeLabels, sortedCodes } from './splitEncode.js';
import type { Fold, Label } from './splitTypes.js';

/** Python's `repr()` of a str: single quotes unless the text has ' and no ", escapes as Python does. */
function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === q) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/**
 * One split of scikit-learn 1.9's `StratifiedShuffleSplit._iter_indices` for given sizes, as
 * `train_test_split(stratify=y)` runs it: classes in `np.unique` order; per-class train counts by
 * {@link approximateMode} of the class counts, test counts by approximateMode of what remains;
 * per class a `permutation` of its samples (ascending original order) gives train then test
 * members; finally train and test are each permuted. Indices come in scikit-learn's (shuffled)
 * order. Cost O(n) plus one Map lookup per sample.
 * Throws scikit-learn's messages: NaN/infinite labels, a class with one member, nTrain or nTest
 * below the number of classes; and for strings mixed with numbers.
 */
export function stratifiedShuffleSplit(y: readonly Label[], nTrain: number, nTest: number, rng: RandomState): Fold {
  const enc = encodeLabels(y, 'y');
  const { classes, codes, counts } = sortedCodes(enc);
  const C = classes.length;
  const tooFew = classes.filter((_, c) => counts[c] < 2);
  if (tooFew.length > 0) {
    const shown = tooFew.map((v) => (typeof v === 'string' ? pyStrRepr(v) : enc.continuous ? pyFloatRepr(v) : String(v)));
    throw new Error(
      'The least populated classes in y have only 1 member, which is too few. The minimum number of groups for ' +
        `any class cannot be less than 2. Classes with too few members are: [${shown.join(', ')}]`,
    );
  }
  if (nTrain < C) throw new Error(`The train_size = ${nTrain} should be greater or equal to the number of classes = ${C}`);
  if (nTest < C) throw new Error(`The test_size = ${nTest} should be greater or equal to the number of classes = ${C}`);
  // Samples grouped by class, ascending within each class (a stable argsort of the codes).
  const start = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) start[c + 1] = start[c] + counts[c];
  const byClass = new Uint32Array(y.length);
  const cursor = start.slice(0, C);
  for (let i = 0; i < codes.length; i++) byClass[cursor[codes[i]]++] = i;

  const nI = approximateMode(counts, nTrain, rng);
  const remaining = new Int32Array(C);
  for (let c = 0; c < C; c++) remaining[c] = counts[c] - nI[c];
  const tI = approximateMode(remaining, nTest, rng);
  let train = new Uint32Array(nTrain);
  let test = new Uint32Array(nTest);
  let r = 0;
  let t = 0;
  for (let c = 0; c < C; c++) {
    const perm = rng.permutation(counts[c]);
    const s = start[c];
    // Python slices stop at the class size (approximateMode should never ask for more).
    const a = Math.min(nI[c], counts[c]);
    const b = Math.min(nI[c] + tI[c], counts[c]);
    for (let j = 0; j < a; j++) train[r++] = byClass[s + perm[j]];
    for (let j = a; j < b; j++) test[t++] = byClass[s + perm[j]];
  }
  if (r < nTrain) train = train.slice(0, r);
  if (t < nTest) test = test.slice(0, t);
  rng.shuffle(train);
  rng.shuffle(test);
  return { train, test };
}
