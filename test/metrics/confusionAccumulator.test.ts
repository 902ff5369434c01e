import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfusionAccumulator } from '../../src/metrics/confusionAccumulator.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';

describe('ConfusionAccumulator', () => {
  it('equals confusionMatrix on the same rows (property)', () => {
    const label = fc.constantFrom('ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen', 'ibis', 'jay', 'kiwi');
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label, fc.double({ min: 0, max: 3, noNaN: true })), { minLength: 1, maxLength: 80 }), (rows) => {
        const acc = new ConfusionAccumulator();
        for (const [t, p, w] of rows) acc.add(t, p, w);
        const ref = confusionMatrix(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
          { sampleWeight: rows.some((r) => r[2] !== 0) ? rows.map((r) => r[2]) : rows.map(() => 1) },
        );
        if (rows.some((r) => r[2] !== 0)) expect(acc.result()).toEqual({ labels: ref.labels, matrix: ref.matrix });
        expect(acc.size).toBe(rows.length);
      }),
    );
  });

  it('adds requested labels as zero rows and columns, sorted with the seen ones', () => {
    const acc = new ConfusionAccumulator();
    acc.addAll([3, 1, 3], [3, 3, 1]);
    expect(acc.result([2, 1])).toEqual({
      labels: [1, 2, 3],
      matrix: [
        [0, 0, 1],
        [0, 0, 0],
        [1, 0, 1],
      ],
    });
  });

  it('merges shards', () => {
    const a = new ConfusionAccumulator();
    const b = new ConfusionAccumulator();
    a.addAll(['x', 'y'], ['x', 'x']);
    b.addAll(['z', 'y'], ['y', 'y']);
    a.merge(b);
    const all = confusionMatrix(['x', 'y', 'z', 'y'], ['x', 'x', 'y', 'y']);
    expect(a.result()).toEqual({ labels: all.labels, matrix: all.matrix });
    expect(a.size).toBe(4);
  });

  it('rejects a string/number mix and continuous labels', () => {
    const acc = new ConfusionAccumulator();
    acc.add(1, 2);
    expect(() => acc.add('1', 2)).toThrow('Mix of label input types (string and number)');
    expect(() => acc.add(0.5, 2)).toThrow('continuous is not supported');
    expect(() => acc.add(NaN, 2)).toThrow('contains NaN');
  });

  it('counts 1,000,000 streamed rows exactly (speed is measured in npm run bench)', () => {
    const n = 1_000_000;
    const labels = ['neg', 'pos', 'neutral', 'mixed'];
    const acc = new ConfusionAccumulator();
    const expected = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const t = labels[(i * 7) % 4];
      const p = labels[(i * 13 + (i >> 3)) % 4];
      acc.add(t, p);
      expected.set(`${t}|${p}`, (expected.get(`${t}|${p}`) ?? 0) + 1);
    }
    const r = acc.result();
    expect(r.labels).toEqual(['mixed', 'neg', 'neutral', 'pos']);
    r.labels.forEach((t, i) => r.labels.forEach((p, j) => expect(r.matrix[i][j]).toBe(expected.get(`${t}|${p}`) ?? 0)));
  });
});
