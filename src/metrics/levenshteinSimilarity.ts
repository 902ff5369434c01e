import { distance } from 'fastest-levenshtein';

/**
 * Normalized Levenshtein similarity 1 − distance / max(|a|, |b|) over UTF-16 code units
 * (fastest-levenshtein's Myers bit-parallel distance); 1 for two empty strings.
 * Cost O(|a|·|b| / 32).
 * @example levenshteinSimilarity('kitten', 'sitting') // 0.5714285714285714
 */
export function levenshteinSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}
