/** Precision, recall and F1 of one ROUGE variant. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE's tokens: lower-cased, every run of characters other than a–z and 0–9 a separator (rouge-score's default tokenizer, no stemming). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const prf = (overlap: number, candidate: number, reference: number): RougeScore => {
  const precision = candidate === 0 ? 0 : overlap / candidate;
  const recall = reference === 0 ? 0 : overlap / reference;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/**
 * ROUGE-N (Lin 2004): n-gram overlap counted with clipping (min of the two counts), precision
 * over the candidate's n-grams, recall over the reference's, F1 (β = 1); 0 where a side has no
 * n-grams. Tokens by {@link rougeTokens}. Cost O(tokens).
 * @example rougeN('the cat sat', 'the cat ran', 1).f1 // 0.6666666666666666
 */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const grams = (t: string[]) => {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= t.length; i++) {
      const g = t.slice(i, i + n).join(' ');
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const c = grams(rougeTokens(candidate));
  const r = grams(rougeTokens(reference));
  let overlap = 0;
  let ct = 0;
  let rt = 0;
  for (const v of r.values()) rt += v;
  for (const [g, v] of c) {
    ct += v;
    overlap += Math.min(v, r.get(g) ?? 0);
  }
  return prf(overlap, ct, rt);
}

/**
 * ROUGE-L (Lin 2004, sentence level): the longest common subsequence of the token sequences,
 * precision LCS/|candidate|, recall LCS/|reference|, F1. Cost O(|candidate|·|reference|) time,
 * O(|reference|) memory.
 * @example rougeL('the cat sat on the mat', 'the cat on the mat').recall // 1
 */
export function rougeL(candidate: string, reference: string): RougeScore {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  let prev = new Uint32Array(r.length + 1);
  let cur = new Uint32Array(r.length + 1);
  for (let i = 1; i <= c.length; i++) {
    for (let j = 1; j <= r.length; j++) cur[j] = c[i - 1] === r[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prf(prev[r.length], c.length, r.length);
}
