import { kFold } from './kFold.js';
import { rngFrom } from './splitChecks.js';
import { stratifiedKFold } from './stratifiedKFold.js';
import type { Label, Seed, SplitResult, SplitWarning } from './splitTypes.js';

/** Options of the repeated splitters. */
export interface RepeatedOptions {
  /** Folds per repetition (`n_splits`), an integer ≥ 2. Default 5. */
  folds?: number;
  /** Number of repetitions (`n_repeats`), an integer ≥ 1. Default 10. */
  repeats?: number;
  /** One generator drives every repetition's shuffle (required: there is no global random state). */
  seed: Seed;
}

function repeat(name: string, opts: RepeatedOptions, once: (seed: Seed) => SplitResult): SplitResult {
  const repeats = opts.repeats ?? 10;
  if (typeof repeats !== 'number' || !Number.isInteger(repeats)) {
    throw new Error('Number of repetitions must be of Integral type.');
  }
  if (repeats <= 0) throw new Error('Number of repetitions must be greater than 0.');
  if (opts.seed === undefined) throw new Error(`${name} needs a seed (an integer or a RandomState): there is no global random state`);
  const rng = rngFrom(opts.seed);
  const out: SplitResult = { folds: [], warnings: [] };
  const seen = new Set<string>();
  for (let r = 0; r < repeats; r++) {
    const res = once(rng);
    for (const f of res.folds) out.folds.push(f);
    for (const w of res.warnings) addOnce(out.warnings, seen, w);
  }
  return out;
}

function addOnce(list: SplitWarning[], seen: Set<string>, w: SplitWarning): void {
  if (seen.has(w.message)) return;
  seen.add(w.message);
  list.push(w);
}

/**
 * Repeated k-fold, exactly scikit-learn 1.9's `RepeatedKFold(n_splits, n_repeats, random_state)`:
 * `repeats` shuffled {@link kFold} runs drawing from one `RandomState`, folds·repeats splits in
 * order. Cost O(repeats·n·k). Throws scikit-learn's messages for non-integral or non-positive
 * repeats and the k-fold errors; and without a seed. No warnings.
 * @example repeatedKFold(4, { folds: 2, repeats: 2, seed: 0 }).folds.length // 4
 */
export function repeatedKFold(n: number, opts: RepeatedOptions): SplitResult {
  return repeat('repeatedKFold', opts, (seed) => kFold(n, { folds: opts.folds, shuffle: true, seed }));
}

/**
 * Repeated stratified k-fold, exactly scikit-learn 1.9's `RepeatedStratifiedKFold`: `repeats`
 * shuffled {@link stratifiedKFold} runs drawing from one `RandomState`. Cost O(repeats·n·k).
 * Throws as {@link repeatedKFold} and {@link stratifiedKFold}. Its warning (scikit-learn raises it
 * once per repetition) is returned once.
 * @example repeatedStratifiedKFold([0, 1, 0, 1], { folds: 2, repeats: 3, seed: 0 }).folds.length // 6
 */
export function repeatedStratifiedKFold(y: readonly Label[], opts: RepeatedOptions): SplitResult {
  return repeat('repeatedStratifiedKFold', opts, (seed) => stratifiedKFold(y, { folds: opts.folds, shuffle: true, seed }));
}
