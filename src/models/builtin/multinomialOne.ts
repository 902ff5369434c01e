/** The draws {@link multinomialOne} needs: numpy's legacy `next_double` (src/cv's RandomState.randomSample). */
export interface DoubleSource {
  randomSample(): number;
}

/**
 * One row of numpy's legacy `RandomState.multinomial(1, pvals)`, returned as the index of the
 * category that got the 1: numpy's `random_multinomial` (cell j ~ Binomial(left, p_j / remaining),
 * remaining = 1 − Σ earlier p, stop once the trial is used, the last cell takes what is left) with
 * `random_binomial` for n = 1 (p ≤ 0.5: inversion; otherwise 1 − inversion at 1 − p; p = 0 draws
 * nothing). Reproduces numpy draw for draw, up to the last-ulp agreement of exp/log between
 * JavaScript and C (qn = exp(log(1 − p))). Cost O(K) plus ~1 draw per category tried.
 * Never throws; pvals are not validated (numpy checks Σ pvals[:-1] ≤ 1 + 1e-12).
 * @example multinomialOne(new RandomState(0), [0.1, 0.2, 0.7]) // 2
 */
export function multinomialOne(rng: DoubleSource, pvals: ArrayLike<number>): number {
  const d = pvals.length;
  let remaining = 1.0;
  for (let j = 0; j < d - 1; j++) {
    if (binomialOne(rng, pvals[j] / remaining) === 1) return j;
    remaining -= pvals[j];
  }
  return d - 1;
}

/** numpy `random_binomial(p, n = 1)`: 0 without a draw for p = 0. */
function binomialOne(rng: DoubleSource, p: number): number {
  if (p === 0) return 0;
  if (p <= 0.5) return inversion(rng, p);
  return 1 - inversion(rng, 1.0 - p);
}

/** numpy `random_binomial_inversion(n = 1, p)`, its restart when X exceeds the bound included. */
function inversion(rng: DoubleSource, p: number): number {
  const n = 1;
  const q = 1.0 - p;
  const qn = Math.exp(n * Math.log(q));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  let X = 0;
  let px = qn;
  let U = rng.randomSample();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = rng.randomSample();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}
