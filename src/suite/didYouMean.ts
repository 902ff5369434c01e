import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to `word` by edit distance, if it is close enough to be a likely typo
 * (distance ≤ max(1, ⌊length/3⌋), one adjacent transposition, or `word` a prefix of it). Cost: O(candidates × length²).
 * Example: `didYouMean('foldz', ['folds', 'seed'])` → `'folds'`.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  const list = [...candidates];
  const prefixed = w.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(w)) : [];
  if (prefixed.length === 1) return prefixed[0];
  for (const c of list) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit || isTransposition(w, best.toLowerCase()) ? best : undefined;
}

/** True when swapping two adjacent characters of `a` gives `b` ('lable' → 'label'). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** `" (did you mean 'x'?)"` or an empty string. */
export function hint(word: string, candidates: Iterable<string>): string {
  const m = didYouMean(word, candidates);
  return m === undefined ? '' : ` (did you mean '${m}'?)`;
}
