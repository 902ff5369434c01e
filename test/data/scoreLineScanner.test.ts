import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreLineScanner } from '../../src/data/scoreLineScanner.js';
import { MAPPINGS, lineArb } from '../helpers/scoreLines.js';

const JSONISH = [';', ':', ',', '{', '}', '[', ']', '"', '\\', 'x', '0', '.', '-', 'e', ' ', 'é'];

/** A generated line, sometimes with one more character inserted or swapped in. */
const lineWithEdit = (mapping: Record<string, string>) =>
  fc.tuple(lineArb(mapping, 'mixed'), fc.option(fc.tuple(fc.nat(), fc.constantFrom(...JSONISH), fc.boolean()))).map(([l, e]) => {
    if (e === null) return l;
    const k = e[0] % (l.length + 1);
    return l.slice(0, k) + e[1] + l.slice(e[2] ? k : k + 1);
  });

describe('ScoreLineScanner', () => {
  it('vouches only for lines JSON.parse reads to the same label, prediction, score and probabilities (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...MAPPINGS).chain((m) => fc.tuple(fc.constant(m as Record<string, string>), lineWithEdit(m))), ([m, line]) => {
        const s = new ScoreLineScanner(m as { label: string });
        const b = Buffer.from(line, 'utf8');
        if (!s.scan(b, 0, b.length)) return;
        accepted++;
        const row = JSON.parse(b.toString('utf8')) as Record<string, unknown>; // the text as decoded (lone surrogates become U+FFFD)
        expect(typeof row === 'object' && row !== null && !Array.isArray(row)).toBe(true);
        expect(s.labels.values[s.label]).toBe(row[m.label]);
        if (m.prediction !== undefined) expect(s.labels.values[s.prediction]).toBe(row[m.prediction]);
        else expect(s.prediction).toBe(-1);
        if (m.score !== undefined) expect(s.score).toBe(row[m.score]);
        expect(s.probabilities).toEqual(m.probabilities !== undefined ? row[m.probabilities] : undefined);
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });

  it('reads a plain row and interns its labels by their bytes', () => {
    const s = new ScoreLineScanner({ label: 'label', prediction: 'prediction', score: 'score' });
    const b = Buffer.from('{"label":"a","prediction":"b","score":0.5}\n{"prediction":"a", "label":"\\u0061","score":1e-1,"x":[{}]}');
    expect(s.scan(b, 0, 42)).toBe(true);
    expect([s.labels.values[s.label], s.labels.values[s.prediction], s.score]).toEqual(['a', 'b', 0.5]);
    const first = s.label;
    expect(s.scan(b, 43, b.length)).toBe(true);
    expect(s.prediction).toBe(first); // the same bytes "a
    expect(s.labels.values[s.label]).toBe('a'); // other bytes, the same label
    expect(s.label).not.toBe(first);
    expect(s.score).toBe(0.1);
  });

  it('declines what it does not vouch for', () => {
    const s = new ScoreLineScanner({ label: 'label', score: 'score' });
    for (const line of ['{"label":"a"}', '{"label":"a","score":1.5}', '{"label":null,"score":0}', '{"label":["a"],"score":0}', '{"la\\u0062el":"a","score":0}', '{"label":"a","score":0}x', '{"label":"a","score":0,}', '{"label":"a";"score":0}', '["label"]', '{"label":"\xff","score":0}']) {
      const b = Buffer.from(line, 'latin1');
      expect(s.scan(b, 0, b.length), line).toBe(false);
    }
  });
});
