/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| of two sets; 1 when both are empty (equal sets).
 * Cost O(min(|A|, |B|)) hash lookups. Throws nothing.
 * @example jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd'])) // 0.5
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * Jaccard similarity of two sets given as ascending arrays without repeats, by one merge.
 * Returns the intersection and union sizes too. Cost O(|A| + |B|), no allocation beyond the result.
 * @example sortedJaccard(new Int32Array([1, 2, 3]), new Int32Array([2, 3, 4])).jaccard // 0.5
 */
export function sortedJaccard(a: Int32Array, b: Int32Array): { jaccard: number; intersection: number; union: number } {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return { jaccard: union === 0 ? 1 : inter / union, intersection: inter, union };
}

/** The distinct values of `values[0 .. count)`, ascending, in a new array. O(count log count). */
export function sortedUnique(values: Int32Array, count: number): Int32Array {
  const s = values.slice(0, count).sort();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[n - 1]) s[n++] = s[i];
  return s.slice(0, n);
}
