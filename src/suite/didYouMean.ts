import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to `word` by edit distance, if it is close enough to be a likely typo
 * (distance ≤ max(1, ⌊length/3⌋), or one is a prefix of the other). Cost: O(candidates × length²).
 * Example: `didYouMean('foldz', ['folds', 'seed'])` → `'folds'`.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  const prefix = w.length >= 3 && best.toLowerCase().startsWith(w);
  return bestDistance <= limit || prefix ? best : undefined;
}

/** `" (did you mean 'x'?)"` or an empty string. */
export function hint(word: string, candidates: Iterable<string>): string {
  const m = didYouMean(word, candidates);
  return m === undefined ? '' : ` (did you mean '${m}'?)`;
}
