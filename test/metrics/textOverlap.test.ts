import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { bleuFromStats, bleuStats, BLEU_STATS } from '../../src/metrics/bleu.js';
import { chrfFromStats, chrfStats, CHRF_STATS } from '../../src/metrics/chrf.js';
import { tokenize13a } from '../../src/metrics/tokenize13a.js';

interface Case { name: string; hyps: string[]; refs: string[][]; bleu: number; bleu_counts: number[]; bleu_totals: number[]; bleu_sys_len: number; bleu_ref_len: number; chrf: number }
const fixture = JSON.parse(readFileSync(new URL('../fixtures/sacrebleu.json', import.meta.url), 'utf8')) as { reference: string; cases: Case[] };

const corpus = (c: Case, stats: (h: string, r: string[]) => number[], size: number) => {
  const sum = new Array<number>(size).fill(0);
  c.hyps.forEach((h, i) => stats(h, c.refs.map((stream) => stream[i])).forEach((v, k) => (sum[k] += v)));
  return sum;
};

describe(`BLEU and chrF against ${fixture.reference}`, () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const b = corpus(c, bleuStats, BLEU_STATS);
    expect(b.slice(0, 2)).toEqual([c.bleu_sys_len, c.bleu_ref_len]);
    expect(b.slice(2, 6)).toEqual(c.bleu_counts);
    expect(b.slice(6)).toEqual(c.bleu_totals);
    expect(bleuFromStats(b)).toBeCloseTo(c.bleu, 10);
    expect(chrfFromStats(corpus(c, chrfStats, CHRF_STATS))).toBeCloseTo(c.chrf, 10);
  });
});

describe('BLEU and chrF properties', () => {
  const text = fc.array(fc.constantFrom('the', 'cat', 'sat', 'on', 'mat', 'a', '.', ',', '3.5', 'x-1'), { maxLength: 12 }).map((w) => w.join(' '));
  it('lie in [0, 100] and give 100 for a hypothesis equal to its reference', () => {
    fc.assert(fc.property(text, text, (h, r) => {
      const b = bleuFromStats(bleuStats(h, [r]));
      const f = chrfFromStats(chrfStats(h, [r]));
      return b >= 0 && b <= 100 + 1e-9 && f >= 0 && f <= 100 + 1e-9;
    }));
    fc.assert(fc.property(text.filter((t) => t.split(' ').length >= 4), (t) => Math.abs(bleuFromStats(bleuStats(t, [t])) - 100) < 1e-9 && Math.abs(chrfFromStats(chrfStats(t, [t])) - 100) < 1e-9));
  });
  it('13a tokenization', () => {
    expect(tokenize13a('It costs $5.50, ok?')).toBe('It costs $ 5.50 , ok ?');
  });
  it('score empty, control-character and 1 MB outputs without failing', () => {
    for (const h of ['', '\u0000\u0007\ufffd', 'ab '.repeat(350_000)]) {
      expect(Number.isFinite(bleuFromStats(bleuStats(h, ['a b c d'])))).toBe(true);
      expect(Number.isFinite(chrfFromStats(chrfStats(h, ['a b c d'])))).toBe(true);
    }
  });
});
