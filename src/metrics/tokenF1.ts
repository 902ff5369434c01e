import { normalizeAnswer } from './normalizeAnswer.js';

/** Which official SQuAD script's rule for empty answers: v2.0 (both empty = 1) or v1.1 (always 0). */
export type SquadVersion = 'v2.0' | 'v1.1';

/**
 * SQuAD's token F1: tokens of the normalized answer and reference (normalizeAnswer, then Python's
 * `str.split()`), overlap counted with multiplicity, F1 of precision and recall. Empty answers
 * follow `version`: 'v2.0' (default, evaluate-v2.0.py `compute_f1`): when either side has no
 * tokens, 1 if both have none, else 0; 'v1.1' (evaluate-v1.1.py `f1_score`): no common token
 * gives 0, so two empty answers score 0. The maximum over the references.
 * Cost O(tokens · references).
 * @example tokenF1('the cat sat', ['a cat sat down']) // 0.8
 */
export function tokenF1(answer: string, references: readonly string[], version: SquadVersion = 'v2.0'): number {
  const a = normalizeAnswer(answer).split(' ').filter(Boolean);
  let best = 0;
  for (const ref of references) {
    const r = normalizeAnswer(ref).split(' ').filter(Boolean);
    let f: number;
    if (a.length === 0 || r.length === 0) f = version === 'v2.0' && a.length === r.length ? 1 : 0;
    else {
      const counts = new Map<string, number>();
      for (const t of r) counts.set(t, (counts.get(t) ?? 0) + 1);
      let same = 0;
      for (const t of a) {
        const c = counts.get(t) ?? 0;
        if (c > 0) {
          same++;
          counts.set(t, c - 1);
        }
      }
      f = same === 0 ? 0 : (2 * (same / a.length) * (same / r.length)) / (same / a.length + same / r.length);
    }
    best = Math.max(best, f);
  }
  return best;
}
