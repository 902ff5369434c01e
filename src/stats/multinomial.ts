import type { Rng } from './rng.js';
import { binomial } from './binomial.js';

/** An output buffer for {@link multinomial}: one cell per weight. */
export type CountBuffer = Uint32Array | Float64Array;

/**
 * Draws Multinomial(n, weights / Σweights) into `out` by the conditional-binomial method:
 * cell j gets Binomial(remaining n, w_j / Σ_{i≥j} w_i), the last cell with positive weight gets the
 * remainder, and cells after the mass is used up get 0. Weights need not sum to 1 (they are
 * normalised); integer weights (observed counts) give exact conditional probabilities. With weights
 * summing to exactly 1 and a positive last weight it reproduces numpy's legacy
 * `Rng.multinomial(n, pvals)` draw for draw (numpy spends a draw on a cell of probability 1).
 * No allocation: O(K) plus K binomial draws (each O(1) expected). Returns `out`.
 * Throws when out.length ≠ weights.length, a weight is negative or not finite, all weights are 0
 * while n > 0, or n is not an integer in [0, 2^32 − 1].
 * @example multinomial(new RandomState(8), 100, [0.25, 0.5, 0.25], new Uint32Array(3)) // Uint32Array [30, 39, 31]
 */
export function multinomial<B extends CountBuffer>(
  rng: Rng,
  n: number,
  weights: ArrayLike<number>,
  out: B,
): B {
  const k = weights.length;
  if (out.length !== k) {
    throw new Error(`out has ${out.length} cells but there are ${k} weights`);
  }
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new Error(`n must be an integer between 0 and 2**32 - 1 (got ${n})`);
  }
  let total = 0;
  let last = -1;
  for (let j = 0; j < k; j++) {
    const w = weights[j];
    if (!(w >= 0 && w < Infinity)) {
      throw new Error(`weights must be non-negative finite numbers (got ${w} at index ${j})`);
    }
    total += w;
    if (w > 0) last = j;
  }
  out.fill(0);
  if (n === 0) return out;
  if (last < 0) throw new Error('weights must not all be 0 when n > 0');
  let left = n;
  let remaining = total;
  for (let j = 0; j < last; j++) {
    const w = weights[j];
    if (w === 0) continue;
    const p = w >= remaining ? 1 : w / remaining;
    const x = binomial(rng, left, p);
    out[j] = x;
    left -= x;
    if (left === 0) return out;
    remaining -= w;
  }
  out[last] = left;
  return out;
}
