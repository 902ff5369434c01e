import { pyRstrip, pySplit } from './pyWhitespace.js';
import { tokenize13a } from './tokenize13a.js';

const ORDER = 4;
/** Length of a BLEU statistics vector: hypothesis length, reference length, matches and totals per order 1..4. */
export const BLEU_STATS = 2 + 2 * ORDER;

/** Counts of the n-grams of each order 1..4 (index n − 1), keys joined by U+0000; each key built from the one before. */
function ngramCounts(tokens: readonly string[]): Map<string, number>[] {
  const maps = Array.from({ length: ORDER }, () => new Map<string, number>());
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i];
    for (let n = 0; n < ORDER && i + n < tokens.length; n++) {
      if (n > 0) key += `\u0000${tokens[i + n]}`;
      maps[n].set(key, (maps[n].get(key) ?? 0) + 1);
    }
  }
  return maps;
}

/**
 * The sufficient statistics of one segment for sacrebleu's corpus BLEU (defaults of 2.6.0: 13a
 * tokenizer after `rstrip`, case kept): [hypothesis length, closest reference length (ties to the
 * shorter), clipped n-gram matches for n = 1..4, hypothesis n-grams for n = 1..4], with the
 * n-gram counts clipped by their maximum over the references. Summed over segments they give
 * {@link bleuFromStats}. Cost O(tokens). Throws without a reference.
 * @example bleuStats('the cat', ['the cat sat']) // [2, 3, 2, 1, 0, 0, 2, 1, 0, 0]
 */
export function bleuStats(hypothesis: string, references: readonly string[]): number[] {
  if (references.length === 0) throw new Error('BLEU needs at least one reference');
  const hyp = pySplit(tokenize13a(pyRstrip(hypothesis)));
  const refMax = Array.from({ length: ORDER }, () => new Map<string, number>());
  const refLens: number[] = [];
  for (const r of references) {
    const toks = pySplit(tokenize13a(pyRstrip(r)));
    refLens.push(toks.length);
    ngramCounts(toks).forEach((m, n) => {
      for (const [g, c] of m) refMax[n].set(g, Math.max(refMax[n].get(g) ?? 0, c));
    });
  }
  let refLen = -1;
  let diff = -1;
  for (const len of refLens) {
    const d = Math.abs(hyp.length - len);
    if (diff === -1 || d < diff || (d === diff && len < refLen)) [diff, refLen] = [d, len];
  }
  const stats = new Array<number>(BLEU_STATS).fill(0);
  stats[0] = hyp.length;
  stats[1] = refLen;
  ngramCounts(hyp).forEach((m, n) => {
    for (const [g, c] of m) {
      stats[2 + ORDER + n] += c;
      stats[2 + n] += Math.min(c, refMax[n].get(g) ?? 0);
    }
  });
  return stats;
}

/**
 * BLEU (0–100) from summed {@link bleuStats}, as sacrebleu 2.6.0's `corpus_bleu` with its
 * defaults: 'exp' smoothing (the k-th order without matches counts 1/2^k of its n-grams), no
 * effective order (an order without hypothesis n-grams drives the score to 0), brevity penalty
 * exp(1 − r/c) when c < r; 0 when nothing matches. Cost O(1).
 * @example bleuFromStats([6, 6, 6, 5, 4, 3, 6, 5, 4, 3]) // 100
 */
export function bleuFromStats(stats: ArrayLike<number>): number {
  const [sys, ref] = [stats[0], stats[1]];
  const correct = Array.from({ length: ORDER }, (_, i) => stats[2 + i]);
  const total = Array.from({ length: ORDER }, (_, i) => stats[2 + ORDER + i]);
  const bp = sys < ref ? (sys > 0 ? Math.exp(1 - ref / sys) : 0) : 1;
  if (!correct.some((c) => c !== 0)) return 0;
  const precisions = new Array<number>(ORDER).fill(0);
  let smooth = 1;
  for (let n = 0; n < ORDER; n++) {
    if (total[n] === 0) break;
    if (correct[n] === 0) {
      smooth *= 2;
      precisions[n] = 100 / (smooth * total[n]);
    } else precisions[n] = (100 * correct[n]) / total[n];
  }
  const logSum = precisions.reduce((s, p) => s + (p === 0 ? -9999999999 : Math.log(p)), 0);
  return bp * Math.exp(logSum / ORDER);
}
