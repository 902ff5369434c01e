import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';
import { decodeNonFinite, encodeNonFinite } from '../../src/contract/nonFiniteJson.js';

// One true class: scikit-learn's balanced_accuracy adjusted=True is (s − 1/K)/(1 − 1/K) with K = 1,
// i.e. −inf (numpy divides by zero), which used to be written as null like a NaN.
const rows = [
  { label: 'a', prediction: 'a' },
  { label: 'a', prediction: 'b' },
  { label: 'a', prediction: 'a' },
];

describe('non-finite figures have one encoding (issue 17, item 7)', () => {
  it('score --json writes -Infinity as "-Infinity", NaN as null', async () => {
    const dir = tempFiles({ 'p.jsonl': jsonl(rows) });
    const r = await runCli(['score', join(dir, 'p.jsonl'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.figures['balanced_accuracy.adjusted'].value).toBe('-Infinity');
    expect(out.figures['recall.b'].value).toBe(0); // zero_division 0
  });

  it('results.json uses the same encoding, valid against the schema', async () => {
    const suite = 'suite: inf\ndata: { path: p.jsonl, label: label, prediction: prediction }\nchecks:\n  - metrics: [balanced_accuracy, mcc]\n';
    const dir = tempFiles({ 's.yaml': suite, 'p.jsonl': jsonl(rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const results = readResults(join(dir, 'out'));
    expect(results.figures['balanced_accuracy.adjusted'].value).toBe('-Infinity');
  });

  it('encode then decode gives the number back, NaN included (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity)), (x) => {
      const back = decodeNonFinite(JSON.parse(JSON.stringify({ x }, encodeNonFinite)).x);
      if (Number.isNaN(x)) expect(back).toBeNaN();
      else expect(back === x).toBe(true); // -0 comes back as 0, as JSON writes it
    }));
    expect(JSON.stringify([NaN, Infinity, -Infinity, 1], encodeNonFinite)).toBe('[null,"Infinity","-Infinity",1]');
  });
});
