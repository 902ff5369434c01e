import { describe, expect, it } from 'vitest';
import { answerConfidence, MetricsExamples } from '../../src/report/metricsExamples.js';
import { findingRow } from '../../src/report/findingRow.js';
import { exampleText, labelText } from '../../src/report/exampleText.js';
import type { EvalRecord } from '../../src/contract/evalRecord.js';

const rec = (over: Partial<EvalRecord>): EvalRecord => ({ id: 'x', check: 'metrics', variant: 'holdout', input: 'text', output: 'spam', expected: 'ham', score: null, error: null, latency_ms: null, ...over });

describe('answerConfidence', () => {
  it('reads the probability of the answer, or of the binary score', () => {
    expect(answerConfidence(rec({ output: 'ham', probabilities: { ham: 0.7, spam: 0.3 } }), 'spam')).toBe(0.7);
    expect(answerConfidence(rec({ probabilities: [0.2, 0.5, 0.3] }), undefined)).toBe(0.5);
    expect(answerConfidence(rec({ output: 'ham', score: 0.2 }), 'spam')).toBeCloseTo(0.8, 15);
    expect(answerConfidence(rec({ output: 'spam', score: 0.9 }), 'spam')).toBe(0.9);
    expect(answerConfidence(rec({}), 'spam')).toBeNaN();
  });
});

describe('MetricsExamples', () => {
  it('keeps the most confident mistakes and the first failed calls, at most max of each, counting all', () => {
    const m = new MetricsExamples(2, 'spam');
    m.add(rec({ id: 'right', output: 'ham', score: 0.1 }));
    m.add(rec({ id: 'w1', score: 0.6 }));
    m.add(rec({ id: 'w2', score: 0.9 }));
    m.add(rec({ id: 'w3', score: 0.7 }));
    m.add(rec({ id: 'e1', output: null, error: 'timeout' }));
    m.add(rec({ id: 'e2', output: null, error: 'HTTP 500' }));
    m.add(rec({ id: 'e3', output: null, error: 'HTTP 502' }));
    m.add(rec({ id: 'unlabelled', expected: null }));
    const wrong = m.misclassified();
    expect(wrong.total).toBe(3);
    expect(wrong.rows.map((r) => [r.id, r.confidence])).toEqual([['w2', '0.9'], ['w3', '0.7']]);
    const errors = m.errors();
    expect(errors.total).toBe(3);
    expect(errors.rows.map((r) => r.error)).toEqual(['timeout', 'HTTP 500']);
  });

  it('compares multi-label answers as sets', () => {
    const m = new MetricsExamples(5, undefined);
    m.add(rec({ output: ['b', 'a'], expected: ['a', 'b'] }));
    m.add(rec({ output: ['a'], expected: ['a', 'b'] }));
    expect(m.misclassified().rows.map((r) => [r.expected, r.output])).toEqual([['a, b', 'a']]);
  });
});

describe('exampleText, labelText, findingRow', () => {
  it('cuts long inputs by code points and says so', () => {
    expect(exampleText('😀'.repeat(5), 3)).toEqual({ text: '😀😀😀…', cut: true });
    expect(exampleText({ a: 1 })).toEqual({ text: '{"a":1}', cut: false });
    expect(exampleText(null)).toEqual({ text: '', cut: false });
    expect(labelText(['b', 'a'])).toBe('a, b');
  });

  it('renders any finding: ids and lines apart, the rest as key: value', () => {
    expect(findingRow({ ids: ['a', 'b'], lines: [3, 9], jaccard: 0.91, pairs: [{ x: 1 }] })).toEqual({ ids: 'a, b', lines: '3, 9', details: ['jaccard: 0.91', 'pairs: (x: 1)'] });
    expect(findingRow({ id: 'z', line: 4 })).toEqual({ ids: 'z', lines: '4', details: [] });
    expect(findingRow('odd')).toEqual({ ids: '', lines: '', details: ['odd'] });
  });

  it('writes near-duplicate details as text with 4 decimals, not raw JSON with 16 digits', () => {
    const finding = { ids: ['h/22', 'h/23'], lines: [8, 9], texts: 2, pairs: [{ ids: ['h/22', 'h/23'], lines: [8, 9], jaccard: 0.8076644974692697 }], train: { ids: ['t/1'], lines: [156] } };
    const row = findingRow(finding);
    expect(row.details).toEqual(['texts: 2', 'pairs: (ids: h/22, h/23; lines: 8, 9; jaccard: 0.8077)', 'train: (ids: t/1; lines: 156)']);
    expect(row.details.join(' ')).not.toMatch(/[{}"[\]]|\d\.\d{5}/);
  });
});
