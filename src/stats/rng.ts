/**
 * The random source the statistics draw from. src/cv's `RandomState` (numpy's MT19937) implements
 * it; src/stats depends only on this shape, so it never imports a layer above it.
 */
export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform double in [0, 1) with 53 random bits. */
  randomSample(): number;
}
