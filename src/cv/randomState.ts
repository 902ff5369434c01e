/**
 * The seeded random number generator: numpy's legacy `np.random.RandomState(seed)` (MT19937)
 * reproduced bit for bit for the methods below, so shuffled folds and permutations match
 * scikit-learn / numpy given the same integer seed.
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MAX_UINT32 = 0xffffffff;

/** A snapshot of the generator: the 624-word MT19937 key and the read position (numpy `get_state()[1:3]`). */
export interface RandomStateSnapshot {
  key: Uint32Array;
  pos: number;
}

/** Any 1-D array that `shuffle` can permute in place. */
export type Shuffleable<T> =
  | T[]
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array
  | Int32Array | Uint32Array | Float32Array | Float64Array;

function checkUint32(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_UINT32) {
    throw new Error(`${name} must be an integer between 0 and 2**32 - 1 (got ${value})`);
  }
}

/**
 * numpy's legacy `RandomState`: MT19937 seeded with `init_genrand(seed)` (numpy's `mt19937_seed`,
 * used for an integer seed), with numpy's legacy derivations of doubles and bounded integers.
 * Cost: O(1) amortised per 32-bit draw (624 words regenerated every 624 draws); > 50 M draws/s.
 * Throws when the seed is not an integer in [0, 2^32 − 1].
 * @example new RandomState(0).nextUint32() // 2357136044 (np.random.RandomState(0).randint(0, 2**32, dtype=np.uint32))
 */
export class RandomState {
  private readonly key = new Uint32Array(N);
  private pos = N;

  constructor(seed: number) {
    checkUint32(seed, 'Seed');
    const key = this.key;
    let s = seed >>> 0;
    for (let i = 0; i < N; i++) {
      key[i] = s;
      s = (Math.imul(1812433253, s ^ (s >>> 30)) + i + 1) >>> 0;
    }
    this.pos = N;
  }

  private generate(): void {
    const key = this.key;
    let y: number;
    let i = 0;
    for (; i < N - M; i++) {
      y = (key[i] & UPPER) | (key[i + 1] & LOWER);
      key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (key[i] & UPPER) | (key[i + 1] & LOWER);
      key[i] = key[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (key[N - 1] & UPPER) | (key[0] & LOWER);
    key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  /** The next raw 32-bit output (numpy `mt19937_next32`), an integer in [0, 2^32 − 1]. */
  nextUint32(): number {
    if (this.pos === N) this.generate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /**
   * A double in [0, 1) with 53 random bits, exactly numpy's `random_sample()`:
   * (a >>> 5) · 2^26 + (b >>> 6), divided by 2^53. Consumes two 32-bit draws.
   */
  randomSample(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A uniform integer in [0, max] by masked rejection (numpy `random_interval`, as used by `shuffle`):
   * mask = smallest 2^b − 1 ≥ max; draw `nextUint32() & mask` until ≤ max. max = 0 draws nothing.
   * Throws unless max is an integer in [0, 2^32 − 1].
   */
  randomInterval(max: number): number {
    if (!(max >= 0 && max <= MAX_UINT32 && Number.isInteger(max))) {
      throw new Error(`max must be an integer between 0 and 2**32 - 1 (got ${max})`);
    }
    if (max === 0) return 0;
    let mask = max >>> 0;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let value: number;
    do value = (this.nextUint32() & mask) >>> 0;
    while (value > max);
    return value;
  }

  /**
   * A uniform integer in [low, high), exactly numpy's legacy `RandomState.randint(low, high)` (int64
   * dtype; masked rejection on 32-bit draws when high − low ≤ 2^32). high − low = 1 draws nothing.
   * Throws "low >= high" (numpy's message) or when the range exceeds 2^32 or the bounds are not safe integers.
   */
  randint(low: number, high: number): number {
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high)) {
      throw new Error(`low and high must be safe integers (got low=${low}, high=${high})`);
    }
    if (low >= high) throw new Error('low >= high');
    const range = high - low - 1;
    if (range > MAX_UINT32) throw new Error(`high - low must be at most 2**32 (got ${high - low})`);
    return low + this.randomInterval(range);
  }

  /**
   * Shuffles a 1-D array in place exactly like numpy's legacy `RandomState.shuffle`:
   * for i = n−1 down to 1, j = randomInterval(i), swap(i, j). Cost O(n). Returns the same array.
   */
  shuffle<T, A extends Shuffleable<T>>(array: A): A {
    const a = array as unknown as T[];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.randomInterval(i);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    return array;
  }

  /**
   * A random permutation of 0..n−1, exactly numpy's legacy `RandomState.permutation(n)`
   * (arange(n), then `shuffle`). Cost O(n). Throws unless n is a non-negative integer below 2^32.
   */
  permutation(n: number): Uint32Array {
    checkUint32(n, 'n');
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    return this.shuffle(out);
  }

  /** A copy of the generator state (the MT19937 key and position, as numpy's `get_state()[1]` and `[2]`). */
  getState(): RandomStateSnapshot {
    return { key: this.key.slice(), pos: this.pos };
  }

  /**
   * Restores a state from {@link getState} (or numpy's `get_state()`); later draws repeat exactly.
   * Throws unless the key has 624 words and 0 ≤ pos ≤ 624.
   */
  setState(state: RandomStateSnapshot): void {
    if (state.key.length !== N) throw new Error(`state key must have ${N} elements (got ${state.key.length})`);
    if (!Number.isInteger(state.pos) || state.pos < 0 || state.pos > N) {
      throw new Error(`state pos must be an integer between 0 and ${N} (got ${state.pos})`);
    }
    for (let i = 0; i < N; i++) {
      const w = state.key[i];
      checkUint32(w, `state key[${i}]`);
      this.key[i] = w;
    }
    this.pos = state.pos;
  }
}
