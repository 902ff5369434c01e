import { describe, expect, it } from 'vitest';
import { RandomState } from '../../../src/cv/randomState.js';
import type { Example } from '../../../src/data/example.js';
import { findNearDuplicates } from '../../../src/data/quality/findNearDuplicates.js';
import { MAX_BUCKET } from '../../../src/data/quality/nearClusters.js';

const ex = (id: string, line: number, input: string): Example => ({ id, line, input });
function randomText(rs: RandomState, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + rs.randint(0, 26));
  return s;
}
const change = (t: string, k: number) => t.slice(0, k) + (t[k] === 'a' ? 'b' : 'a') + t.slice(k + 1);

describe('nearClusters (through findNearDuplicates)', () => {
  it('keeps a shared template from flooding the search, and still finds the planted copies', () => {
    const rs = new RandomState(21);
    const prefix = randomText(rs, 120);
    const texts = Array.from({ length: 600 }, () => prefix + randomText(rs, 80));
    const planted: [number, number][] = [];
    for (let i = 0; i < 8; i++) {
      planted.push([i * 50, texts.length]);
      texts.push(change(texts[i * 50], 150 + i));
    }
    const r = findNearDuplicates(texts.map((t, i) => ex(`r${i}`, i + 1, t)));
    expect(r.complete).toBe(true);
    expect(r.findings.map((f) => f.ids)).toEqual(planted.map(([s, c]) => [`r${s}`, `r${c}`]));
    // Unrelated texts here have Jaccard ≈ 0.4, so every band's template bucket holds most texts;
    // examining all their pairs would take 16 · C(600, 2) ≈ 2.9 million comparisons.
    const pairs = (600 * 599) / 2;
    expect(r.comparisons).toBeLessThan(pairs);
  });

  it('links a large cluster of true near-duplicates whole', () => {
    const rs = new RandomState(5);
    const base = randomText(rs, 400);
    const texts = [base, ...Array.from({ length: 2 * MAX_BUCKET }, (_, i) => change(base, i + 10))];
    const others = Array.from({ length: 50 }, () => randomText(rs, 400));
    const data = [...texts, ...others].map((t, i) => ex(`r${i}`, i + 1, t));
    const r = findNearDuplicates(data);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].texts).toBe(texts.length);
    expect(r.findings[0].pairs).toHaveLength(texts.length - 1);
    expect(r.count).toBe(texts.length - 1);
  });
});
