import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalizeAnswer } from '../../src/metrics/normalizeAnswer.js';
import { tokenF1 } from '../../src/metrics/tokenF1.js';
import { exactMatch } from '../../src/metrics/exactMatch.js';
import { pySplit } from '../../src/metrics/pyWhitespace.js';

// Reference: the official SQuAD evaluate-v1.1.py normalize_answer / f1_score / exact_match_score and
// evaluate-v2.0.py compute_f1, run by CPython 3 (scripts/fixtures/issue17.py, test/fixtures/issue17.json).
const fx = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8')).cases.squad as {
  normalize: { text: string; normalized: string }[];
  f1: { prediction: string; reference: string; 'v1.1': number; 'v2.0': number; exact_match: number }[];
  split_on: number[];
};

describe('SQuAD normalisation as the official script runs it (issue 17, item 6)', () => {
  it.each(fx.normalize.map((c) => [JSON.stringify(c.text), c.text, c.normalized]))('normalize_answer(%s)', (_shown, text, want) => {
    expect(normalizeAnswer(text)).toBe(want);
  });

  it.each(fx.f1.map((c, i) => [i, c]))('token F1 and exact match, case %i', (_i, c) => {
    expect(tokenF1(c.prediction, [c.reference])).toBeCloseTo(c['v2.0'], 15);
    expect(tokenF1(c.prediction, [c.reference], 'v1.1')).toBeCloseTo(c['v1.1'], 15);
    expect(exactMatch(c.prediction, [c.reference]) ? 1 : 0).toBe(c.exact_match);
  });

  it('splits on exactly the characters Python\'s str.split() splits on (U+0000..U+3000)', () => {
    const python = new Set(fx.split_on);
    for (let cp = 0; cp <= 0x3000; cp++) {
      const splits = pySplit(`x${String.fromCodePoint(cp)}y`).length === 2;
      expect(splits, `U+${cp.toString(16)}`).toBe(python.has(cp));
    }
  });
});
