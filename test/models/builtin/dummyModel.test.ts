import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dummyModel } from '../../../src/models/builtin/dummyModel.js';
import type { Label } from '../../../src/metrics/types.js';

// Fixtures: scikit-learn 1.9.1 DummyClassifier (scripts/fixtures/naive_bayes.py).
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));
const fitOn = (kind: 'majority' | 'stratified', y: Label[], params?: Record<string, unknown>) =>
  dummyModel(kind, params).fit!(y.map((label, i) => ({ input: `doc ${i}`, label })));

describe('builtin:majority and builtin:stratified — DummyClassifier parity', () => {
  type Case = {
    y: Label[]; classes: Label[]; mostFrequent: { predict: Label[]; proba: number[][] }; prior: { predict: Label[]; proba: number[][] };
    stratified: { seed: number; n: number; predict: Label[] }[];
  };
  it.each((fx.dummy as Case[]).map((c) => [JSON.stringify(c.y).slice(0, 40), c] as [string, Case]))('y = %s', async (_y, c) => {
    const inputs = Array.from({ length: 5 }, (_, i) => ({ anything: i }));
    const mf = await (await fitOn('majority', c.y)).predict(inputs);
    expect(mf.map((p) => p.label)).toEqual(c.mostFrequent.predict);
    expect(mf.map((p) => c.classes.map((k) => p.probabilities![String(k)]))).toEqual(c.mostFrequent.proba);
    const pr = await (await fitOn('majority', c.y, { probabilities: 'prior' })).predict(inputs);
    expect(pr.map((p) => p.label)).toEqual(c.prior.predict);
    expect(pr.map((p) => c.classes.map((k) => p.probabilities![String(k)]))).toEqual(c.prior.proba);
    for (const s of c.stratified) {
      const model = await fitOn('stratified', c.y, { seed: s.seed });
      const out = await model.predict(new Array(s.n).fill('x'));
      expect(out.map((p) => p.label)).toEqual(s.predict);
      out.forEach((p) => expect(p.probabilities![String(p.label)]).toBe(1));
    }
  });
});

describe('dummy models — contract', () => {
  it('reject predict until fitted; identities carry the resolved parameters', async () => {
    const m = dummyModel('stratified');
    expect(m.identity).toEqual({ name: 'builtin:stratified', version: '1', parameters: { seed: 0 } });
    expect(dummyModel('majority').identity.parameters).toEqual({ probabilities: 'one-hot' });
    await expect(m.predict([1])).rejects.toThrow('builtin:stratified is not fitted');
    const fitted = await m.fit!([{ input: 1, label: 'a' }, { input: 2, label: 'b' }]);
    expect(fitted.classes).toEqual(['a', 'b']);
    expect(fitted.identity.parameters).toEqual({ seed: 0, fittedOn: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('stratified repeats itself for the same batch size and seed (a fresh RandomState per call)', async () => {
    const fitted = await fitOn('stratified', ['a', 'b', 'b', 'c'], { seed: 3 });
    const a = await fitted.predict(new Array(20).fill(''));
    const b = await fitted.predict(new Array(20).fill(''));
    expect(b).toEqual(a);
  });

  it('rejects bad parameters and multi-label training', async () => {
    expect(() => dummyModel('stratified', { seed: -1 })).toThrow('builtin:stratified: seed must be an integer between 0 and 2**32 - 1 (got a number (-1))');
    expect(() => dummyModel('stratified', { seed: 1.5 })).toThrow('seed must be an integer');
    expect(() => dummyModel('majority', { probabilities: 'soft' })).toThrow('builtin:majority: probabilities must be "one-hot" (strategy most_frequent) or "prior" (strategy prior) (got a string ("soft"))');
    expect(() => dummyModel('majority', { seed: 1 })).toThrow('builtin:majority: unknown parameter "seed" (allowed: probabilities)');
    await expect(dummyModel('majority').fit!([{ input: 'x', label: ['a'] }])).rejects.toThrow('multi-label training (one-vs-rest) is not supported');
  });
});
