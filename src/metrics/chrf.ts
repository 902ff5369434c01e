import { pySplit } from './pyWhitespace.js';

const ORDER = 6;
const BETA = 2;
/** Length of a chrF statistics vector: [hypothesis, reference, matching] character n-grams per order 1..6. */
export const CHRF_STATS = 3 * ORDER;

function charNgrams(text: string): Map<string, number>[] {
  const s = pySplit(text).join('');
  // Code-point starts (as Array.from splits: a surrogate pair is one character, a lone surrogate one too).
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    at.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  at.push(s.length);
  const chars = at.length - 1;
  return Array.from({ length: ORDER }, (_, k) => {
    const m = new Map<string, number>();
    for (let i = 0; i + k + 1 <= chars; i++) {
      const g = s.slice(at[i], at[i + k + 1]);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  });
}

function statsAgainst(hyp: Map<string, number>[], ref: Map<string, number>[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ORDER; k++) {
    let h = 0;
    let r = 0;
    let match = 0;
    for (const c of ref[k].values()) r += c;
    for (const [g, c] of hyp[k]) {
      h += c;
      match += Math.min(c, ref[k].get(g) ?? 0);
    }
    // sacrebleu counts no hypothesis n-grams of an order the reference has none of.
    out.push(r === 0 ? 0 : h, r, match);
  }
  return out;
}

/**
 * chrF (0–100) from summed {@link chrfStats}, as sacrebleu 2.6.0's `corpus_chrf` defaults
 * (character order 6, no word n-grams, beta 2, no eps smoothing): precision and recall averaged
 * over the orders where both sides have n-grams, then F-beta; 0 when no order counts.
 * Cost O(1).
 * @example chrfFromStats(chrfStats('abc', ['abc'])) // 100
 */
export function chrfFromStats(stats: ArrayLike<number>): number {
  const factor = BETA * BETA;
  let p = 0;
  let r = 0;
  let eff = 0;
  for (let k = 0; k < ORDER; k++) {
    const [h, ref, m] = [stats[3 * k], stats[3 * k + 1], stats[3 * k + 2]];
    if (h > 0 && ref > 0) {
      p += m / h;
      r += m / ref;
      eff++;
    }
  }
  if (eff === 0) return 0;
  p /= eff;
  r /= eff;
  return p + r === 0 ? 0 : (100 * ((1 + factor) * p * r)) / (factor * p + r);
}

/**
 * One segment's chrF statistics (white space removed, case kept, n-grams over code points; an
 * order the reference has no n-grams of counts none of the hypothesis either, as in sacrebleu),
 * against the reference whose own chrF is highest (the first among equals), as sacrebleu does.
 * Cost O(characters · 6) per reference. Throws without a reference.
 * @example chrfStats('ab', ['ab']).slice(0, 6) // [2, 2, 2, 1, 1, 1]
 */
export function chrfStats(hypothesis: string, references: readonly string[]): number[] {
  if (references.length === 0) throw new Error('chrF needs at least one reference');
  const hyp = charNgrams(hypothesis);
  let best: number[] = [];
  let bestF = -1;
  for (const ref of references) {
    const s = statsAgainst(hyp, charNgrams(ref));
    const f = chrfFromStats(s);
    if (f > bestF) [bestF, best] = [f, s];
  }
  return best;
}
