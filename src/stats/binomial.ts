import type { Rng } from './rng.js';

/** Largest n accepted: counts stay exact integers in doubles and fit a Uint32Array cell. */
const MAX_N = 0xffffffff;

/**
 * Inversion (sequential search from 0), numpy's `random_binomial_inversion`; used when n·p ≤ 30,
 * so the expected number of steps is ≤ 31.
 */
function inversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const qn = Math.exp(n * Math.log(q));
  const np = n * p;
  const bound = Math.min(n, Math.trunc(np + 10 * Math.sqrt(np * q + 1)));
  let x = 0;
  let px = qn;
  let u = rng.randomSample();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = rng.randomSample();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling-series correction term used by BTPE's final acceptance test. */
function st(v: number): number {
  const v2 = v * v;
  return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;
}

/**
 * BTPE (Kachitvichyanukul & Schmeiser 1988), as numpy's `random_binomial_btpe`; p ≤ 0.5, n·p > 30.
 * O(1) expected time: a triangle/parallelogram/exponential-tails envelope with squeeze tests.
 */
function btpe(rng: Rng, n: number, p: number): number {
  const r = Math.min(p, 1 - p);
  const q = 1 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  const nrq = n * r * q;
  for (;;) {
    const u = rng.randomSample() * p4;
    let v = rng.randomSample();
    let y: number;
    if (u <= p1) return Math.floor(xm - p1 * v + u); // triangle: accept at once
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + Math.log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - Math.log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      // explicit evaluation of f(y)/f(m) by the recurrence
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v > f) continue;
      return y;
    }
    // squeeze on log f, then the Stirling-approximation bound
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = Math.log(v);
    if (A < t - rho) return y;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) +
      (y - m) * Math.log((w * r) / (x1 * q)) + st(f1) + st(z) + st(x1) + st(w);
    if (A > bound) continue;
    return y;
  }
}

/**
 * One draw from Binomial(n, p) using numpy's legacy algorithm (inversion when min(p, 1−p)·n ≤ 30,
 * BTPE otherwise, reflecting p > 0.5), driven by `rng.randomSample()`; with the same Rng it
 * reproduces `np.random.RandomState(seed).binomial(n, p)` (checked against numpy 2.4 fixtures; bit
 * parity is a bonus, not a contract). O(1) expected time for any n ≤ 2^32 − 1.
 * n = 0 or p = 0 returns 0 without drawing. Throws when n is not an integer in [0, 2^32 − 1] or p is
 * not in [0, 1] (numpy: "n < 0", "p < 0, p > 1 or p is NaN").
 * @example binomial(new RandomState(3), 10, 0.5) // 5
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || n > MAX_N) {
    throw new Error(`n must be an integer between 0 and 2**32 - 1 (got ${n})`);
  }
  if (!(p >= 0 && p <= 1)) throw new Error(`p < 0, p > 1 or p is NaN (got ${p})`);
  if (n === 0 || p === 0) return 0;
  if (p <= 0.5) return p * n <= 30 ? inversion(rng, n, p) : btpe(rng, n, p);
  const q = 1 - p;
  return q * n <= 30 ? n - inversion(rng, n, q) : n - btpe(rng, n, q);
}
