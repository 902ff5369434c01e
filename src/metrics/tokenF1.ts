import { normalizeAnswer } from './normalizeAnswer.js';

/**
 * SQuAD's token F1: tokens of the normalized answer and reference, overlap counted with
 * multiplicity, F1 of precision and recall; when either side has no tokens, 1 if both have none,
 * else 0 (SQuAD v2.0's rule). The maximum over the references. Cost O(tokens · references).
 * @example tokenF1('the cat sat', ['a cat sat down']) // 0.8
 */
export function tokenF1(answer: string, references: readonly string[]): number {
  const a = normalizeAnswer(answer).split(' ').filter(Boolean);
  let best = 0;
  for (const ref of references) {
    const r = normalizeAnswer(ref).split(' ').filter(Boolean);
    let f: number;
    if (a.length === 0 || r.length === 0) f = a.length === r.length ? 1 : 0;
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
